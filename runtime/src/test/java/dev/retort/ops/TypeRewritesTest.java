package dev.retort.ops;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.numeric;
import static dev.retort.migration.Definitions.text;
import static dev.retort.migration.Definitions.timestamp;
import static dev.retort.migration.Definitions.timestampTz;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import org.junit.jupiter.api.Test;

/** Which type changes PostgreSQL makes in its catalog only, and which rewrite or scan the table. */
class TypeRewritesTest {

  private static boolean rewrites(ColumnType from, ColumnType to) {
    return TypeRewrites.rewrites(new Operation.AlterColumnType(QualifiedName.of("t"), "c", from, to, null));
  }

  @Test
  void aLongerOrUnboundedVarcharAndVarcharToTextChangeOnlyTheCatalog() {
    assertFalse(rewrites(varchar(100), varchar(200)));
    assertFalse(rewrites(varchar(100), varchar()));
    assertFalse(rewrites(varchar(100), text()));
    assertFalse(rewrites(numeric(10, 2), numeric(12, 2)));
    assertFalse(rewrites(timestamp(3), timestamp(6)));
  }

  @Test
  void aShorterVarcharAnotherScaleAnIntegerWideningATimeZoneOrAUsingExpressionRewriteOrScan() {
    assertTrue(rewrites(varchar(200), varchar(100)));
    assertTrue(rewrites(numeric(10, 2), numeric(12, 3)));
    assertTrue(rewrites(integer(), bigint()));
    assertTrue(rewrites(timestamp(6), timestampTz(6)));
    assertTrue(TypeRewrites.rewrites(new Operation.AlterColumnType(QualifiedName.of("t"), "c", varchar(100), varchar(200),
        "upper(c)")));
  }
}
