package dev.retort.introspect;

import java.util.List;
import java.util.Objects;

/**
 * Which schemas {@link PostgresIntrospector} reads, and which table it leaves out as Retort's own
 * history table.
 *
 * <p>An empty {@code schemas} list means the connection's {@code current_schema()}. A null
 * {@code historySchema} means the connection's current schema, as in {@code Retort.Builder}.
 */
public record IntrospectionScope(List<String> schemas, String historySchema, String historyTable) {

  /** The history table's name unless configured otherwise, as in {@code Retort.Builder}. */
  public static final String DEFAULT_HISTORY_TABLE = "retort_history";

  public IntrospectionScope {
    schemas = List.copyOf(schemas);
    Objects.requireNonNull(historyTable, "historyTable");
  }

  /** The connection's current schema only, without {@code retort_history}. */
  public static IntrospectionScope currentSchema() {
    return new IntrospectionScope(List.of(), null, DEFAULT_HISTORY_TABLE);
  }

  /** Exactly the named schemas, without {@code retort_history} in the current schema. */
  public static IntrospectionScope of(String... schemas) {
    return new IntrospectionScope(List.of(schemas), null, DEFAULT_HISTORY_TABLE);
  }

  /** This scope, leaving out the history table {@code table} in {@code schema} (null: the current schema). */
  public IntrospectionScope withHistoryTable(String schema, String table) {
    return new IntrospectionScope(schemas, schema, table);
  }
}
