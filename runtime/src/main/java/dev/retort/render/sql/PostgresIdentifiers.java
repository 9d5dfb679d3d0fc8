package dev.retort.render.sql;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.model.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Quotes identifiers and string literals for PostgreSQL: a name is written bare only when the
 * server would read it back unchanged, and is double-quoted otherwise.
 */
public final class PostgresIdentifiers {

  /** PostgreSQL's NAMEDATALEN minus one: longer names are truncated by the server. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  /**
   * Every keyword that is not "unreserved" in PostgreSQL 15 ({@code pg_get_keywords()} with a
   * category other than U), plus those later versions added; such a word is always quoted.
   */
  static final Set<String> KEYWORDS = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
      "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
      "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
      "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
      "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
      "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for",
      "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike",
      "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is",
      "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime",
      "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
      "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay",
      "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row",
      "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
      "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true",
      "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where",
      "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest",
      "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
      // added after PostgreSQL 15
      "system_user", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
      "json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table", "json_value",
      "merge_action");

  private PostgresIdentifiers() {}

  /**
   * The identifier as SQL: bare when it is lower case and no keyword, double-quoted otherwise.
   *
   * @throws RetortException when the name is longer than 63 bytes or contains a NUL character
   */
  public static String quote(String identifier) {
    requireValid(identifier);
    if (isLowerCaseWord(identifier) && !KEYWORDS.contains(identifier)) {
      return identifier;
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The qualified name as SQL, each part quoted as needed. */
  public static String quote(QualifiedName name) {
    return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
  }

  /** {@code 'text'} with embedded quotes doubled, or {@code NULL} for null. */
  public static String literal(String text) {
    if (text == null) {
      return "NULL";
    }
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("PostgreSQL text cannot contain a NUL character");
    }
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Rejects names PostgreSQL would store differently than written.
   *
   * @throws RetortException naming the identifier and its length in bytes
   */
  public static void requireValid(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new RetortException(Message.IDENTIFIER_INVALID, identifier.replace("\0", "\\0"));
    }
    int bytes = identifier.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_IDENTIFIER_BYTES) {
      throw new RetortException(Message.IDENTIFIER_TOO_LONG, identifier, bytes);
    }
  }

  /**
   * Whether the name keeps its spelling unquoted, keywords aside: {@code [a-z_][a-z0-9_$]*}. Spelled
   * out rather than a pattern because every name rendered or read is asked, at boot too.
   */
  public static boolean isLowerCaseWord(String identifier) {
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || c == '_';
      if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '$')))) {
        return false;
      }
    }
    return !identifier.isEmpty();
  }
}
