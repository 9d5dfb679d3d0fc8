package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints the results as tables: per scenario, each tool at each size with median, min, max and its ratio. */
final class Report {

  private Report() {}

  /** The plain-text table of one scenario's samples (one size or several). */
  static String table(Scenario scenario, List<Sample> samples) {
    List<Stats> stats = Stats.summarize(samples, Sample::millis);
    List<Stats> cpu = Stats.summarize(samples, Sample::cpuMillis);
    StringBuilder out = new StringBuilder();
    out.append("\n== ").append(scenario.name()).append(": ").append(scenario.title()).append('\n');
    out.append("   target: ").append(scenario.target()).append('\n');
    out.append(String.format(Locale.ROOT, "   %-20s %6s %11s %11s %11s %11s  %s%n", "tool", "N", "median ms", "min ms",
        "max ms", "cpu ms", scenario.ratios() ? "ratio to " + reference(stats) : "added over " + reference(stats)));
    for (int i = 0; i < stats.size(); i++) {
      Stats s = stats.get(i);
      out.append(String.format(Locale.ROOT, "   %-20s %6d %11.1f %11.1f %11.1f %11.1f  %s%n", s.tool(), s.n(), s.median(),
          s.min(), s.max(), cpu.get(i).median(), relation(scenario, s, stats)));
    }
    return out.toString();
  }

  private static String reference(List<Stats> stats) {
    return stats.isEmpty() ? "-" : stats.get(0).tool();
  }

  /** The ratio of this tool's median to the reference's at the same size, or the time it adds to it. */
  static String relation(Scenario scenario, Stats s, List<Stats> all) {
    Optional<Stats> reference = all.stream().filter(r -> r.n() == s.n()).findFirst();
    if (reference.isEmpty() || reference.get() == s) {
      return scenario.ratios() ? "1.00x" : "-";
    }
    Stats ref = reference.get();
    if (scenario.ratios()) {
      return String.format(Locale.ROOT, "%.2fx", s.median() / ref.median());
    }
    double added = s.median() - ref.median();
    return String.format(Locale.ROOT, "%+.0f ms (%+.0f%%)", added, 100 * added / ref.median());
  }

