package dev.retort.reliability;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that counts the statements executed through its connections: a deterministic
 * measure of round trips, where a time would be noise on a shared machine.
 */
final class CountingDataSource implements DataSource {

  private final DataSource target;
  private final AtomicLong statements = new AtomicLong();

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** Statements executed so far. */
  long statements() {
    return statements.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counting(target.getConnection(username, password));
  }

  private Connection counting(Connection connection) {
    return proxy(Connection.class, connection, (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      if (result instanceof Statement statement) {
        // The declared return type (Statement, PreparedStatement or CallableStatement) is the interface to proxy.
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
            (p, m, a) -> {
              if (m.getName().startsWith("execute")) {
                statements.incrementAndGet();
              }
              return invoke(statement, m, a);
            });
      }
      return result;
    });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("dev.retort");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
