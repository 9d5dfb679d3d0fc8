package dev.retort.render.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.model.QualifiedName;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresIdentifiersTest {

  @Test
  void plainLowerCaseNamesStayBare() {
    assertEquals("vehicles", PostgresIdentifiers.quote("vehicles"));
    assertEquals("tire_rotation_2", PostgresIdentifiers.quote("tire_rotation_2"));
  }

  @Test
  void reservedWordsMixedCaseAndEmbeddedQuotesAreQuoted() {
    assertEquals("\"user\"", PostgresIdentifiers.quote("user"));
    assertEquals("\"order\"", PostgresIdentifiers.quote("order"));
    assertEquals("\"Drivers\"", PostgresIdentifiers.quote("Drivers"));
    assertEquals("\"say \"\"hi\"\"\"", PostgresIdentifiers.quote("say \"hi\""));
    assertEquals("\"a;b -- c\"", PostgresIdentifiers.quote("a;b -- c"));
    assertEquals("\"1st\"", PostgresIdentifiers.quote("1st"));
    assertEquals("\"fahrzeugübersicht\"", PostgresIdentifiers.quote("fahrzeugübersicht"));
  }

  @Test
  void qualifiedNamesQuoteEachPart() {
    assertEquals("\"Billing\".\"user\"", PostgresIdentifiers.quote(QualifiedName.of("Billing", "user")));
  }

  @Test
  void aNameOfSixtyThreeBytesIsAccepted() {
    String name = "n".repeat(63);
    assertEquals(name, PostgresIdentifiers.quote(name));
  }

  @Test
  void aNameLongerThanSixtyThreeBytesIsRejectedRatherThanTruncatedByTheServer() {
    // 32 two-byte characters: 32 characters, but 64 bytes.
    String name = "ü".repeat(32);
    RetortException error = assertThrows(RetortException.class, () -> PostgresIdentifiers.quote(name));
    assertEquals(Message.IDENTIFIER_TOO_LONG, error.catalogEntry());
    assertTrue(error.getMessage().contains(name) && error.getMessage().contains("64 bytes"), error.getMessage());
  }

  @Test
  void stringLiteralsDoubleTheirQuotes() {
    assertEquals("'it''s'", PostgresIdentifiers.literal("it's"));
    assertEquals("NULL", PostgresIdentifiers.literal(null));
  }

  @Test
  void everyKeywordTheServerDoesNotLeaveUnreservedIsQuoted(TestDatabase db) throws Exception {
    List<String> missing = new ArrayList<>();
    try (Connection connection = db.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'")) {
      while (rows.next()) {
        if (!PostgresIdentifiers.KEYWORDS.contains(rows.getString(1))) {
          missing.add(rows.getString(1));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void quotedNamesComeBackFromTheServerExactlyAsWritten(TestDatabase db) throws Exception {
    List<String> names = List.of("user", "Order", "say \"hi\"", "a;b -- c", "fahrzeugübersicht", "n".repeat(63));
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (String name : names) {
        statement.execute("CREATE TABLE " + PostgresIdentifiers.quote(name) + " (" + PostgresIdentifiers.quote(name) + " integer)");
      }
      List<String> found = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(
          "SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = c.relname"
              + " WHERE c.relnamespace = current_schema()::regnamespace ORDER BY c.relname")) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
      assertEquals(names.stream().sorted().toList(), found);
    }
  }
}
