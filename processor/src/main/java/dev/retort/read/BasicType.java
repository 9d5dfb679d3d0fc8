package dev.retort.read;

import dev.retort.model.ColumnType;

/**
 * The column type Hibernate gives a basic attribute, whether its Java type is primitive (and so
 * never null), and the check Hibernate adds for enums, with {@code %s} where the column name goes.
 */
public record BasicType(ColumnType type, boolean primitive, String checkTemplate, boolean serialized) {

  static BasicType of(ColumnType type) {
    return new BasicType(type, false, null, false);
  }
}
