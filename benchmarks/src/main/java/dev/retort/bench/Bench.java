package dev.retort.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark harness: {@code Bench [scenario...|all] --n 100,1000,2000 --reps 5 --warmup 1}.
 * For each size it generates the fixtures once, then runs every scenario with each tool in a child
 * process of its own, the tools alternating within each repetition, and prints median, min, max and
 * the ratio to Retort. Samples go to {@code results.csv} as they come (so an interrupted run keeps
 * what it measured); the summary to {@code summary.md}, and the chart to {@code benchmarks.png}.
 * {@code Bench chart <results.csv[,more.csv]> <out.png>} redraws the chart from earlier results, and
 * {@code Bench report <results.csv[,more.csv]> <summary.md>} rewrites the summary.
 */
public final class Bench {

  private Bench() {}

  /** The parsed command line. */
  record Options(List<String> scenarios, List<Integer> sizes, int reps, int warmup, String jdbcUrl, String user,
      String password, Path work, Path chart, boolean heap, boolean keepFixtures, List<String> tools) {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && (args[0].equals("chart") || args[0].equals("report"))) {
      // Redraws the chart, or rewrites the summary, from the results.csv of one or more earlier runs.
      List<Sample> samples = new ArrayList<>();
      for (String csv : args[1].split(",")) {
        samples.addAll(Report.readCsv(Path.of(csv)));
      }
      if (args[0].equals("chart")) {
        Chart.write(samples, Path.of(args[2]));
      } else {
        Report.writeSummary(Path.of(args[2]), Scenarios.all(), samples);
      }
      System.out.println(args[0] + " written to " + args[2]);
      return;
    }
    Options options = parse(args);
    int exit = run(options, System.out);
    System.exit(exit);
  }

  static Options parse(String[] args) {
    List<String> scenarios = new ArrayList<>();
    List<Integer> sizes = List.of(100);
    int reps = 5;
    int warmup = 1;
    String url = firstNonEmpty(System.getenv("RETORT_TEST_JDBC_URL"), "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = firstNonEmpty(System.getenv("RETORT_TEST_USER"), "postgres");
    String password = firstNonEmpty(System.getenv("RETORT_TEST_PASSWORD"), "");
    Path work = Path.of("benchmarks/target/bench");
    Path chart = null;
    boolean heap = true;
    boolean keep = false;
    List<String> tools = List.of();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--n":
          sizes = Arrays.stream(args[++i].split(",")).map(s -> Integer.parseInt(s.strip().replace("_", ""))).toList();
          break;
        case "--reps":
          reps = Integer.parseInt(args[++i]);
          break;
        case "--warmup":
          warmup = Integer.parseInt(args[++i]);
          break;
        case "--jdbc":
          url = args[++i];
          break;
        case "--user":
          user = args[++i];
          break;
        case "--password":
          password = args[++i];
          break;
        case "--work":
          work = Path.of(args[++i]);
          break;
        case "--chart":
          chart = Path.of(args[++i]);
          break;
        case "--no-heap":
          heap = false;
          break;
        case "--keep-fixtures":
          keep = true;
          break;
        case "--tools":
          tools = List.of(args[++i].split(","));
          break;
        default:
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg
                + "; usage: Bench [all|boot|apply|compile|generate|compare|spring-boot ...] [--n 100,1000] [--reps 5] [--warmup 1]"
                + " [--jdbc URL --user U --password P] [--work DIR] [--chart PNG] [--no-heap] [--keep-fixtures] [--tools a,b]");
          }
          scenarios.add(arg);
      }
    }
    if (scenarios.isEmpty() || scenarios.contains("all")) {
      scenarios = Scenarios.all().stream().map(Scenario::name).toList();
    }
    return new Options(scenarios, sizes, reps, warmup, url, user, password, work.toAbsolutePath(), chart, heap, keep, tools);
  }

  /** Runs the options' scenarios and writes the results; returns the process exit code. */
  static int run(Options options, PrintStream out) throws Exception {
    failures.clear();
    Files.createDirectories(options.work());
    Path csv = options.work().resolve("results.csv");
    Files.writeString(csv, Sample.CSV_HEADER + "\n", StandardCharsets.UTF_8);
    List<Scenario> scenarios = new ArrayList<>();
    for (Scenario scenario : Scenarios.all()) {
      if (options.scenarios().contains(scenario.name())) {
        scenarios.add(scenario);
      }
    }
    if (scenarios.size() != options.scenarios().size()) {
      throw new IllegalArgumentException("unknown scenario among " + options.scenarios() + "; known: "
          + Scenarios.all().stream().map(Scenario::name).toList());
    }
    List<Sample> samples = new ArrayList<>();
    try (Databases databases = new Databases(options.jdbcUrl(), options.user(), options.password())) {
      // An interrupted run (Ctrl-C, kill) still drops the databases it created.
      Thread cleanup = new Thread(() -> {
        try {
          databases.dropAll();
        } catch (Exception e) {
          System.err.println("could not drop the benchmark databases: " + e.getMessage());
        }
      });
      Runtime.getRuntime().addShutdownHook(cleanup);
      Environment env = environment(options, databases);
      out.println("Retort benchmarks: scenarios " + options.scenarios() + ", N " + options.sizes() + ", " + options.reps()
          + " repetitions after " + options.warmup() + " warm-up; " + Runtime.getRuntime().availableProcessors()
          + " cores, load average " + loadAverage() + "; Alembic " + (env.hasAlembic() ? "found" : "not installed (skipped)"));
      for (int n : options.sizes()) {
        long started = System.nanoTime();
        Fixtures fixtures = Fixtures.generate(options.work().resolve("fixtures"), n);
        out.printf(Locale.ROOT, "N=%d: fixtures generated in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
        for (Scenario scenario : scenarios) {
          List<Sample> measured = runScenario(env, options, scenario, fixtures, csv, out);
          samples.addAll(measured);
          out.println(Report.table(scenario, measured.stream().filter(s -> s.scenario().equals(scenario.name())).toList()));
        }
        if (!options.keepFixtures()) {
          Fixtures.deleteTree(fixtures.root);
        }
      }
    }
    Report.writeSummary(options.work().resolve("summary.md"), scenarios, samples);
    Path chart = options.chart() != null ? options.chart() : options.work().resolve("benchmarks.png");
    Chart.write(samples, chart);
    out.println("results: " + csv + ", " + options.work().resolve("summary.md") + ", chart " + chart);
    if (!failures.isEmpty()) {
      out.println("FAILED: " + failures);
      return 1;
    }
    return 0;
  }

  private static List<Sample> runScenario(Environment env, Options options, Scenario scenario, Fixtures fixtures, Path csv,
      PrintStream out) throws Exception {
    List<Sample> samples = new ArrayList<>();
    List<String> tools = scenario.tools(env).stream()
        .filter(t -> options.tools().isEmpty() || options.tools().contains(t)).toList();
    scenario.setUp(env, fixtures);
    // A tool that fails is reported and left out of the rest of this size; the other tools go on.
    java.util.Set<String> failed = new java.util.HashSet<>();
    try {
      for (int r = -options.warmup(); r < options.reps(); r++) {
        // The tools take turns within each repetition, starting one further along each time.
        for (int k = 0; k < tools.size(); k++) {
          String tool = tools.get(Math.floorMod(k + r, tools.size()));
          if (!failed.contains(tool)) {
            attempt(env, scenario, scenario.name(), fixtures, tool, r, false, csv, out, samples, failed);
          }
        }
      }
      if (options.heap()) {
        for (String tool : scenario.heapTools(env)) {
          if (tools.contains(tool) && !failed.contains(tool)) {
            attempt(env, scenario, "heap-" + scenario.name(), fixtures, tool, 0, true, csv, out, samples, failed);
          }
        }
      }
    } finally {
      scenario.tearDown(env);
    }
    if (!failed.isEmpty()) {
      failures.addAll(failed.stream().map(t -> scenario.name() + "/" + t + " at N=" + fixtures.n).toList());
    }
    return samples;
  }

  /** What failed in this run, for the exit code and the last lines of the output. */
  private static final List<String> failures = new ArrayList<>();

  private static void attempt(Environment env, Scenario scenario, String label, Fixtures fixtures, String tool, int rep,
      boolean heap, Path csv, PrintStream out, List<Sample> samples, java.util.Set<String> failed) throws Exception {
    try {
      samples.add(measure(env, scenario, label, fixtures, tool, rep, heap, csv, out));
    } catch (IllegalStateException e) {
      failed.add(tool);
      out.println("  FAILED " + label + " N=" + fixtures.n + " " + tool + ": " + e.getMessage());
    }
  }

  private static Sample measure(Environment env, Scenario scenario, String label, Fixtures fixtures, String tool, int rep,
      boolean heap, Path csv, PrintStream out) throws Exception {
    Scenario.Run run = scenario.prepare(env, fixtures, tool, heap);
    Child.Result result = Child.run(run.command(),
        env.logs().resolve(label + "-" + tool + "-n" + fixtures.n + "-r" + rep + ".log"));
    run.after().check(result);
    Sample sample = new Sample(label, tool, fixtures.n, rep, result.millis(), result.cpuMillis(), result.processMillis(),
        result.heapMib(), loadAverage(), result.detail());
    try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
      writer.write(sample.csv() + "\n");
    }
    out.printf(Locale.ROOT, "  %-8s N=%-5d %-20s %s %10.1f ms (cpu %8.1f ms, load %5.2f)%s  (%s)%n", label, fixtures.n, tool,
        rep < 0 ? "warm-up" : "rep " + rep + "  ", result.millis(), result.cpuMillis(), sample.load(),
        heap ? String.format(Locale.ROOT, "  heap %.1f MiB", result.heapMib()) : "", result.detail());
    return sample;
  }

  private static Environment environment(Options options, Databases databases) throws IOException, InterruptedException {
    String classPath = firstNonEmpty(System.getProperty("surefire.test.class.path"), System.getProperty("java.class.path"));
    Path logging = options.work().resolve("logging.properties");
    Files.writeString(logging, "handlers=java.util.logging.ConsoleHandler\n.level=WARNING\n"
        + "java.util.logging.ConsoleHandler.level=WARNING\n", StandardCharsets.UTF_8);
    List<String> flags = List.of(
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-Dorg.jboss.logging.provider=slf4j",
        "-Djava.util.logging.config.file=" + logging,
        // Liquibase would otherwise try to send usage analytics over the network at every update.
        "-Dliquibase.analytics.enabled=false",
        "-Dliquibase.showBanner=false");
    String python = alembicPython();
    Path script = options.work().resolve("alembic_compare.py");
    try (InputStream in = Bench.class.getResourceAsStream("/alembic_compare.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return new Environment(classPath, flags, options.work(), databases, python, script);
  }

  /** Debian's Python with python3-alembic and python3-psycopg2, or null when this machine lacks them. */
  private static String alembicPython() throws IOException, InterruptedException {
    for (String python : List.of("/usr/bin/python3")) {
      if (!Files.isExecutable(Path.of(python))) {
        continue;
      }
      Process check = new ProcessBuilder(python, "-c", "import alembic, sqlalchemy, psycopg2")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0) {
        return python;
      }
    }
    return null;
  }

  /** The one-minute load average, or -1 where /proc/loadavg does not exist. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static Map<String, String> titles() {
    Map<String, String> titles = new LinkedHashMap<>();
    Scenarios.all().forEach(s -> titles.put(s.name(), s.title()));
    return titles;
  }

  private static String firstNonEmpty(String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }
}
