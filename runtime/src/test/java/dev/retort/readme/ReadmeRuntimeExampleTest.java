package dev.retort.readme;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.Retort;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Runs the runtime example of README.md, and checks that the README still shows exactly this code. */
@PostgresTest
class ReadmeRuntimeExampleTest {

  // README:migration-begin
  public static final class CreateVehicles implements Migration {
    @Override
    public Revision revision() {
      return Revision.base("20261121_0900_create_vehicles", "create vehicles");
    }

    @Override
    public void upgrade(Operations op) {
      op.createTable("vehicles", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("vin", varchar(17)).notNull())
          .column(column("year", integer()).notNull())
          .primaryKey("vehicles_pkey", "id")
          .unique("uk_vehicles_vin", "vin"));
      op.createIndex("vehicles", index("ix_vehicles_year", "year"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropIndex("vehicles", index("ix_vehicles_year", "year"));
      op.dropTable("vehicles", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("vin", varchar(17)).notNull())
          .column(column("year", integer()).notNull())
          .primaryKey("vehicles_pkey", "id")
          .unique("uk_vehicles_vin", "vin"));
    }
  }
  // README:migration-end

  static MigrationReport boot(DataSource dataSource) {
    // README:boot-begin
    MigrationReport report = Retort.configure()
        .dataSource(dataSource)
        .migrations(new CreateVehicles())
        .load()
        .upgrade();
    System.out.println(report.summary());
    // README:boot-end
    return report;
  }

  @Test
  void theReadmeExampleCreatesTheTableAtBootAndIsANoOpTheSecondTime(TestDatabase db) throws Exception {
    assertEquals(List.of("20261121_0900_create_vehicles"), boot(db.dataSource()).revisions());
    assertEquals(List.of(), boot(db.dataSource()).revisions());
    db.execute("INSERT INTO vehicles (vin, year) VALUES ('1HGCM82633A004352', 2003)");
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws Exception {
    String readme = Files.readString(findReadme());
    String source = Files.readString(Path.of("src/test/java/dev/retort/readme/ReadmeRuntimeExampleTest.java"));
    for (String part : List.of("migration", "boot")) {
      String snippet = dedent(between(source, "// README:" + part + "-begin\n", "    // README:" + part + "-end")
          .replaceAll("(?m)^\\s*// README:" + part + "-end\\s*$", ""));
      assertTrue(readme.contains(snippet), "README.md must contain, verbatim:\n" + snippet);
    }
  }

  private static Path findReadme() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("runtime"))) {
      dir = dir.getParent();
    }
    return dir.resolve("README.md");
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin) + begin.length();
    int to = text.indexOf(end.strip(), from);
    return text.substring(from, to);
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }
}
