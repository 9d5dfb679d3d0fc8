package dev.retort.sample.fleet;

/** Hibernate's schema validation rejected the database: the service must not start on it. */
final class SchemaMismatchException extends RuntimeException {

  SchemaMismatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
