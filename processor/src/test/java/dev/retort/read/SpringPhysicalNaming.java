package dev.retort.read;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Spring Boot's CamelCaseToUnderscoresNamingStrategy, restated so the oracle runs without Spring on
 * either Hibernate line (Hibernate 7's own PhysicalNamingStrategySnakeCaseImpl is absent from 6.6):
 * an underscore between a lower-case letter or digit and an upper-case one, dots to underscores, lower case.
 */
public final class SpringPhysicalNaming implements PhysicalNamingStrategy {

  @Override
  public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
    return snake(name);
  }

  @Override
  public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
    return snake(name);
  }

  @Override
  public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
    return snake(name);
  }

  @Override
  public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
    return snake(name);
  }

  @Override
  public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
    return snake(name);
  }

  private static Identifier snake(Identifier name) {
    if (name == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(name.getText().replace('.', '_'));
    for (int i = 1; i < text.length() - 1; i++) {
      if (underscoreBetween(text.charAt(i - 1), text.charAt(i), text.charAt(i + 1))) {
        text.insert(i++, '_');
      }
    }
    return new Identifier(name.isQuoted() ? text.toString() : text.toString().toLowerCase(Locale.ROOT), name.isQuoted());
  }

  private static boolean underscoreBetween(char before, char current, char after) {
    return Character.isLowerCase(before) && Character.isUpperCase(current) && Character.isLowerCase(after);
  }
}
