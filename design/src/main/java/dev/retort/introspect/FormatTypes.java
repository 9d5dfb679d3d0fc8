package dev.retort.introspect;

import dev.retort.model.ColumnType;
import dev.retort.snapshot.TypeNames;

/**
 * Reads the text of PostgreSQL's {@code format_type(atttypid, atttypmod)} back into a logical
 * column type, with the snapshot's parser of PostgreSQL's spelling ({@link TypeNames}); whatever
 * has no logical type becomes {@link ColumnType.Raw} with the text as is.
 */
final class FormatTypes {

  private FormatTypes() {}

  /** The logical type that {@code formatted} names, or {@code Raw(formatted)}. */
  static ColumnType parse(String formatted) {
    return TypeNames.parseBuiltIn(formatted).orElseGet(() -> new ColumnType.Raw(formatted));
  }
}
