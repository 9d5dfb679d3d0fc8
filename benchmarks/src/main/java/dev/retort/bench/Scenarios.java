package dev.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scenarios of issue 8, each measuring Retort and its peers side by side. */
final class Scenarios {

  private Scenarios() {}

  /** Every scenario, in the order a full run measures them. */
  static List<Scenario> all() {
    return List.of(new Boot(), new Apply(), new Compile(), new Generate(), new Compare());
  }

  /** The probe that runs a migration tool (or a floor) against {@code url}. */
  static ProbeArgs runtimeProbe(Environment env, Fixtures fixtures, String tool, String url, boolean heap) {
    Map<String, String> values = new LinkedHashMap<>();
    String probe;
    switch (tool) {
      case "retort":
        probe = "retort-migrate";
        values.put("migrations", fixtures.retortMigrations().toString());
        break;
      case "flyway":
        probe = "flyway-migrate";
        values.put("migrations", fixtures.flywayRoot().toString());
        break;
      case "liquibase":
        probe = "liquibase-update";
        values.put("migrations", fixtures.liquibaseRoot().toString());
        break;
      case "hibernate-create":
        probe = "hibernate-create";
        values.put("classes", fixtures.entityClasses().toString());
        values.put("n", Integer.toString(fixtures.n));
        break;
      case "floor":
        probe = "floor-apply";
        values.put("sql", fixtures.floorSql().toString());
        break;
      case "jdbc-floor":
        probe = "jdbc-read-history";
        break;
      default:
        throw new IllegalArgumentException("unknown runtime tool " + tool);
    }
    values.put("url", url);
    values.put("user", env.databases().user);
    values.put("password", env.databases().password);
    values.put("heap", Boolean.toString(heap));
    return new ProbeArgs(probe, values);
  }

