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
    return List.of(new Boot(), new Apply(), new Compile(), new Generate(), new Compare(), new SpringBoot());
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

  /**
   * A Spring Boot 4.0 application with the N entities and Hibernate validating them, started with
   * N revisions applied and nothing pending: migrated by Retort's starter, by Flyway's
   * auto-configuration, or by neither (the floor); the same application, the same class path but
   * for the migrations, one switched on per run. Its probe is {@code benchmarks/spring-boot}.
   */
  static final class SpringBoot extends Scenario {

    private final Map<String, String> databases = new HashMap<>();

    @Override
    String name() {
      return "spring-boot";
    }

    @Override
    String title() {
      return "Spring Boot startup with nothing pending: N applied revisions, Hibernate validating N entities"
          + " (fresh JVM each run; detail migrationMs: the migration tool's own beans)";
    }

    @Override
    String target() {
      return "the starter costs Boot's startup less than Flyway's auto-configuration does";
    }

    @Override
    List<String> tools(Environment env) {
      return List.of("retort-starter", "flyway-autoconfig", "no-migration-tool");
    }

    @Override
    void setUp(Environment env, Fixtures fixtures) throws Exception {
      for (String tool : List.of("retort-starter", "flyway-autoconfig")) {
        String url = env.databases().create("spring_" + tool.replace('-', '_') + "_" + fixtures.n);
        databases.put(tool, url);
        // The first start applies the N revisions: the history is the one the measured tool writes.
        Child.run(command(env, fixtures, tool, url), env.logs().resolve("spring-boot-setup-" + tool + ".log"));
        require(env.databases().tableCount(url) == fixtures.n, tool + " did not create " + fixtures.n + " tables");
      }
      databases.put("no-migration-tool", databases.get("retort-starter"));
    }

    @Override
    Run prepare(Environment env, Fixtures fixtures, String tool, boolean heap) throws Exception {
      return new Run(command(env, fixtures, tool, databases.get(tool)), result -> {
        if (!tool.equals("no-migration-tool")) {
          require(result.detail().contains("pending=0"), tool + " left revisions pending: " + result.detail());
          require(Report.detailValue(new Sample(name(), tool, fixtures.n, 0, 0, 0, 0, 0, 0, result.detail()),
              "migrationMs") > 0, tool + " reported no migration step: " + result.detail());
        }
      });
    }

    /** The Boot probe's JVM: Boot's class path, the entities, and the tool's migrations (none for the floor). */
    private static List<String> command(Environment env, Fixtures fixtures, String tool, String url) throws Exception {
      Path probe = bootProbeDirectory();
      List<String> classPath = new ArrayList<>(List.of(probe.resolve("classes").toString(),
          java.nio.file.Files.readString(probe.resolve("boot-probe.classpath")).strip(), fixtures.entityClasses().toString()));
      switch (tool) {
        case "retort-starter" -> classPath.add(fixtures.retortMigrations().toString());
        case "flyway-autoconfig" -> classPath.add(fixtures.flywayRoot().toString());
        case "no-migration-tool" -> { }
        default -> throw new IllegalArgumentException("unknown Spring Boot tool " + tool);
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(env.jvmFlags());
      command.add("-cp");
      command.add(String.join(java.io.File.pathSeparator, classPath));
      command.add("dev.retort.bench.boot.BootProbe");
      command.addAll(List.of("tool=" + tool, "n=" + fixtures.n, "url=" + url, "user=" + env.databases().user,
          "password=" + env.databases().password));
      return command;
    }

    /** {@code benchmarks/spring-boot/target}, where its build put the probe's classes and class path. */
    private static Path bootProbeDirectory() {
      Path dir = Path.of(System.getProperty("bench.boot.probe", "benchmarks/spring-boot/target")).toAbsolutePath();
      require(java.nio.file.Files.isRegularFile(dir.resolve("boot-probe.classpath")),
          dir + "/boot-probe.classpath is missing: build benchmarks/spring-boot first (benchmarks/run does)");
      return dir;
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
