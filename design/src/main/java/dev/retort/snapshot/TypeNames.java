package dev.retort.snapshot;

import dev.retort.model.ColumnType;
import java.util.Optional;

/**
 * The one spelling of PostgreSQL column types at design time, and its one parser: PostgreSQL's own
 * words, as the SQL renderer writes them and {@code format_type} prints them. The snapshot, the
 * review descriptions and the introspection of a live database all go through here, and the
 * snapshot's golden files keep the spelling stable.
 */
public final class TypeNames {

  private TypeNames() {}

  /** The type as a snapshot writes it: PostgreSQL's spelling, {@code enum <name>} or {@code raw "<definition>"}. */
  public static String write(ColumnType type) {
    return TypeSyntax.write(type);
  }

  /**
   * The built-in type PostgreSQL's spelling {@code text} names (as {@code format_type} prints it),
   * read by the snapshot's parser; empty for anything else (a domain, an array, an enum's name, a
   * modifier the model rejects), which the caller keeps verbatim.
   */
  public static Optional<ColumnType> parseBuiltIn(String text) {
    LineCursor in = new LineCursor(text, 1, text, 0);
    if (in.peekKeyword("enum") || in.peekKeyword("raw")) {
      return Optional.empty();
    }
    try {
      ColumnType type = TypeSyntax.read(in);
      return in.atEnd() ? Optional.of(type) : Optional.empty();
    } catch (SnapshotException | IllegalArgumentException notBuiltIn) {
      return Optional.empty();
    }
  }
}
