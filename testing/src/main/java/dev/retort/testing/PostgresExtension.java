package dev.retort.testing;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh PostgreSQL database, created before the class's first test and
 * dropped ({@code WITH (FORCE)}) after its last, and resolves {@link TestDatabase} parameters of
 * constructors, lifecycle methods and test methods to it; {@code @Nested} classes share their
 * enclosing class's database.
 *
 * <p>Usually applied through {@link PostgresTest}. The server is chosen once per JVM from the
 * environment, as the {@linkplain dev.retort.testing package documentation} describes; when none
 * can be had, the class fails with a message saying which source was tried and how to fix it,
 * rather than being skipped.
 */
public final class PostgresExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);
  private static final String DATABASES = "databases";

  // With parallel execution JUnit may resolve a class's parameters on several threads; the lock
  // makes find-or-create atomic, so that a class never ends up with two databases.
  private static final Object CREATION_LOCK = new Object();

  private final Supplier<PostgresServer> server;

  /** The extension as {@link PostgresTest} registers it, using the JVM's shared server. */
  public PostgresExtension() {
    this(PostgresServers::shared);
  }

  PostgresExtension(Supplier<PostgresServer> server) {
    this.server = server;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    databaseFor(context);
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    Store store = context.getStore(NAMESPACE);
    DatabaseGroup group = store.get(DATABASES, DatabaseGroup.class);
    if (group != null && group.isOwnedBy(context.getUniqueId())) {
      store.remove(DATABASES);
      group.dropAll();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    try {
      return databaseFor(context);
    } catch (SQLException e) {
      throw new ParameterResolutionException("Could not create the test database", e);
    }
  }

  /**
   * The database of the class that {@code context} belongs to, made now if there is none yet: a
   * PER_CLASS test instance is constructed, and may ask for it, before beforeAll runs.
   */
  private TestDatabase databaseFor(ExtensionContext context) throws SQLException {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    // Store lookups fall through to enclosing contexts, which is how nested classes find the
    // outer class's group instead of making their own.
    Store store = classContext.getStore(NAMESPACE);
    synchronized (CREATION_LOCK) {
      DatabaseGroup group = store.get(DATABASES, DatabaseGroup.class);
      if (group == null) {
        group =
            new DatabaseGroup(
                server.get(),
                classContext.getUniqueId(),
                classContext.getRequiredTestClass().getSimpleName());
        store.put(DATABASES, group);
      }
      return group.primary();
    }
  }
}
