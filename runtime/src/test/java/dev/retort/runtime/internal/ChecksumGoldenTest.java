package dev.retort.runtime.internal;

import dev.retort.runtime.tooling.Checksums;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.ColumnType;
import dev.retort.model.Identity;
import dev.retort.model.ReferentialAction;
import dev.retort.ops.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Pins the checksum encoding: every deployed database holds checksums of version 1, so a Retort
 * release that computed any other value for the same operations would refuse to boot them
 * (RTR-301). {@code checksums-v1.golden} holds, per case of {@link ChecksumCases}, the canonical
 * text and checksum that the first release computed; they must never change. A new operation or
 * model value adds cases; it never edits existing ones.
 */
class ChecksumGoldenTest {

  /** The golden file, parsed: case name to its checksum and canonical text (null for whole migrations). */
  private static final Map<String, Golden> GOLDEN = readGolden();

  private record Golden(String checksum, String canonical) {}

  @Test
  void everyOperationCaseHasTheCanonicalTextAndChecksumThatVersionOneFroze() {
    assertPinned(ChecksumCases.all());
  }

  @Test
  void theOnlineFormsHaveTheCanonicalTextAndChecksumPinnedWhenTheyWereAdded() {
    assertPinned(ChecksumCases.onlineForms());
  }

  @Test
  void theIdentityHandedToASequenceHasTheCanonicalTextAndChecksumPinnedWhenItWasAdded() {
    assertPinned(ChecksumCases.identityHandedToSequence());
  }

  /** Each case has the canonical text and checksum the golden file pinned for it. */
  private static void assertPinned(Map<String, Operation> cases) {
    assertAll(cases.entrySet().stream().<Executable>map(entry -> () -> {
      Golden golden = GOLDEN.get(entry.getKey());
      assertEquals(golden.canonical(), Checksums.canonical(entry.getValue()), entry.getKey() + " (canonical text)");
      assertEquals(golden.checksum(), Checksums.of(List.of(), true, List.of(entry.getValue())), entry.getKey() + " (checksum)");
    }));
  }

  @Test
  void wholeMigrationsHaveTheChecksumsThatVersionOneFroze() {
    List<Operation> operations = List.copyOf(ChecksumCases.all().values());
    Map<String, String> actual = new LinkedHashMap<>();
    actual.put("migration.empty", Checksums.of(List.of(), true, List.of()));
    actual.put("migration.base.everyCase", Checksums.of(List.of(), true, operations));
    actual.put("migration.oneParent.everyCase", Checksums.of(List.of("20261121_0900_create_vehicles"), true, operations));
    actual.put("migration.merge.nonTransactional", Checksums.of(List.of("a_left", "b_right"), false,
        List.of(ChecksumCases.all().get("createIndex.uniquePartialDescendingConcurrently"))));
    assertAll(actual.entrySet().stream().<Executable>map(entry -> () ->
        assertEquals(GOLDEN.get(entry.getKey()).checksum(), entry.getValue(), entry.getKey())));
  }

  @Test
  void theGoldenFileHoldsExactlyTheCasesTheTestComputes() {
    Set<String> computed = new TreeSet<>(ChecksumCases.all().keySet());
    computed.addAll(ChecksumCases.onlineForms().keySet());
    computed.addAll(ChecksumCases.identityHandedToSequence().keySet());
    computed.addAll(List.of("migration.empty", "migration.base.everyCase", "migration.oneParent.everyCase",
        "migration.merge.nonTransactional"));
    assertEquals(computed, new TreeSet<>(GOLDEN.keySet()));
  }

  @Test
  void theCasesCoverEveryOperationKindAndEveryModelVariant() {
    String everyCase = ChecksumCases.all().values().stream().map(Checksums::canonical).collect(Collectors.joining("\n"));
    Set<String> kinds = ChecksumCases.all().values().stream().map(op -> op.getClass().getSimpleName()).collect(Collectors.toSet());
    assertAll(
        () -> assertEquals(simpleNames(Operation.class.getPermittedSubclasses()), kinds, "operation kinds"),
        () -> assertAll(Arrays.stream(ColumnType.class.getPermittedSubclasses()).<Executable>map(type ->
            () -> assertTrue(everyCase.contains("type=" + type.getSimpleName() + "("), "column type " + type.getSimpleName()))),
        () -> assertAll(Arrays.stream(Identity.values()).<Executable>map(identity ->
            () -> assertTrue(everyCase.contains("identity=" + identity.name()), "identity " + identity))),
        () -> assertAll(Arrays.stream(ReferentialAction.values()).<Executable>map(action ->
            () -> assertTrue(everyCase.contains("onDelete=" + action.name()) || everyCase.contains("onUpdate=" + action.name()),
                "referential action " + action))),
        () -> assertTrue(everyCase.contains("defaultValue=null") && everyCase.contains("defaultValue=\"'draft'\""),
            "a column with and one without a default"));
  }

  private static Set<String> simpleNames(Class<?>[] classes) {
    return Arrays.stream(classes).map(Class::getSimpleName).collect(Collectors.toSet());
  }

  /**
   * Reads {@code checksums-v1.golden}: blocks of {@code case NAME}, {@code checksum HEX} and, for
   * a single operation, {@code canonical TEXT}; lines starting with {@code #} are comments.
   */
  private static Map<String, Golden> readGolden() {
    String text;
    try (InputStream in = ChecksumGoldenTest.class.getResourceAsStream("checksums-v1.golden")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Golden> golden = new LinkedHashMap<>();
    String name = null;
    String checksum = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("case ")) {
        name = line.substring("case ".length());
        checksum = null;
      } else if (line.startsWith("checksum ")) {
        checksum = line.substring("checksum ".length());
        golden.put(name, new Golden(checksum, null));
      } else if (line.startsWith("canonical ")) {
        golden.put(name, new Golden(checksum, line.substring("canonical ".length())));
      }
    }
    return golden;
  }
}
