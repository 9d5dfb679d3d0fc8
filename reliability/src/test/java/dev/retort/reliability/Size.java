package dev.retort.reliability;

/**
 * The size a reliability test runs at: {@code ci} by default, small enough for {@code .ci/run};
 * {@code full} under {@code -Preliability-full}, the sizes docs/reliability.md reports.
 */
final class Size {

  private Size() {}

  /** Whether the full sizes were asked for. */
  static boolean full() {
    return "full".equals(System.getProperty("reliability.size", "ci"));
  }

  /** {@code ci} at the CI size, {@code full} at the full size. */
  static int of(int ci, int full) {
    return full() ? full : ci;
  }

  /** The name of the size, for figures. */
  static String name() {
    return full() ? "full" : "ci";
  }
}
