package dev.retort.spring.boot.autoconfigure;

import dev.retort.message.RetortException;
import java.time.Duration;

/**
 * Checks the numeric {@code retort.*} properties before they reach the builder, so that a value out
 * of range stops startup with RTR-1204 naming the property, its environment variable and its default.
 */
final class PropertyRanges {

  private PropertyRanges() {}

  /** Throws RTR-1204 for the first property of {@code properties} whose value is out of range. */
  static void check(RetortProperties properties) {
    zeroOrMore("retort.connect-retries", properties.getConnectRetries(), "0");
    notNegative("retort.connect-retries-interval", properties.getConnectRetriesInterval(), "1s");
    positive("retort.lock-timeout", properties.getLockTimeout(), "10m");
    positive("retort.lock-wait-timeout", properties.getLockWaitTimeout(), "5s");
    if (properties.getLockRetries() != null) {
      zeroOrMore("retort.lock-retries", properties.getLockRetries(), "3");
    }
    positive("retort.statement-timeout", properties.getStatementTimeout(), "none, the session's statement_timeout");
  }

  private static void zeroOrMore(String property, int value, String fallback) {
    if (value < 0) {
      throw outOfRange(property, Integer.toString(value), "zero or more", fallback);
    }
  }

  private static void notNegative(String property, Duration value, String fallback) {
    if (value != null && value.isNegative()) {
      throw outOfRange(property, value.toString(), "zero or longer", fallback);
    }
  }

  private static void positive(String property, Duration value, String fallback) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw outOfRange(property, value.toString(), "longer than zero (500ms, 30s, 10m, PT90S)", fallback);
    }
  }

  private static RetortException outOfRange(String property, String value, String range, String fallback) {
    String variable = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    return new RetortException(StarterMessage.SPRING_PROPERTY_OUT_OF_RANGE, property, value, range, variable, fallback);
  }
}
