package dev.retort.ops;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.bool;
import static dev.retort.migration.Definitions.character;
import static dev.retort.migration.Definitions.date;
import static dev.retort.migration.Definitions.doublePrecision;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.interval;
import static dev.retort.migration.Definitions.json;
import static dev.retort.migration.Definitions.jsonb;
import static dev.retort.migration.Definitions.numeric;
import static dev.retort.migration.Definitions.real;
import static dev.retort.migration.Definitions.smallint;
import static dev.retort.migration.Definitions.text;
import static dev.retort.migration.Definitions.time;
import static dev.retort.migration.Definitions.timestamp;
import static dev.retort.migration.Definitions.timestampTz;
import static dev.retort.migration.Definitions.uuid;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds {@link TypeWidening} to PostgreSQL: a change it calls widening brings every boundary value of
 * the old type back unchanged through the change and its inverse, rendered as the runtime renders
 * them; a change it calls narrowing has a value that comes back different or makes the change fail.
 */
@PostgresTest
class TypeWideningOnPostgresTest {

  private final TestDatabase db;
  private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

  TypeWideningOnPostgresTest(TestDatabase db) {
    this.db = db;
  }

  /** A type change and SQL literals of the old type, its boundaries among them. */
  record Change(ColumnType from, ColumnType to, List<String> values) {
    @Override
    public String toString() {
      return PostgresSqlRenderer.typeName(from) + " -> " + PostgresSqlRenderer.typeName(to);
    }
  }

  private static Change change(ColumnType from, ColumnType to, String... values) {
    return new Change(from, to, List.of(values));
  }

  private static final String[] SMALLINTS = {"-32768", "32767", "0"};
  private static final String[] INTEGERS = {"-2147483648", "2147483647", "16777217"};
  private static final String[] BIGINTS = {"-9223372036854775808", "9223372036854775807", "9007199254740993"};
  /** Dates within a timestamp's range (4713 BC to 294276 AD); a later date makes the change fail, not lose it. */
  private static final String[] DATES = {"'4713-01-01 BC'", "'2024-02-29'", "'294275-12-31'"};

  static Stream<Change> widening() {
    return Stream.of(
        change(date(), timestamp(6), DATES),
        change(date(), timestamp(0), DATES),
        change(date(), timestampTz(6), "'2024-02-29'", "'1970-01-01'", "'9999-12-31'"),
        change(smallint(), real(), SMALLINTS),
        change(smallint(), doublePrecision(), SMALLINTS),
        change(integer(), doublePrecision(), INTEGERS),
        change(smallint(), varchar(6), SMALLINTS),
        change(integer(), varchar(11), INTEGERS),
        change(bigint(), varchar(20), BIGINTS),
        change(integer(), text(), INTEGERS),
        change(bigint(), text(), BIGINTS),
        change(numeric(10, 2), text(), "12345678.91", "-0.01", "0.10"),
        change(real(), text(), "3.4028235e38", "1.17549435e-38", "0.1"),
        change(doublePrecision(), text(), "1.7976931348623157e308", "5e-324", "0.1"),
        change(bool(), text(), "true", "false"),
        change(date(), text(), DATES),
        change(timestamp(6), text(), "'2024-01-01 12:34:56.123456'", "'4713-01-01 00:00:00 BC'"),
        change(time(6), text(), "'23:59:59.999999'", "'00:00:00'"),
        change(interval(), text(), "'1 year 2 mons 3 days 04:05:06.789'", "'-1 days'"),
        change(uuid(), text(), "'123e4567-e89b-12d3-a456-426614174000'"),
        change(jsonb(), text(), "'{\"a\": [1, 2.50, \"x\"], \"b\": null}'"),
        change(json(), text(), "'{\"a\" :  [1, 2.50]}'"),
        change(character(5), text(), "'ab'", "'abcde'"),
        change(integer(), bigint(), INTEGERS),
        change(integer(), numeric(10, 0), INTEGERS),
        change(numeric(10, 2), numeric(12, 3), "12345678.91"),
        change(timestamp(3), timestamp(6), "'2024-01-01 12:34:56.123'"));
  }

  static Stream<Change> narrowing() {
    return Stream.of(
        change(integer(), real(), "16777217"),
        change(bigint(), doublePrecision(), "9007199254740993"),
        change(integer(), varchar(10), "-2147483648"),
        change(bigint(), integer(), "9223372036854775807"),
        change(numeric(10, 2), numeric(10, 1), "1.25"),
        change(doublePrecision(), real(), "0.1"),
        change(timestamp(6), timestamp(0), "'2024-01-01 12:34:56.5'"),
        change(timestamp(6), date(), "'2024-01-01 12:34:56'"),
        change(varchar(20), varchar(5), "'longer than five'"),
        change(text(), integer(), "'twelve'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("widening")
  void aChangeCalledWideningBringsEveryValueBackThroughItsInverse(Change change) throws Exception {
    assertTrue(TypeWidening.widens(change.from(), change.to()), change + " is called widening");
    Outcome outcome = roundTrip(change);
    assertEquals(null, outcome.failure(), change + " failed on PostgreSQL");
    assertEquals(outcome.before(), outcome.after(), change + " changed values");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("narrowing")
  void aChangeCalledNarrowingLosesAValueOrFailsOnIt(Change change) throws Exception {
    assertFalse(TypeWidening.widens(change.from(), change.to()), change + " is called narrowing");
    Outcome outcome = roundTrip(change);
    if (outcome.failure() == null) {
      assertNotEquals(outcome.before(), outcome.after(), change + " kept every value");
    }
  }

  /** The values as text before and after the change and its inverse, or the server's refusal. */
  record Outcome(List<String> before, List<String> after, String failure) {}

  private Outcome roundTrip(Change change) throws SQLException {
    QualifiedName table = QualifiedName.of("widening_probe");
    Operation.AlterColumnType forth = new Operation.AlterColumnType(table, "v", change.from(), change.to(), null);
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute("SET TimeZone = 'Europe/Berlin'");
      statement.execute("DROP TABLE IF EXISTS widening_probe");
      statement.execute("CREATE TABLE widening_probe (n int, v " + PostgresSqlRenderer.typeName(change.from()) + ")");
      for (int i = 0; i < change.values().size(); i++) {
        statement.execute("INSERT INTO widening_probe VALUES (" + i + ", " + change.values().get(i) + ")");
      }
      List<String> before = values(statement);
      try {
        for (String sql : renderer.render(List.of(forth, forth.inverse()))) {
          statement.execute(sql);
        }
      } catch (SQLException refused) {
        return new Outcome(before, null, refused.getMessage());
      }
      return new Outcome(before, values(statement), null);
    }
  }

  private static List<String> values(Statement statement) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery("SELECT v::text FROM widening_probe ORDER BY n")) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