  static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(what);
    }
  }

  /** Boot with nothing pending: N revisions applied, the tool validates them and applies none. */
  static final class Boot extends Scenario {

    private final Map<String, String> databases = new HashMap<>();

    @Override
    String name() {
      return "boot";
    }

    @Override
    String title() {
      return "boot with nothing pending: N applied revisions, DataSource given, in-process (fresh JVM each run)";
    }

    @Override
    String target() {
      return "under 50 ms at N=1,000, and at least 20x faster than Flyway";
    }

    @Override
    List<String> tools(Environment env) {
      return List.of("retort", "flyway", "liquibase", "jdbc-floor");
    }

    @Override
    List<String> heapTools(Environment env) {
      return List.of("retort", "flyway", "liquibase");
    }

    @Override
    void setUp(Environment env, Fixtures fixtures) throws Exception {
      for (String tool : List.of("retort", "flyway", "liquibase")) {
        String url = env.databases().create("boot_" + tool + "_" + fixtures.n);
        databases.put(tool, url);
        Child.run(Child.jvm(env, List.of(), runtimeProbe(env, fixtures, tool, url, false)),
            env.logs().resolve("boot-setup-" + tool + ".log"));
        require(env.databases().tableCount(url) == fixtures.n, tool + " did not create " + fixtures.n + " tables");
      }
      databases.put("jdbc-floor", databases.get("retort"));
    }

    @Override
    Run prepare(Environment env, Fixtures fixtures, String tool, boolean heap) {
      List<String> command = Child.jvm(env, heapFlags(heap), runtimeProbe(env, fixtures, tool, databases.get(tool), heap));
      return new Run(command, result -> {
        if (tool.equals("retort") || tool.equals("flyway")) {
          require(result.detail().equals("applied=0"), tool + " applied something at boot: " + result.detail());
        }
        if (tool.equals("jdbc-floor")) {
          require(result.detail().equals("rows=" + fixtures.n), "the history has not " + fixtures.n + " rows");
        }
      });
    }

    @Override
    void tearDown(Environment env) throws Exception {
      for (String url : new java.util.HashSet<>(databases.values())) {
        env.databases().drop(url);
      }
      databases.clear();
    }
  }

  /** Apply N create-table migrations to an empty database. */
  static final class Apply extends Scenario {

    @Override
    String name() {
      return "apply";
    }

    @Override
    String title() {
      return "apply N create-table migrations to an empty database (fresh database and JVM each run)";
    }

    @Override
    String target() {
      return "within 1.25x the single-connection floor";
    }

    @Override
    List<String> tools(Environment env) {
      return List.of("retort", "flyway", "liquibase", "hibernate-create", "floor");
    }

    @Override
    Run prepare(Environment env, Fixtures fixtures, String tool, boolean heap) throws Exception {
      String url = env.databases().create("apply_" + tool.replace('-', '_') + "_" + fixtures.n);
      List<String> command = Child.jvm(env, heapFlags(heap), runtimeProbe(env, fixtures, tool, url, heap));
      return new Run(command, result -> {
        require(env.databases().tableCount(url) == fixtures.n, tool + " did not create " + fixtures.n + " tables");
        env.databases().drop(url);
      });
    }
  }

  /** javac over N entities (and the project's first migration): plain, with Retort's processor, with hibernate-processor. */
  static final class Compile extends Scenario {

    @Override
    String name() {
      return "compile";
    }

    @Override
    String title() {
      return "compile N entities and the first migration in a fresh JVM: plain javac, and the time each processor adds";
    }

    @Override
    String target() {
      return "Retort's processor adds under 10% of plain javac's time";
    }

    @Override
    List<String> tools(Environment env) {
      return List.of("javac", "retort", "hibernate-processor", "noop-processor", "javac-entities", "retort-first-build");
    }

    @Override
    boolean ratios() {
      return false;
    }

    @Override
    List<String> heapTools(Environment env) {
      return List.of("javac", "retort", "hibernate-processor");
    }

    @Override
    Run prepare(Environment env, Fixtures fixtures, String tool, boolean heap) throws Exception {
      Path out = env.work().resolve("runs/compile-" + tool);
      Fixtures.deleteTree(out);
      Path src = fixtures.project();
      String compiler = tool;
      if (tool.equals("retort-first-build")) {
        // The first build writes the first migration into the tree: it gets a copy of its own.
        src = out.resolve("src");
        Fixtures.copyTree(fixtures.entitiesOnly(), src);
        compiler = "retort";
      } else if (tool.equals("javac-entities")) {
        // The entities alone, without the first migration: the reference for the first build.
        src = fixtures.entitiesOnly();
        compiler = "javac";
      } else if (tool.equals("hibernate-processor")) {
        compiler = "hibernate";
      } else if (tool.equals("noop-processor")) {
        compiler = "noop";
      }
      Map<String, String> values = new LinkedHashMap<>();
      values.put("tool", compiler);
      values.put("src", src.toString());
      values.put("out", out.toString());
      values.put("heap", Boolean.toString(heap));
      List<String> command = Child.jvm(env, heapFlags(heap), new ProbeArgs("compile", values));
      return new Run(command, result -> {
        // The first migration of a big model comes in parts (one transaction could not lock every table).
        String expected = "migrations=" + (tool.equals("javac-entities") ? 0 : CompileProbes.migrations(fixtures.project()));
        require(result.detail().contains(expected), tool + " did not leave " + expected + ": " + result.detail());
        Fixtures.deleteTree(out);
      });
    }
  }

  /** One entity gains a column in a model of N: the processor's own time to write the migration. */
  static final class Generate extends Scenario {

    @Override
    String name() {
      return "generate";
    }

    @Override
    String title() {
      return "generate a migration after one entity changed, in a model of N (time inside the processor)";
    }

    @Override
    String target() {
      return "under 100 ms of processor time at N=1,000";
    }

    @Override
    List<String> tools(Environment env) {
      return List.of("retort");
    }

    @Override
    Run prepare(Environment env, Fixtures fixtures, String tool, boolean heap) throws Exception {
      Path out = env.work().resolve("runs/generate");
      Fixtures.deleteTree(out);
      Path src = out.resolve("src");
      Fixtures.copyTree(fixtures.project(), src);
      EntitySources.addNoteColumn(src, Math.max(1, fixtures.n / 2));
      Map<String, String> values = new LinkedHashMap<>();
      values.put("tool", "retort");
      values.put("src", src.toString());
      values.put("out", out.toString());
      values.put("measure", "processor");
      values.put("heap", Boolean.toString(heap));
      List<String> command = Child.jvm(env, heapFlags(heap), new ProbeArgs("compile", values));
      String expected = "migrations=" + (CompileProbes.migrations(fixtures.project()) + 1);
      return new Run(command, result -> {
        require(result.detail().contains(expected), "no second migration was generated: " + result.detail());
        Fixtures.deleteTree(out);
      });
    }
  }

  /** Compare the model with a live database of N tables: introspect and diff. */
  static final class Compare extends Scenario {

    private String url;

    @Override
    String name() {
      return "compare";
    }

    @Override
    String title() {
      return "compare the model with a live database of N tables (introspect and diff; fresh process each run)";
    }

    @Override
    String target() {
      return "under 300 ms at N=1,000";
    }

    @Override
    List<String> tools(Environment env) {
      List<String> tools = new ArrayList<>(List.of("retort-drift", "retort-diff", "hibernate-validate"));
      if (env.hasAlembic()) {
        tools.add("alembic");
      }
      return tools;
    }

    @Override
    void setUp(Environment env, Fixtures fixtures) throws Exception {
      url = env.databases().create("compare_" + fixtures.n);
      // The database is at the snapshot's head. The processor's first migration creates all N tables in
      // one transaction, more than PostgreSQL's default lock table holds at N=2,000; so the same schema
      // is created by the floor's statements, and Retort stamps the first migration as applied.
      Child.run(Child.jvm(env, List.of(), runtimeProbe(env, fixtures, "floor", url, false)),
          env.logs().resolve("compare-setup-schema.log"));
      Map<String, String> values = new LinkedHashMap<>();
      values.put("migrations", fixtures.projectClasses().toString());
      values.put("url", url);
      values.put("user", env.databases().user);
      values.put("password", env.databases().password);
      Child.run(Child.jvm(env, List.of(), new ProbeArgs("retort-stamp", values)), env.logs().resolve("compare-setup-stamp.log"));
      require(env.databases().tableCount(url) == fixtures.n, "the compare database has not " + fixtures.n + " tables");
    }

    @Override
    Run prepare(Environment env, Fixtures fixtures, String tool, boolean heap) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("url", url);
      values.put("user", env.databases().user);
      values.put("password", env.databases().password);
      values.put("heap", Boolean.toString(heap));
      List<String> command;
      switch (tool) {
        case "retort-drift":
          values.put("snapshot", fixtures.snapshot().toString());
          command = Child.jvm(env, heapFlags(heap), new ProbeArgs("retort-drift", values));
          break;
        case "retort-diff":
          values.put("snapshot", fixtures.snapshot().toString());
          command = Child.jvm(env, heapFlags(heap), new ProbeArgs("retort-diff", values));
          break;
        case "hibernate-validate":
          values.put("classes", fixtures.entityClasses().toString());
          values.put("n", Integer.toString(fixtures.n));
          command = Child.jvm(env, heapFlags(heap), new ProbeArgs("hibernate-validate", values));
          break;
        case "alembic":
          command = List.of(env.python(), env.alembicScript().toString(), "--url", env.databases().libpqUrl(url),
              "--n", Integer.toString(fixtures.n));
          break;
        default:
          throw new IllegalArgumentException(tool);
      }
      return new Run(command, result -> {
        if (tool.equals("retort-drift")) {
          require(result.detail().equals("findings=0"), "the drift check found drift: " + result.detail());
        }
        if (tool.equals("alembic")) {
          require(result.detail().startsWith("differences=0"), "alembic found differences: " + result.detail());
        }
      });
    }

    @Override
    void tearDown(Environment env) throws Exception {
      env.databases().drop(url);
    }
  }
}
