package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Category;
import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import dev.retort.model.SchemaModel;
import dev.retort.evolution.ModelEvolution;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import dev.retort.migration.Operations;
import dev.retort.runtime.tooling.Planner;
import dev.retort.runtime.tooling.RevisionGraph;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotException;
import dev.retort.snapshot.SnapshotFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzes every parser of user input with jqwik (200 tries each in CI, 2,000 at full size): the
 * snapshot parser, connection URLs and {@code .env} files, upgrade/downgrade targets, offline SQL
 * ranges and revision ids. Every input ends in a result or in one catalog error of the expected
 * kind, never another exception or a hang, never a changed file, never a password in a message.
 */
class ParserFuzzTest {

  // ---------------------------------------------------------------- snapshot parser

  private static final List<String> SNAPSHOT_TOKENS = List.of("<<<<<<< HEAD\n", "=======\n", ">>>>>>> branch\n",
      "format 2", "format 99999999999999999999", "format -1", "head ", "head\n", "table ", "column ", "index ",
      "unique ", "check ", "foreign key ", "primary key ", "enum ", "sequence ", "schema ", "comment ", "\n", "\r\n",
      "\r", "\t", " ", "  ", "\"", "\"\"", "'", "(", ")", ",", ":", "=", "varchar(", "numeric(1000000000000, 2)",
      "varchar(-1)", "bigint", "not null", "default ", "-1", "\u0000", "\uFEFF", "\u2028", "#", "\\", "é", "🚀",
      "references ", "on delete cascade", "desc", "where ");

  @Provide
  Arbitrary<String> brokenSnapshots() {
    Arbitrary<String> seed = Arbitraries.of(snapshotSeeds());
    Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(SNAPSHOT_TOKENS), Arbitraries.strings().ofMaxLength(12));
    Arbitrary<Tuple.Tuple3<Integer, Double, String>> mutation = Combinators.combine(
        Arbitraries.integers().between(0, 6), Arbitraries.doubles().between(0, 1), token).as(Tuple::of);
    Arbitrary<String> mutated = Combinators.combine(seed, mutation.list().ofMinSize(1).ofMaxSize(6))
        .as(ParserFuzzTest::mutate);
    return Arbitraries.frequencyOf(Tuple.of(8, mutated), Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
  }

  @Property
  void aBrokenSnapshotIsReadOrRefusedWithTheFileAndLineAtFault(@ForAll("brokenSnapshots") String text) throws IOException {
    Path file = Files.createTempFile("fuzz", ".snapshot");
    try {
      // Lone surrogates cannot be written as UTF-8; the bytes written are what a file can hold.
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      byte[] before = Files.readAllBytes(file);
      Guard.Outcome<Snapshot> outcome = Guard.run(text,
          () -> SnapshotFormat.parse(readQuietly(file), file.getFileName().toString()));
      assertArrayEquals(before, Files.readAllBytes(file), "the snapshot file is unchanged");
      if (outcome.failure() != null) {
        assertTrue(outcome.failure() instanceof SnapshotException, () -> "not a SnapshotException for "
            + Guard.printable(text) + ": " + outcome.failure());
        SnapshotException error = (SnapshotException) outcome.failure();
        assertTrue(error.catalogEntry().code().startsWith("RTR-80"), error.getMessage());
        assertTrue(error.getMessage().contains(file.getFileName().toString()), error.getMessage());
        assertTrue(error.line() >= 1, error.getMessage());
      } else {
        // What was read writes back to text that reads as the same snapshot.
        Snapshot read = outcome.value();
        assertEquals(read, SnapshotFormat.parse(SnapshotFormat.write(read), "rewritten"));
      }
    } finally {
      Files.delete(file);
    }
  }

  private static List<String> snapshotSeeds() {
    List<String> seeds = new ArrayList<>();
    seeds.add(SnapshotFormat.write(Snapshot.initial()));
    seeds.add(SnapshotFormat.write(new Snapshot("k3", LongMigrationFixture.schemaAt("k3"))));
    for (long seed = 0; seed < 3; seed++) {
      Migration migration = TestMigration.of("h1", null, new Hostile(seed).schema(), op -> { });
      SchemaModel model = ModelEvolution.apply(SchemaModel.empty(), Operations.recordedBy(migration::upgrade));
      seeds.add(SnapshotFormat.write(new Snapshot("h1", model)));
    }
    return seeds;
  }

