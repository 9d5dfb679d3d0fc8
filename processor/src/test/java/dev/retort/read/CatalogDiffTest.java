package dev.retort.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ColumnType.IntKind;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

  private static SchemaModel catalog(List<Column> columns, List<CheckConstraint> checks) {
    Table table = new Table(QualifiedName.of("item"), columns, new PrimaryKey("item_pkey", List.of("id")),
        List.of(), List.of(), List.of(), checks, null);
    return new SchemaModel(Set.of(), List.of(table), List.of(), List.of());
  }

  private static final Column ID = Column.of("id", new ColumnType.Int(IntKind.BIGINT)).notNull();
  private static final Column NAME = Column.of("name", new ColumnType.Varchar(255));

  @Test
  void catalogsThatDifferOnlyInColumnOrderAreEqual() {
    assertEquals("", CatalogDiff.between(catalog(List.of(ID, NAME), List.of()), catalog(List.of(NAME, ID), List.of())));
  }

  @Test
  void aColumnDifferenceNamesTableColumnAndBothSides() {
    String difference = CatalogDiff.between(catalog(List.of(ID, NAME.notNull()), List.of()), catalog(List.of(ID, NAME), List.of()));
    assertEquals("table item column name nullable: Hibernate false, Retort true", difference);
  }

  @Test
  void theSameCheckUnderAnotherNameIsReportedAsANameDifference() {
    String difference = CatalogDiff.between(
        catalog(List.of(ID, NAME), List.of(new CheckConstraint("item_name_check", "(length(name) > 0)"))),
        catalog(List.of(ID, NAME), List.of(new CheckConstraint("item_check", "(length(name) > 0)"))));
    assertEquals("table item check (length(name) > 0) name: Hibernate item_name_check, Retort item_check", difference);
  }

  @Test
  void aTableOnlyOneSideCreatedIsReportedWithTheSideThatHasIt() {
    String difference = CatalogDiff.between(catalog(List.of(ID), List.of()), SchemaModel.empty());
    assertEquals("table item: only Hibernate created it", difference);
  }
}
