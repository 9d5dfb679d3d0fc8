package dev.retort.reliability;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.enumType;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.nativeEnum;
import static dev.retort.migration.Definitions.sequence;
import static dev.retort.migration.Definitions.text;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Operations;
import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import dev.retort.render.sql.PostgresIdentifiers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names and values built to break naive SQL: quotes, semicolons, comment markers, dollar quotes,
 * backslashes, format specifiers, line breaks, reserved words, mixed case and unicode (accents,
 * CJK, right-to-left, emoji, combining marks, zero-width joiners); each at most 63 bytes, as
 * PostgreSQL allows. Deterministic for a seed.
 */
final class Hostile {

  private static final List<String> FRAGMENTS = List.of(
      "\"", "\"\"", "'", "''", ";", "; DROP TABLE canary; --", "--", "/*", "*/", "\\", "\\'", "$$", "$q$", "%s", "%n",
      "${x}", "?", ":name", " ", "\t", "\n", "\r\n", "select", "user", "order", "table", "from", "where", "group",
      "check", "default", "NULL", "Mixed", "UPPER", "é", "Ünïcødé", "名前", "مرحبا", "🚀", "e\u0301", "a\u200db",
      "\u00a0", "x", "_", "1", "#", "=", ",", "(", ")", "[", "]", "{", "}", "`", "|", "&", "<>");

  private final Random random;
  private final Set<String> used = new LinkedHashSet<>();

  Hostile(long seed) {
    this.random = new Random(seed);
  }

  /** A new hostile identifier, distinct from every other this instance made, of at most 63 UTF-8 bytes. */
  String name() {
    while (true) {
      StringBuilder name = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int i = 0; i < parts; i++) {
        name.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
      String fitted = fit(name.toString(), PostgresIdentifiers.MAX_IDENTIFIER_BYTES);
      // Distinct ignoring case too, so no two names fold together in an unquoted rendering.
      if (!fitted.isEmpty() && used.add(fitted) && used.stream().filter(fitted::equalsIgnoreCase).count() == 1) {
        return fitted;
      }
    }
  }

  /** A hostile text value (a comment or an enum label), which may be longer than a name. */
  String value() {
    StringBuilder value = new StringBuilder();
    int parts = 1 + random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      value.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    return value.toString();
  }

  /** A hostile enum label ending in {@code suffix}, which keeps labels distinct, within 63 bytes. */
  private String label(String suffix) {
    return fit(value(), 62) + suffix;
  }

  /** {@code text} cut to at most {@code bytes} UTF-8 bytes, never inside a surrogate pair. */
  static String fit(String text, int bytes) {
    String fitted = text;
    while (fitted.getBytes(StandardCharsets.UTF_8).length > bytes) {
      int cut = fitted.length() - 1;
      if (Character.isLowSurrogate(fitted.charAt(cut))) {
        cut--;
      }
      fitted = fitted.substring(0, cut);
    }
    return fitted;
  }

  /**
   * A schema with hostile names everywhere a migration can put one: the schema, an enum type and
   * its labels, a sequence, two tables with comments, columns with comments, a primary key, a
   * unique constraint, a check, an index and a foreign key.
   */
  Consumer<Operations> schema() {
    String schema = name();
    EnumType mood = enumType(QualifiedName.of(schema, name()), label("1"), label("2"), label("3"));
    String parent = name();
    String child = name();
    String id = name();
    String label = name();
    String feeling = name();
    String parentRef = name();
    String pk = name();
    String childPk = name();
    String unique = name();
    String check = name();
    String ix = name();
    String fk = name();
    String seq = name();
    String tableComment = value();
    String columnComment = value();
    return op -> {
      op.createSchema(schema);
      Operations in = op.inSchema(schema);
      in.createEnumType(mood);
      in.createSequence(sequence(schema, seq).startWith(7).incrementBy(3));
      in.createTable(parent, t -> t
          .column(column(id, bigint()).notNull())
          .column(column(label, varchar(200)).comment(columnComment))
          .column(column(feeling, nativeEnum(schema, mood.name().name())))
          .primaryKey(pk, id)
          .unique(unique, label)
          // Written as the server prints it back, so the model compares equal to the catalog.
          .check(check, "(" + PostgresIdentifiers.quote(id) + " > 0)")
          .comment(tableComment));
      in.createIndex(parent, index(ix, feeling, label));
      in.createTable(child, t -> t
          .column(column(id, bigint()).notNull())
          .column(column(parentRef, bigint()))
          .column(column(label, text()))
          .primaryKey(childPk, id)
          .foreignKey(foreignKey(fk, parentRef).references(QualifiedName.of(schema, parent), id)));
    };
  }
}
