package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code retort} example of the README's command-line section, verbatim and in order,
 * with the jar as a separate process against PostgreSQL, so that the README cannot rot: an example
 * added, removed or changed there fails here until this test knows how to set the stage for it.
 */
@PostgresTest
class ReadmeCliIT {

  private static final String DRIVER = """
      @Entity
      @Table(name = "drivers")
      public class Driver {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(nullable = false) String name;
      %s}""";

  private final TestDatabase db;
  @TempDir Path directory;

  ReadmeCliIT(TestDatabase db) {
    this.db = db;
  }

  /** What a step needs before and after its command, and the exit code it must end with. */
  private record Stage(Action before, Action after, int exitCode) {}

  private interface Action {
    void run() throws Exception;
  }

  private static final Action NOTHING = () -> { };

  @Test
  void everyCommandLineExampleOfTheReadmeRunsAsWritten() throws Exception {
    FixtureProject project = new FixtureProject(directory.resolve("fleet"));
    Files.createDirectories(project.root());
    project.entity("Driver", DRIVER.formatted("")).compile();
    project.retort(Map.of(), "autogenerate", "-m", "create drivers", "--timestamp", "2026-03-01T08:00").exits(0);
    project.compile();
    Map<String, String> env = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db));

    Map<String, Stage> stages = new LinkedHashMap<>();
    stages.put("retort init", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort autogenerate -m \"add driver phone\"", new Stage(
        () -> project.entity("Driver", DRIVER.formatted("  String phone;\n")).compile(), project::compile, 0));
    stages.put("retort revision -m \"backfill driver phones\"", new Stage(NOTHING, project::compile, 0));
    stages.put("retort upgrade +1", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort upgrade head", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort current --verbose", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort history --verbose", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort history -r base:head", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort history -r -2:current", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort show current-1", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort --json heads", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort heads", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort show head", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort downgrade -1", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort downgrade base", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort upgrade", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort stamp head", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort sql base:head", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort downgrade --sql head:base", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort check", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort diff", new Stage(NOTHING, NOTHING, 0));
    stages.put("retort merge -m \"merge heads\"", new Stage(() -> twoBranches(project), () -> {
      project.compile();
      project.retort(env, "upgrade").exits(0);
    }, 0));
    stages.put("retort autogenerate --against-db -m \"adopt hand-made changes\"",
        new Stage(() -> db.execute("ALTER TABLE drivers ADD COLUMN nickname text"), NOTHING, 0));

    List<String> examples = examples();
    assertEquals(List.copyOf(stages.keySet()), examples, "the README's examples and this test's stages");
    for (String example : examples) {
      Stage stage = stages.get(example);
      stage.before().run();
      project.retort(env, arguments(example)).exits(stage.exitCode());
      stage.after().run();
    }
  }

  /** Two git branches that each add a migration after the same head, merged: two heads, a conflicted snapshot. */
  private static void twoBranches(FixtureProject project) throws Exception {
    project.gitOk("init", "-q");
    project.gitOk("add", "-A");
    project.gitOk("commit", "-qm", "base");
    project.gitOk("checkout", "-qb", "licence");
    project.entity("Driver", DRIVER.formatted("  String phone;\n  String licence;\n")).compile();
    project.retort(Map.of(), "autogenerate", "-m", "add licence", "--timestamp", "2026-03-02T08:00").exits(0);
    project.gitOk("add", "-A");
    project.gitOk("commit", "-qm", "licence");
    project.gitOk("checkout", "-q", "main");
    project.entity("Vehicle", """
        @Entity
        @Table(name = "vehicles")
        public class Vehicle {
          @Id Long id;
        }""").compile();
    project.retort(Map.of(), "autogenerate", "-m", "create vehicles", "--timestamp", "2026-03-02T09:00").exits(0);
    project.gitOk("add", "-A");
    project.gitOk("commit", "-qm", "vehicles");
    project.git("merge", "-q", "licence");
    project.compile();
  }

  /** The example lines of the README's command-line section, comments removed. */
  private static List<String> examples() throws Exception {
    String readme = Files.readString(readme());
    int start = readme.indexOf("<!-- cli-examples");
    int end = readme.indexOf("<!-- /cli-examples -->");
    List<String> lines = new ArrayList<>();
    for (String line : readme.substring(start, end).lines().toList()) {
      if (line.startsWith("retort ")) {
        lines.add(line.replaceFirst("\\s+#.*$", "").strip());
      }
    }
    return lines;
  }

  private static Path readme() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) ? here.resolve("README.md") : here.getParent().resolve("README.md");
  }

  /** The words after {@code retort}, with double-quoted words kept whole as a shell would. */
  private static String[] arguments(String example) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(example.substring("retort ".length()));
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2));
    }
    return words.toArray(String[]::new);
  }
}
