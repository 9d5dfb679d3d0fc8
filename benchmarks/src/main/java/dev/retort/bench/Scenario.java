package dev.retort.bench;

import java.util.List;

/**
 * One row of the table: what is measured for each tool at one size N. The harness calls
 * {@link #setUp} once per size, then {@link #prepare} before every child run (fresh database,
 * fresh output directory), the run's {@link Run#after} check, and {@link #tearDown}.
 */
abstract class Scenario {

  /** JVM flags of a heap-measuring run: frequent collections make the peak after a collection the peak of live data. */
  static final List<String> HEAP_FLAGS = List.of("-XX:+UseSerialGC", "-Xmn8m");

  /** One child run to make, and what to check and clean after it. */
  record Run(List<String> command, After after) {}

  @FunctionalInterface
  interface After {
    void check(Child.Result result) throws Exception;
  }

  /** The scenario's name on the command line and in the results. */
  abstract String name();

  /** What is measured, in one line. */
  abstract String title();

  /** The target for this scenario, in one line. */
  abstract String target();

  /** The tools measured, the reference first. */
  abstract List<String> tools(Environment env);

  /** Whether ratios are given against the first tool ({@code false}: as time added over the first tool). */
  boolean ratios() {
    return true;
  }

  /** The tools whose peak heap is measured once per size, in a run of their own; none by default. */
  List<String> heapTools(Environment env) {
    return List.of();
  }

  void setUp(Environment env, Fixtures fixtures) throws Exception {}

  abstract Run prepare(Environment env, Fixtures fixtures, String tool, boolean heap) throws Exception;

  void tearDown(Environment env) throws Exception {}

  static List<String> heapFlags(boolean heap) {
    return heap ? HEAP_FLAGS : List.of();
  }
}
