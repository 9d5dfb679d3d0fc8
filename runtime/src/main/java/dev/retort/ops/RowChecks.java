package dev.retort.ops;

import static dev.retort.render.sql.PostgresIdentifiers.quote;

import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Words a step that checks the rows a table already holds ({@link OperationFacts.RowCheck}): the marker a
 * migration carries above it, the sentence a warning carries, and the queries that find the rows it would
 * fail on.
 */
public final class RowChecks {

  private RowChecks() {}

  /** The marker comment above the step, with the queries that find the rows it fails on. */
  public static List<String> marker(QualifiedName table, OperationFacts.RowCheck check) {
    String first = "CHECKS ROWS: " + check.constraint() + " fails if rows of " + table + " that exist hold "
        + offence(check) + " in (" + String.join(", ", check.columns()) + "); find them first:";
    return check.notNull() ? List.of(first, duplicates(table, check), nulls(table, check))
        : List.of(first, duplicates(table, check));
  }

  /** What the step asks of existing rows and how to find the ones that break it, in a sentence a warning can carry. */
  public static String describe(QualifiedName table, OperationFacts.RowCheck check) {
    String queries = check.notNull() ? duplicates(table, check) + " and " + nulls(table, check) : duplicates(table, check);
    return "adds " + (check.notNull() ? "primary key " : "unique ") + check.constraint() + " on " + table + " ("
        + String.join(", ", check.columns()) + "), which fails if rows that exist hold " + offence(check)
        + " there; find them with " + queries + ", and decide which rows to change or delete";
  }

  private static String offence(OperationFacts.RowCheck check) {
    return check.notNull() ? "duplicate values or NULLs" : "duplicate values";
  }

  /** The rows alike in the checked columns; rows with a NULL there are never alike for a unique constraint. */
  static String duplicates(QualifiedName table, OperationFacts.RowCheck check) {
    String columns = check.columns().stream().map(c -> quote(c)).collect(Collectors.joining(", "));
    String where = check.notNull() ? check.where()
        : check.columns().stream().map(c -> quote(c) + " IS NOT NULL").collect(Collectors.joining(" AND "))
            + (check.where() == null ? "" : " AND (" + check.where() + ")");
    return "SELECT " + columns + ", count(*) FROM " + quote(table) + (where == null ? "" : " WHERE " + where)
        + " GROUP BY " + columns + " HAVING count(*) > 1";
  }

  /** The rows with a NULL in a key column. */
  static String nulls(QualifiedName table, OperationFacts.RowCheck check) {
    return "SELECT count(*) FROM " + quote(table) + " WHERE "
        + check.columns().stream().map(c -> quote(c) + " IS NULL").collect(Collectors.joining(" OR "));
  }
}
