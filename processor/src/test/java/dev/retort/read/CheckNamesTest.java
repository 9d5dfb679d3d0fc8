package dev.retort.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckNamesTest {

  private static final List<String> COLUMNS = List.of("score", "views", "title");

  @Test
  void aCheckReadingOneColumnIsNamedAfterTableAndColumn() {
    assertEquals("article_score_check", CheckNames.name("article", COLUMNS, "score >= 0", n -> false));
  }

  @Test
  void aCheckReadingSeveralColumnsIsNamedAfterTheTableAlone() {
    assertEquals("article_check", CheckNames.name("article", COLUMNS, "views >= score", n -> false));
  }

  @Test
  void literalsFunctionNamesAndCastsAreNotColumns() {
    assertEquals(Set.of("title"), CheckNames.columnsRead("length(title) > 0 and title <> 'score' and title::text <> ''", COLUMNS));
  }

  @Test
  void aTakenNameIsNumberedAsPostgresNumbersIt() {
    Set<String> taken = Set.of("article_score_check", "article_score_check1");
    assertEquals("article_score_check2", CheckNames.name("article", COLUMNS, "score < 100", taken::contains));
  }
}
