package dev.retort.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.design.DesignMessage;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's pending drops: format 2 only when there are some, so that every snapshot without them stays
 * format 1 byte for byte; both formats read back; a format newer than this Retort's is refused.
 */
class PendingDropsFormatTest {

  private static final QualifiedName DRIVERS = QualifiedName.of(null, "drivers");
  private static final SchemaModel MODEL = new SchemaModel(Set.of(),
      List.of(Table.named(DRIVERS).withColumn(Column.of("phone", dev.retort.migration.Definitions.varchar(20)))), List.of(), List.of());

  @Test
  void aSnapshotWithoutPendingDropsIsWrittenInFormat1AsBefore() {
    String text = SnapshotFormat.write(new Snapshot("r1", MODEL));
    assertTrue(text.contains("\nformat 1\nhead r1\n\ntable drivers\n"), text);
    assertEquals(new Snapshot("r1", MODEL), SnapshotFormat.parse(text, "retort.snapshot"));
  }

  @Test
  void pendingDropsAreWrittenInFormat2SortedAndReadBack() {
    Snapshot snapshot = new Snapshot("r1", MODEL, List.of(PendingDrop.ofTable(QualifiedName.of(null, "legacy")),
        PendingDrop.ofColumn(DRIVERS, "phone"), PendingDrop.ofColumn(QualifiedName.of("fleet", "order"), "note")));
    String text = SnapshotFormat.write(snapshot);
    assertTrue(text.contains("\nformat 2\nhead r1\n\npending drop column drivers phone\npending drop table legacy\n"
        + "pending drop column fleet.order note\n\ntable drivers\n"), text);
    assertEquals(snapshot, SnapshotFormat.parse(text, "retort.snapshot"));
    assertEquals(text, SnapshotFormat.write(SnapshotFormat.parse(text, "retort.snapshot")));
  }

  @Test
  void aPendingDropInAFormat1SnapshotIsMalformed() {
    String text = SnapshotFormat.write(new Snapshot("r1", MODEL, List.of(PendingDrop.ofColumn(DRIVERS, "phone"))))
        .replace("format 2", "format 1");
    SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotFormat.parse(text, "retort.snapshot"));
    assertTrue(e.getMessage().contains("line 5"), e.getMessage());
  }

  @Test
  void aFormatNewerThanThisRetortsIsRefusedWithItsCode() {
    String text = SnapshotFormat.write(new Snapshot("r1", MODEL)).replace("format 1", "format 3");
    SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotFormat.parse(text, "retort.snapshot"));
    assertTrue(e.getMessage().startsWith(DesignMessage.SNAPSHOT_TOO_NEW.code()), e.getMessage());
  }
}
