package dev.retort.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.model.ColumnType;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTypesTest {

  @Test
  void everyLogicalTypeReadsBackFromTheTextTheRendererWrites() {
    List<ColumnType> types = List.of(
        new ColumnType.Varchar(17), new ColumnType.Varchar(null), new ColumnType.Char(1), new ColumnType.Text(),
        new ColumnType.Int(ColumnType.IntKind.SMALLINT), new ColumnType.Int(ColumnType.IntKind.INTEGER),
        new ColumnType.Int(ColumnType.IntKind.BIGINT), new ColumnType.Numeric(10, 2), new ColumnType.Numeric(null, null),
        new ColumnType.Floating(false), new ColumnType.Floating(true), new ColumnType.Bool(), new ColumnType.Date(),
        new ColumnType.Time(null, false), new ColumnType.Time(0, true), new ColumnType.Timestamp(null, true),
        new ColumnType.Timestamp(6, false), new ColumnType.Interval(null), new ColumnType.Interval(3),
        new ColumnType.Uuid(), new ColumnType.Bytes(), new ColumnType.Json(false), new ColumnType.Json(true));
    for (ColumnType type : types) {
      assertEquals(type, FormatTypes.parse(PostgresSqlRenderer.typeName(type)));
    }
  }

  @Test
  void aNumericWithoutScaleReadsBackWithScaleZeroBecauseTheServerStoresIt() {
    assertEquals(new ColumnType.Numeric(10, 0), FormatTypes.parse("numeric(10,0)"));
  }

  @Test
  void typesTheModelHasNoWordForStayRaw() {
    for (String formatted : List.of("interval(3)", "interval year to month", "bpchar", "\"char\"", "integer[]",
        "character varying(20)[]", "numeric(3,-2)", "numeric(2,5)", "inet", "public.mood[]", "bit(3)",
        "time without time zone[]")) {
      assertEquals(new ColumnType.Raw(formatted), FormatTypes.parse(formatted));
    }
  }
}
