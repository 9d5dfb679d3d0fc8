package dev.retort.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.ops.OperationFacts.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link OperationFacts} over one operation of every kind ({@link ChecksumCases}). */
class OperationFactsTest {

  private static final QualifiedName VEHICLES = QualifiedName.of("fleet", "vehicles");

  @Test
  void everyOperationHasTheKindNamedAfterItsRecordAndEveryKindBelongsToARecord() {
    assertAll(ChecksumCases.all().values().stream().<Executable>map(operation -> () -> assertEquals(
        constantName(operation.getClass().getSimpleName()), OperationFacts.of(operation).kind().name(),
        operation.getClass().getSimpleName())));
    Set<String> records = Arrays.stream(Operation.class.getPermittedSubclasses())
        .map(type -> constantName(type.getSimpleName())).collect(Collectors.toSet());
    assertEquals(records, Arrays.stream(Kind.values()).map(Kind::name).collect(Collectors.toSet()));
  }

  @Test
  void anOnlineUniqueConstraintBuildsItsIndexConcurrentlyAndThenLocksItsTable() {
    OperationFacts.Facts online = OperationFacts.of(new Operation.AddUniqueConstraint(VEHICLES,
        new UniqueConstraint("uk_vehicles_vin", List.of("vin")), true));
    assertAll(
        () -> assertEquals(QualifiedName.of("fleet", "uk_vehicles_vin"), online.concurrentIndex()),
        () -> assertTrue(online.concurrently()),
        () -> assertTrue(online.buildsIndex()),
        () -> assertFalse(online.onlyConcurrentIndex(), "ADD CONSTRAINT USING INDEX takes the table's lock"));
    OperationFacts.Facts plain = OperationFacts.of(new Operation.AddUniqueConstraint(VEHICLES,
        new UniqueConstraint("uk_vehicles_vin", List.of("vin"))));
    assertNull(plain.concurrentIndex());
  }

  @Test
  void aConcurrentIndexBuildIsAllItsOperationDoes() {
    OperationFacts.Facts facts = OperationFacts.of(ChecksumCases.all().values().stream()
        .filter(op -> op instanceof Operation.CreateIndex create && create.concurrently()).findFirst().orElseThrow());
    assertTrue(facts.onlyConcurrentIndex());
  }

  @Test
  void aTypeChangeRewritesItsTableUnlessPostgresChangesOnlyTheCatalog() {
    assertTrue(OperationFacts.of(new Operation.AlterColumnType(VEHICLES, "year",
        new ColumnType.Varchar(4), new ColumnType.Int(ColumnType.IntKind.INTEGER), "year::integer")).rewritesTable());
    assertFalse(OperationFacts.of(new Operation.AlterColumnType(VEHICLES, "vin",
        new ColumnType.Varchar(17), new ColumnType.Text(), null)).rewritesTable());
    assertTrue(ChecksumCases.all().values().stream()
        .filter(op -> !(op instanceof Operation.AlterColumnType)).noneMatch(op -> OperationFacts.of(op).rewritesTable()));
  }

  private static String constantName(String recordName) {
    return recordName.replaceAll("(?<!^)(?=[A-Z])", "_").toUpperCase(java.util.Locale.ROOT);
  }
}
