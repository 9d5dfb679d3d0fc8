package dev.retort.runtime.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.runtime.TestMigration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortIdsTest {

  /** A linear graph of {@code ids}, so that its resolve reads the short forms back. */
  private static RevisionGraph graphOf(List<String> ids) {
    List<TestMigration> migrations = new ArrayList<>();
    String parent = null;
    for (String id : ids) {
      migrations.add(TestMigration.of(id, parent, op -> {}, op -> {}));
      parent = id;
    }
    return RevisionGraph.of(migrations, true);
  }

  private static void assertEachShortFormNamesItsRevision(List<String> ids) {
    RevisionGraph graph = graphOf(ids);
    ShortIds shortIds = ShortIds.of(ids);
    for (String id : ids) {
      assertEquals(id, graph.resolve(shortIds.of(id)), "short form " + shortIds.of(id) + " of " + id);
    }
  }

  @Test
  void anIdWithAUniqueCreationMinuteIsShownAsThatMinute() {
    List<String> ids = List.of("20261121_0900_create_drivers_and_3_more_tables", "20261121_1000_add_phone_to_drivers");
    ShortIds shortIds = ShortIds.of(ids);
    assertEquals("20261121_0900", shortIds.of(ids.get(0)));
    assertEquals("20261121_1000", shortIds.of(ids.get(1)));
    assertEachShortFormNamesItsRevision(ids);
  }

  @Test
  void idsOfTheSameMinuteAreShownUpToTheFirstCharacterOfTheSlugThatTellsThemApart() {
    List<String> ids = List.of("20261121_1300_change_users", "20261121_1300_change_drivers", "20261121_1300_add_x");
    ShortIds shortIds = ShortIds.of(ids);
    assertEquals("20261121_1300_change_u", shortIds.of(ids.get(0)));
    assertEquals("20261121_1300_change_d", shortIds.of(ids.get(1)));
    assertEquals("20261121_1300_a", shortIds.of(ids.get(2)));
    assertEachShortFormNamesItsRevision(ids);
  }

  @Test
  void handWrittenIdsAreShownWithAtLeastSevenCharactersOrWhole() {
    List<String> ids = List.of("initial_schema", "initial_data", "v2", "release-1", "release-10");
    ShortIds shortIds = ShortIds.of(ids);
    assertEquals("initial_s", shortIds.of("initial_schema"));
    assertEquals("initial_d", shortIds.of("initial_data"));
    assertEquals("v2", shortIds.of("v2"));
    assertEquals("release-1", shortIds.of("release-1"));
    assertEquals("release-10", shortIds.of("release-10"));
    assertEachShortFormNamesItsRevision(ids);
  }

  @Test
  void aShortFormNeverEndsInStepsNorIsAWordThatNamesSomethingElse() {
    List<String> ids = List.of("20260101_0800-1a", "20260101_0800-1b", "headless", "heads_up");
    ShortIds shortIds = ShortIds.of(ids);
    assertEquals("20260101_0800-1a", shortIds.of("20260101_0800-1a"));
    assertEquals("headles", shortIds.of("headless"));
    assertEquals("heads_u", shortIds.of("heads_up"));
    assertEachShortFormNamesItsRevision(ids);
  }

  @Test
  void anIdThatStartsAnotherIsShownWhole() {
    List<String> ids = List.of("20260101_0800", "20260101_0800_more");
    ShortIds shortIds = ShortIds.of(ids);
    assertEquals("20260101_0800", shortIds.of("20260101_0800"));
    assertEquals("20260101_0800_m", shortIds.of("20260101_0800_more"));
    assertEquals("20260101_0800, 20260101_0800_m", shortIds.join(ids));
    assertEachShortFormNamesItsRevision(ids);
  }
}
