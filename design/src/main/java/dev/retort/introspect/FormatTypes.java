package dev.retort.introspect;

import dev.retort.model.ColumnType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of PostgreSQL's {@code format_type(atttypid, atttypmod)} back into a logical
 * column type; whatever has no logical type becomes {@link ColumnType.Raw} with the text as is.
 */
final class FormatTypes {

  private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");
  private static final Pattern CHAR = Pattern.compile("character\\((\\d+)\\)");
  private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+),(-?\\d+)\\))?");
  private static final Pattern TIME = Pattern.compile("(time|timestamp)(?:\\((\\d+)\\))? (with|without) time zone");
  private static final Pattern INTERVAL = Pattern.compile("interval(?: second\\((\\d+)\\))?");

  private FormatTypes() {}

  /** The logical type that {@code formatted} names, or {@code Raw(formatted)}. */
  static ColumnType parse(String formatted) {
    try {
      ColumnType known = known(formatted);
      return known != null ? known : new ColumnType.Raw(formatted);
    } catch (IllegalArgumentException outsideTheModel) {
      // The server accepts modifiers the model rejects, e.g. numeric(3,-2) or numeric(2,5).
      return new ColumnType.Raw(formatted);
    }
  }

  private static ColumnType known(String formatted) {
    ColumnType simple = switch (formatted) {
      case "text" -> new ColumnType.Text();
      case "smallint" -> new ColumnType.Int(ColumnType.IntKind.SMALLINT);
      case "integer" -> new ColumnType.Int(ColumnType.IntKind.INTEGER);
      case "bigint" -> new ColumnType.Int(ColumnType.IntKind.BIGINT);
      case "real" -> new ColumnType.Floating(false);
      case "double precision" -> new ColumnType.Floating(true);
      case "boolean" -> new ColumnType.Bool();
      case "date" -> new ColumnType.Date();
      case "uuid" -> new ColumnType.Uuid();
      case "bytea" -> new ColumnType.Bytes();
      case "json" -> new ColumnType.Json(false);
      case "jsonb" -> new ColumnType.Json(true);
      default -> null;
    };
    if (simple != null) {
      return simple;
    }
    Matcher m = VARCHAR.matcher(formatted);
    if (m.matches()) {
      return new ColumnType.Varchar(integer(m.group(1)));
    }
    m = CHAR.matcher(formatted);
    if (m.matches()) {
      return new ColumnType.Char(Integer.parseInt(m.group(1)));
    }
    m = NUMERIC.matcher(formatted);
    if (m.matches()) {
      return new ColumnType.Numeric(integer(m.group(1)), integer(m.group(2)));
    }
    m = TIME.matcher(formatted);
    if (m.matches()) {
      Integer precision = integer(m.group(2));
      boolean withTimeZone = m.group(3).equals("with");
      return m.group(1).equals("time")
          ? new ColumnType.Time(precision, withTimeZone)
          : new ColumnType.Timestamp(precision, withTimeZone);
    }
    m = INTERVAL.matcher(formatted);
    if (m.matches()) {
      return new ColumnType.Interval(integer(m.group(1)));
    }
    return null;
  }

  private static Integer integer(String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }
}
