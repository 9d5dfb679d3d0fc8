package dev.retort.processor;

import java.util.Set;

/**
 * PostgreSQL's reserved key words: {@code SELECT word FROM pg_get_keywords() WHERE catcode = 'R'}
 * on PostgreSQL 15. Unquoted, none of them can name a table or a column in a statement.
 */
final class PostgresReservedWords {

  /** The words, in lower case, as PostgreSQL 15's catalog lists them. */
  static final Set<String> WORDS = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
      "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
      "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
      "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
      "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
      "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
      "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
      "using", "variadic", "when", "where", "window", "with");

  private PostgresReservedWords() {}
}
