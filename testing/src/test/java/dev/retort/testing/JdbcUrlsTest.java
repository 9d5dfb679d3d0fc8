package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

  @Test
  void theDatabaseIsReplacedAndEverythingElseKept() {
    assertEquals(
        "jdbc:postgresql://127.0.0.1:5432/other",
        JdbcUrls.withDatabase("jdbc:postgresql://127.0.0.1:5432/test", "other"));
    assertEquals(
        "jdbc:postgresql://db.example:5432/other?sslmode=require&user=a",
        JdbcUrls.withDatabase(
            "jdbc:postgresql://db.example:5432/test?sslmode=require&user=a", "other"));
    assertEquals(
        "jdbc:postgresql://h1:5432,h2:5433/other",
        JdbcUrls.withDatabase("jdbc:postgresql://h1:5432,h2:5433/test", "other"));
    assertEquals(
        "jdbc:postgresql://[::1]:5432/other",
        JdbcUrls.withDatabase("jdbc:postgresql://[::1]:5432/test", "other"));
  }

  @Test
  void aUrlWithoutADatabaseGetsOne() {
    assertEquals(
        "jdbc:postgresql://localhost/other",
        JdbcUrls.withDatabase("jdbc:postgresql://localhost", "other"));
    assertEquals(
        "jdbc:postgresql://localhost/other?ssl=false",
        JdbcUrls.withDatabase("jdbc:postgresql://localhost/?ssl=false", "other"));
    assertEquals("jdbc:postgresql:other", JdbcUrls.withDatabase("jdbc:postgresql:test", "other"));
  }

  @Test
  void passwordsAreHiddenWhateverTheirCase() {
    assertEquals(
        "jdbc:postgresql://h/test?user=a&password=***&ssl=true",
        JdbcUrls.redact("jdbc:postgresql://h/test?user=a&password=secret&ssl=true"));
    assertEquals(
        "jdbc:postgresql://h/test?PASSWORD=***",
        JdbcUrls.redact("jdbc:postgresql://h/test?PASSWORD=secret"));
  }
}
