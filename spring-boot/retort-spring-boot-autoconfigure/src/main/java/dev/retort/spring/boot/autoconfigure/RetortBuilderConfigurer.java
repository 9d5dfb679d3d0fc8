package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.message.RetortException;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks the {@code retort.*} properties, then turns them, the application's DataSource, the listener
 * beans and the customizer beans into a configured builder, in that order, so that customizers have
 * the last word.
 *
 * @param datasourceUrl {@code spring.datasource.url}, the URL Retort's own connection falls back on
 */
record RetortBuilderConfigurer(
    RetortProperties properties,
    DataSource dataSource,
    String datasourceUrl,
    ClassLoader classLoader,
    List<MigrationListener> listeners,
    List<RetortConfigurationCustomizer> customizers) {

  /** A builder with the migrations of the index, the connection, the properties, listeners and customizers applied. */
  Retort.Builder configure() {
    PropertyRanges.check(properties);
    Retort.Builder builder = Retort.configure().migrationsFromIndex(classLoader);
    connect(builder);
    builder.historyTable(properties.getHistoryTable())
        .historySchema(properties.getHistorySchema())
        .lockTimeout(properties.getLockTimeout())
        .connectRetries(properties.getConnectRetries(), properties.getConnectRetriesInterval())
        .futureRevisions(properties.futureRevisionPolicy());
    // Unset, the runtime's defaults apply: a 5s lock wait, 3 retries, no statement timeout.
    if (properties.getLockWaitTimeout() != null) {
      builder.lockWaitTimeout(properties.getLockWaitTimeout());
    }
    if (properties.getLockRetries() != null) {
      builder.lockRetries(properties.getLockRetries());
    }
    if (properties.getStatementTimeout() != null) {
      builder.statementTimeout(properties.getStatementTimeout());
    }
    if (!listeners.isEmpty()) {
      builder.listener(listeners.size() == 1 ? listeners.get(0) : new CompositeMigrationListener(listeners));
    }
    customizers.forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  private void connect(Retort.Builder builder) {
    boolean ownConnection = properties.getUrl() != null || properties.getUser() != null
        || properties.getPassword() != null;
    if (!ownConnection) {
      builder.dataSource(dataSource);
      return;
    }
    String url = properties.getUrl() != null ? properties.getUrl() : datasourceUrl;
    if (url == null) {
      throw new RetortException(StarterMessage.SPRING_MIGRATION_URL_MISSING);
    }
    builder.url(url, properties.getUser(), properties.getPassword());
  }
}
