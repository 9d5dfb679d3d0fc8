package dev.retort.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The main class of every child JVM: runs one probe (one tool doing one thing once), timing only
 * the tool's own work, and prints one {@code BENCH-RESULT} line for the harness to read. JVM start,
 * argument parsing and the DataSource's creation are outside the timed part, as they are outside a
 * tool's part of an application's boot.
 */
public final class Probe {

  /** What one probe measured: the timed milliseconds and a detail that proves the work was done. */
  record Measurement(double millis, double cpuMillis, String detail, Object retained) {

    static Measurement since(long startedNanos, String detail, Object retained) {
      return new Measurement((System.nanoTime() - startedNanos) / 1e6,
          (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e6, detail, retained);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long cpuStarted;

  /**
   * Starts the timed part: returns {@code System.nanoTime()} and notes the thread's CPU time, which
   * varies far less than wall time on a shared machine.
   */
  static long start() {
    cpuStarted = THREADS.getCurrentThreadCpuTime();
    return System.nanoTime();
  }

  private Probe() {}

  public static void main(String[] args) throws Exception {
    ProbeArgs probe = ProbeArgs.parse(args);
    HeapWatch heap = probe.flag("heap") ? new HeapWatch() : null;
    Measurement measurement = run(probe);
    double heapMib = heap == null ? -1 : heap.peakMib();
    System.out.println(String.format(Locale.ROOT, "BENCH-RESULT millis=%.3f heapMib=%.2f cpuMillis=%.3f detail=%s",
        measurement.millis(), heapMib, measurement.cpuMillis(), measurement.detail().replace(' ', '_')));
    System.out.flush();
    // Some tools leave non-daemon threads behind; the probe is over.
    System.exit(0);
  }

  static Measurement run(ProbeArgs probe) throws Exception {
    switch (probe.probe()) {
      case "retort-migrate":
        return RuntimeProbes.retort(probe);
      case "flyway-migrate":
        return RuntimeProbes.flyway(probe);
      case "liquibase-update":
        return RuntimeProbes.liquibase(probe);
      case "floor-apply":
        return RuntimeProbes.floor(probe);
      case "retort-stamp":
        return RuntimeProbes.stamp(probe);
      case "jdbc-read-history":
        return RuntimeProbes.readHistory(probe);
      case "hibernate-create":
        return HibernateProbes.run(probe, "create");
      case "hibernate-validate":
        return HibernateProbes.run(probe, "validate");
      case "compile":
        return CompileProbes.compile(probe);
      case "retort-drift":
        return CompareProbes.drift(probe);
      case "retort-diff":
        return CompareProbes.diff(probe);
      default:
        throw new IllegalArgumentException("unknown probe " + probe.probe());
    }
  }
}
