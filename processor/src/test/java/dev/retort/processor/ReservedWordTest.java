package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A table or column named by a PostgreSQL reserved word is a warning on its entity or attribute,
 * since Hibernate writes it unquoted, unless the application or the mapping quotes it.
 */
@PostgresTest
class ReservedWordTest {

  private static final JavaFileObject USER = JavaFileObjects.forSourceLines("test.User",
      "package test;",
      "import jakarta.persistence.*;",
      "@Entity",
      "public class User {",
      "  @Id Long id;",
      "  String name;",
      "  Integer order;",
      "  String type;",
      "}");

  @Test
  void anEntityAndAnAttributeNamedByReservedWordsAreWarnedAboutOnTheirElementsWithBothFixes() {
    Compilation compilation = ProcessorHarness.compile(List.of(USER)).compilation();
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("RTR-930 test.User maps to table user, a reserved word in PostgreSQL")
        .inFile(USER).onLineContaining("public class User");
    assertThat(compilation).hadWarningContaining("RTR-930 User.order maps to column order, a reserved word in PostgreSQL")
        .inFile(USER).onLineContaining("Integer order");
    assertThat(compilation).hadWarningContaining("(insert into user ...)");
    assertThat(compilation).hadWarningContaining("Rename it with @Column(name = \"...\"), or set hibernate.auto_quote_keyword=true"
        + " and build with -Aretort.autoQuoteKeyword=true");
    assertEquals(2, compilation.warnings().stream().filter(w -> w.getMessage(null).contains("RTR-930")).count(),
        "name and type are no reserved words");
  }

  @Test
  void anApplicationThatQuotesKeywordsSaysSoWithAnOptionAndIsNotWarned() {
    Compilation compilation = ProcessorHarness.compile(List.of(USER), "retort.autoQuoteKeyword=true").compilation();
    assertThat(compilation).succeeded();
    assertTrue(compilation.warnings().stream().noneMatch(w -> w.getMessage(null).contains("RTR-930")),
        compilation.warnings().toString());
  }

  @Test
  void namesTheMappingQuotesItselfAreNotWarnedAbout() {
    Compilation compilation = ProcessorHarness.compile(List.of(JavaFileObjects.forSourceLines("test.User",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"\\\"user\\\"\")",
        "public class User {",
        "  @Id Long id;",
        "  @Column(name = \"`order`\") Integer order;",
        "}"))).compilation();
    assertThat(compilation).succeeded();
    assertTrue(compilation.warnings().stream().noneMatch(w -> w.getMessage(null).contains("RTR-930")),
        compilation.warnings().toString());
  }

  @Test
  void anUnknownValueOfTheOptionIsAnError() {
    Compilation compilation = ProcessorHarness.compile(List.of(USER), "retort.autoQuoteKeyword=yes").compilation();
    assertThat(compilation).hadErrorContaining("RTR-901 The processor option -Aretort.autoQuoteKeyword=yes");
  }

  @Test
  void theListIsTheServersOwnReservedWords(TestDatabase db) throws Exception {
    Set<String> server = new TreeSet<>();
    int major;
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("select word from pg_get_keywords() where catcode = 'R'")) {
        while (rows.next()) {
          server.add(rows.getString(1));
        }
      }
      major = connection.getMetaData().getDatabaseMajorVersion();
    }
    if (major == 15) {
      assertEquals(server, new TreeSet<>(PostgresReservedWords.WORDS));
    } else {
      // Other versions may reserve more words; every word of PostgreSQL 15's list must still be reserved.
      assertTrue(server.containsAll(PostgresReservedWords.WORDS), "PostgreSQL " + major + " reserves " + server);
    }
  }
}