  /** Writes {@code summary.md}: one Markdown table per scenario with every size, then the heap table. */
  static void writeSummary(Path file, List<Scenario> scenarios, List<Sample> samples) throws IOException {
    StringBuilder md = new StringBuilder();
    List<Stats> times = Stats.summarize(samples, Sample::millis);
    List<Stats> cpuTimes = Stats.summarize(samples, Sample::cpuMillis);
    for (Scenario scenario : scenarios) {
      List<Stats> stats = times.stream().filter(s -> s.scenario().equals(scenario.name())).toList();
      if (stats.isEmpty()) {
        continue;
      }
      md.append("### ").append(scenario.name()).append(": ").append(scenario.title()).append("\n\n");
      md.append("Target: ").append(scenario.target()).append(".\n\n");
      String relation = scenario.ratios() ? "ratio to " + stats.get(0).tool() : "added over " + stats.get(0).tool();
      md.append("| tool | N | median | min | max | ").append(relation).append(" | CPU median |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|\n");
      List<Stats> sorted = new ArrayList<>(stats);
      sorted.sort((a, b) -> a.n() != b.n() ? Integer.compare(a.n(), b.n()) : 0);
      for (Stats s : sorted) {
        double cpu = cpuTimes.stream().filter(c -> c.scenario().equals(s.scenario()) && c.tool().equals(s.tool())
            && c.n() == s.n()).findFirst().map(Stats::median).orElse(Double.NaN);
        md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s |%n", s.tool(), s.n(), duration(s.median()),
            duration(s.min()), duration(s.max()), relation(scenario, s, sorted.stream().filter(x -> x.n() == s.n()).toList()),
            duration(cpu)));
      }
      md.append('\n');
      if (scenario.name().equals("compile")) {
        md.append(processorTable(samples.stream().filter(x -> x.scenario().equals("compile")).toList()));
      }
      if (scenario.name().equals("spring-boot")) {
        md.append(migrationStepTable(samples.stream().filter(x -> x.scenario().equals("spring-boot")).toList()));
      }
    }
    List<Stats> heap = Stats.summarize(samples.stream().filter(s -> s.scenario().startsWith("heap-")).toList(),
        Sample::heapMib);
    if (!heap.isEmpty()) {
      md.append("### heap: peak live heap (largest occupancy after a collection; SerialGC, -Xmn8m)\n\n");
      md.append("| what | tool | N | peak live heap |\n|---|---|---:|---:|\n");
      List<Stats> sorted = new ArrayList<>(heap);
      sorted.sort((a, b) -> !a.scenario().equals(b.scenario()) ? a.scenario().compareTo(b.scenario())
          : !a.tool().equals(b.tool()) ? 0 : Integer.compare(a.n(), b.n()));
      for (Stats s : sorted) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f MiB |%n", s.scenario().substring("heap-".length()),
            s.tool(), s.n(), s.median()));
      }
      md.append('\n');
    }
    Files.writeString(file, md, StandardCharsets.UTF_8);
  }

  /** The time spent inside each processor (its own methods, not javac's), from the probes' details. */
  private static String processorTable(List<Sample> compile) {
    List<Sample> withProcessor = compile.stream().filter(x -> detailValue(x, "processorMs") > 0).toList();
    if (withProcessor.isEmpty()) {
      return "";
    }
    List<Stats> wall = Stats.summarize(withProcessor, x -> detailValue(x, "processorMs"));
    List<Stats> cpu = Stats.summarize(withProcessor, x -> detailValue(x, "processorCpuMs"));
    StringBuilder md = new StringBuilder("Time inside the processor itself (its `init` and `process` calls):\n\n");
    md.append("| tool | N | median | min | max | CPU median |\n|---|---:|---:|---:|---:|---:|\n");
    List<Stats> sorted = new ArrayList<>(wall);
    sorted.sort((a, b) -> Integer.compare(a.n(), b.n()));
    for (Stats s : sorted) {
      double c = cpu.stream().filter(x -> x.tool().equals(s.tool()) && x.n() == s.n()).findFirst().map(Stats::median)
          .orElse(Double.NaN);
      md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", s.tool(), s.n(), duration(s.median()),
          duration(s.min()), duration(s.max()), duration(c)));
    }
    return md.append('\n').toString();
  }

  /** The migration tool's own part of a Boot start (its initializer bean and the beans made for it), from the details. */
  private static String migrationStepTable(List<Sample> starts) {
    List<Sample> withStep = starts.stream().filter(x -> detailValue(x, "migrationMs") > 0).toList();
    if (withStep.isEmpty()) {
      return "";
    }
    List<Stats> step = Stats.summarize(withStep, x -> detailValue(x, "migrationMs"));
    StringBuilder md = new StringBuilder("The migration tool's own beans within that start (Boot's startup steps:"
        + " `retortMigrationInitializer` with `retort`, `flywayInitializer` with `flyway`):\n\n");
    md.append("| tool | N | median | min | max | ratio to ").append(step.get(0).tool()).append(" |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    List<Stats> sorted = new ArrayList<>(step);
    sorted.sort((a, b) -> Integer.compare(a.n(), b.n()));
    for (Stats s : sorted) {
      double reference = sorted.stream().filter(x -> x.n() == s.n() && x.tool().equals(step.get(0).tool()))
          .findFirst().map(Stats::median).orElse(Double.NaN);
      md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %.2fx |%n", s.tool(), s.n(), duration(s.median()),
          duration(s.min()), duration(s.max()), s.median() / reference));
    }
    return md.append('\n').toString();
  }

  /** A {@code key=number} value of a sample's detail, or -1. */
  static double detailValue(Sample sample, String key) {
    for (String part : sample.detail().split("[;,]")) {
      if (part.startsWith(key + "=")) {
        return Double.parseDouble(part.substring(key.length() + 1));
      }
    }
    return -1;
  }

  static String duration(double millis) {
    if (Double.isNaN(millis) || millis < 0) {
      return "-";
    }
    if (millis >= 10_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }
    if (millis >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }
    return String.format(Locale.ROOT, "%.1f ms", millis);
  }

  static List<Sample> readCsv(Path file) throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("scenario,")) {
        samples.add(Sample.parseCsv(line));
      }
    }
    return samples;
  }
}