  private static String mutate(String seed, List<Tuple.Tuple3<Integer, Double, String>> mutations) {
    List<String> lines = new ArrayList<>(List.of(seed.split("\n", -1)));
    for (Tuple.Tuple3<Integer, Double, String> m : mutations) {
      int line = Math.min(lines.size() - 1, (int) (m.get2() * lines.size()));
      String text = lines.get(line);
      int at = Math.min(text.length(), (int) (m.get2() * (text.length() + 1)));
      switch (m.get1()) {
        case 0 -> lines.remove(line);
        case 1 -> lines.add(line, text);
        case 2 -> lines.set(line, text.substring(0, at) + m.get3() + text.substring(at));
        case 3 -> lines.set(line, text.substring(0, at));
        case 4 -> lines.add(line, m.get3());
        case 5 -> {
          int other = (line * 7 + 3) % lines.size();
          lines.set(line, lines.get(other));
          lines.set(other, text);
        }
        default -> lines.set(line, text.isEmpty() ? m.get3() : text.substring(0, at) + m.get3()
            + text.substring(Math.min(text.length(), at + 1)));
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- connection URLs and .env

  /** A URL to parse and the password written into it (null when none). */
  record UrlCase(String url, String password) {}

  private static final String PASSWORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@:/?#%&=+;'\" é";

  @Provide
  Arbitrary<UrlCase> connectionUrls() {
    Arbitrary<String> scheme = Arbitraries.of("jdbc:postgresql://", "jdbc:postgresql:", "postgresql://", "postgres://",
        "postgresql+asyncpg://", "POSTGRES://", "mysql://", "jdbc:mysql://", "", "postgresql:/", "http://");
    Arbitrary<String> user = Arbitraries.of("", "app", "app user", "ap%40p", "üser", "a:b", "%", "%zz");
    // A password that is recognisable anywhere: a fixed marker, then random hostile characters.
    Arbitrary<String> password = Arbitraries.strings().withChars(PASSWORD_CHARS).ofMinLength(0).ofMaxLength(10)
        .map(tail -> "Pw7x" + tail);
    Arbitrary<Boolean> encode = Arbitraries.of(true, false);
    Arbitrary<String> host = Arbitraries.of("localhost", "db.example", "[::1]", "::1", "h1:5432,h2:5433", "", "h:",
        "h:99999", "h:abc", "h:-1", ",", "é.example", "h:5432:1");
    Arbitrary<String> database = Arbitraries.of("", "/app", "/a%2Fb", "/é", "/%", "/?", "//", "/db/extra");
    Arbitrary<String> query = Arbitraries.of("", "?sslmode=require", "?ssl=true", "?ssl=prefer", "?user=other",
        "?password=Pw7xQUERY", "?a=1&&b", "?=", "?password", "?options=-c%20search_path%3Dx", "#frag", "?currentSchema=app");
    Arbitrary<UrlCase> structured = Combinators.combine(scheme, user, password, encode, host, database, query)
        .as((s, u, p, e, h, d, q) -> {
          String shown = e ? java.net.URLEncoder.encode(p, StandardCharsets.UTF_8) : p;
          String credentials = s.startsWith("jdbc") ? "" : (u.isEmpty() && p.isEmpty() ? "" : u + ":" + shown + "@");
          String withPassword = s.startsWith("jdbc") ? (q.isEmpty() ? "?password=" + shown : q + "&password=" + shown) : q;
          String secret = q.contains("Pw7xQUERY") ? "Pw7xQUERY" : p;
          return new UrlCase(s + credentials + h + d + withPassword, secret);
        });
    Arbitrary<UrlCase> random = Arbitraries.strings().ofMaxLength(60).map(text -> new UrlCase(text, null));
    return Arbitraries.frequencyOf(Tuple.of(6, structured), Tuple.of(1, random));
  }

  @Property
  void aConnectionUrlParsesOrIsRefusedWithOneClearErrorThatNeverShowsThePassword(@ForAll("connectionUrls") UrlCase c) {
    Guard.Outcome<ConnectionSettings> outcome = Guard.run(c.url(), () -> ConnectionSettings.parse(c.url()));
    if (outcome.failure() != null) {
      assertTrue(outcome.failure() instanceof RetortException, () -> "not a RetortException for " + c + ": " + outcome.failure());
      RetortException error = (RetortException) outcome.failure();
      assertTrue(Set.of(Message.CONNECTION_URL_INVALID, Message.CONNECTION_SETTING_INVALID).contains(error.catalogEntry()),
          error.getMessage());
      assertNoSecret(c.password(), error.getMessage());
    } else {
      ConnectionSettings settings = outcome.value();
      assertTrue(settings.jdbcUrl().startsWith("jdbc:postgresql:"), settings.jdbcUrl());
      // The JDBC URL goes to the driver only; what is shown of the settings is their toString.
      assertNoSecret(c.password(), settings.toString());
    }
  }

  @Provide
  Arbitrary<String> envFiles() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("DATABASE_URL=postgresql://app:Pw7xENV@db/app", "export DATABASE_URL='postgres://u:Pw7xENV@h/d'",
            "RETORT_URL=jdbc:postgresql://h/d", "RETORT_PASSWORD=Pw7xENV", "POSTGRES_HOST=db", "POSTGRES_PORT=abc",
            "POSTGRES_PORT=5432", "POSTGRES_PASSWORD=Pw7xENV", "POSTGRES_DB=app", "# comment", "", "   ", "=value",
            "NOEQUALS", "KEY=\"unterminated", "KEY='x'y'", "\uFEFFKEY=1", "KEY=a\\\nb", "DATABASE_URL=mysql://x",
            "DATABASE_URL=", "RETORT_URL=postgresql://u:Pw7xENV@h:99999/d"),
        Arbitraries.strings().ofMaxLength(40));
    return line.list().ofMaxSize(8).map(lines -> String.join(lines.size() % 2 == 0 ? "\n" : "\r\n", lines));
  }

  @Property
  void aDotEnvFileIsReadOrRefusedWithOneClearErrorAndIsNeverChanged(@ForAll("envFiles") String content) throws IOException {
    Path directory = Files.createTempDirectory("fuzz-env");
    Path env = directory.resolve(".env");
    try {
      Files.write(env, content.getBytes(StandardCharsets.UTF_8));
      byte[] before = Files.readAllBytes(env);
      Guard.Outcome<?> outcome = Guard.run(content, () -> ConnectionSettings.fromEnvironment(Map.of(), directory));
      assertArrayEquals(before, Files.readAllBytes(env), ".env is unchanged");
      if (outcome.failure() != null) {
        assertTrue(outcome.failure() instanceof RetortException, () -> "not a RetortException for "
            + Guard.printable(content) + ": " + outcome.failure());
        RetortException error = (RetortException) outcome.failure();
        assertEquals(Category.USAGE, error.category(), error.getMessage());
        assertNoSecret("Pw7xENV", error.getMessage());
      } else {
        assertNoSecret("Pw7xENV", outcome.value().toString());
      }
    } finally {
      Files.delete(env);
      Files.delete(directory);
    }
  }

  private static void assertNoSecret(String secret, String text) {
    if (secret == null || secret.length() < 5) {
      return;
    }
    assertFalse(text.contains(secret), () -> "the password " + secret + " shows in: " + text);
    String encoded = java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
    assertFalse(text.contains(encoded), () -> "the encoded password " + encoded + " shows in: " + text);
  }

  // ---------------------------------------------------------------- targets, ranges and revision ids

  /** base, then a branch that a merge revision joins, then a head; ids share prefixes on purpose. */
  private static final List<Migration> GRAPH = List.of(
      TestMigration.createTable("20261121_0900_base", null, "t0"),
      TestMigration.createTable("20261121_0930_left", "20261121_0900_base", "t1"),
      TestMigration.createTable("20261121_0931_right", "20261121_0900_base", "t2"),
      new TestMigration(Revision.merge("20261121_1000_merge", List.of("20261121_0930_left", "20261121_0931_right"), "m"),
          op -> { }, op -> { }),
      TestMigration.createTable("20261121_1100_head", "20261121_1000_merge", "t3"));

  private static final Set<String> TARGET_ERRORS = Set.of(Message.UNKNOWN_REVISION, Message.AMBIGUOUS_REVISION,
      Message.INVALID_TARGET, Message.RANGE_NOT_LINEAR).stream().map(Message::code).collect(java.util.stream.Collectors.toSet());

  @Provide
  Arbitrary<String> targets() {
    List<String> prefixes = new ArrayList<>();
    for (Migration migration : GRAPH) {
      String id = migration.revision().id();
      for (int i = 1; i <= id.length(); i++) {
        prefixes.add(id.substring(0, i));
      }
      prefixes.add(id + "x");
    }
    return Arbitraries.oneOf(
        Arbitraries.of("head", "heads", "base", "HEAD", "Base", "+1", "-1", "+0", "-0", "+", "-", "", " ", "++1", "+-1",
            "+99999999999999999999", "-2147483648", "+2147483647", "+١", "1", "head ", " head", "\n", "%", "*", "..",
            "base:head", "@", "current"),
        Arbitraries.of(prefixes),
        Arbitraries.integers().between(-10, 10).map(n -> (n < 0 ? "" : "+") + n),
        Arbitraries.strings().ofMaxLength(30));
  }

  @Property
  void anUpgradeDowngradeOrStampTargetIsPlannedOrRefusedAsUsage(@ForAll("targets") String target,
      @ForAll("targets") String appliedUpTo) {
    RevisionGraph graph = RevisionGraph.of(GRAPH, true);
    Planner planner = new Planner(graph);
    Guard.Outcome<Set<String>> applied = Guard.run(appliedUpTo, () -> new HashSet<>(planner.stamped(appliedUpTo)));
    Set<String> state = applied.failure() == null ? applied.value() : Set.of();
    for (String direction : List.of("upgrade", "downgrade", "stamp")) {
      Guard.Outcome<?> outcome = Guard.run(target, () -> switch (direction) {
        case "upgrade" -> planner.upgrade(target, state);
        case "downgrade" -> planner.downgrade(target, state);
        default -> planner.stamped(target);
      });
      assertPlannedOrUsage(graph, direction + " " + Guard.printable(target), outcome);
    }
    assertPlannedOrUsage(graph, "stamp " + appliedUpTo, applied);
  }

  @Property
  void anOfflineSqlRangeIsRenderedOrRefusedAsUsage(@ForAll("targets") String from, @ForAll("targets") String to) {
    Retort retort = Retort.configure().migrations(GRAPH).load();
    Guard.Outcome<String> outcome = Guard.run(from + ":" + to, () -> retort.offlineSql(from, to));
    if (outcome.failure() != null) {
      assertUsage(from + ":" + to, outcome.failure());
    } else {
      assertTrue(outcome.value().startsWith("--") || outcome.value().isEmpty() || outcome.value().contains(";"),
          outcome.value());
    }
  }

  private static void assertPlannedOrUsage(RevisionGraph graph, String what, Guard.Outcome<?> outcome) {
    if (outcome.failure() != null) {
      assertUsage(what, outcome.failure());
      return;
    }
    for (Object id : (Iterable<?>) outcome.value()) {
      assertTrue(graph.contains((String) id), what + " planned unknown revision " + id);
    }
  }

  private static void assertUsage(String what, Throwable failure) {
    assertTrue(failure instanceof RetortException, () -> what + " failed with " + failure);
    RetortException error = (RetortException) failure;
    assertEquals(Category.USAGE, error.category(), error.getMessage());
    assertTrue(TARGET_ERRORS.contains(error.catalogEntry().code()), error.getMessage());
  }

  private static final Pattern REVISION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  @Provide
  Arbitrary<String> revisionIds() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(140),
        Arbitraries.strings().withChars("abcXYZ019_.-").ofMinLength(0).ofMaxLength(130),
        Arbitraries.of("", ".", "-a", "_a", "a b", "a\n", "é", "🚀", "a".repeat(128), "a".repeat(129)));
  }

  @Property
  void aRevisionIdIsAcceptedOrRefusedWithAMessageNamingIt(@ForAll("revisionIds") String id) {
    Guard.Outcome<Revision> outcome = Guard.run(id, () -> Revision.base(id, "fuzz"));
    if (REVISION_ID.matcher(id).matches()) {
      assertNull(outcome.failure(), () -> "refused valid id " + Guard.printable(id) + ": " + outcome.failure());
    } else {
      assertTrue(outcome.failure() instanceof IllegalArgumentException, () -> "accepted or crashed on "
          + Guard.printable(id) + ": " + outcome.failure());
      assertTrue(outcome.failure().getMessage().contains("'" + id + "'"), outcome.failure().getMessage());
    }
  }
}
