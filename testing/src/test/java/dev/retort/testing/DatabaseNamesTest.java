package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

  @Test
  void aNameIsThePrefixTheLowercasedClassAndARandomSuffix() {
    String name = DatabaseNames.forClass("MigratorTest");

    assertTrue(name.matches("retort_t_migratortest_[0-9a-f]{12}"), name);
  }

  @Test
  void longClassNamesAreCutToPostgresIdentifierLimit() {
    String name =
        DatabaseNames.forClass(
            "AVeryLongTestClassNameThatWouldNotFitIntoAPostgresIdentifierAtAllTest");

    assertEquals(63, name.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(name.matches("retort_t_averylongtestclassname[a-z]*_[0-9a-f]{12}"), name);
  }

  @Test
  void charactersOutsideAsciiBecomeUnderscoresSoCharactersCountAsBytes() {
    String name = DatabaseNames.forClass("Pr\u00fcfungTest");

    assertTrue(name.matches("retort_t_pr_fungtest_[0-9a-f]{12}"), name);
    assertEquals(name.length(), name.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void twoNamesForTheSameClassDiffer() {
    assertNotEquals(DatabaseNames.forClass("SameTest"), DatabaseNames.forClass("SameTest"));
    assertNotEquals(
        DatabaseNames.forClass("SameTest", new Random(1)),
        DatabaseNames.forClass("SameTest", new Random(2)));
  }
}
