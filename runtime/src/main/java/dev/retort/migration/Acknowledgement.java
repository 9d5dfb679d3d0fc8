package dev.retort.migration;

/**
 * A lint finding a migration's author accepted for one step, with the reason written down: {@code step} is the
 * step's position among the operations recorded (-1 when none precedes it), {@code code} the finding's catalog
 * code. Recorded as written; the lint refuses one that {@link #problem()} finds wrong.
 */
public record Acknowledgement(int step, String code, String reason) {

  /**
   * What is wrong with this acknowledgement, in words that follow {@code .acknowledge(..)}, or null when
   * nothing is: the one rule, for the lint at compile time and in {@code retort check}.
   */
  public String problem() {
    if (step < 0) {
      return "follows no step; put it right after the step it acknowledges";
    }
    if (code == null || !code.strip().matches("RTR-[0-9]{3,4}")) {
      return "names no finding code like \"RTR-1070\"";
    }
    if (reason == null || reason.isBlank()) {
      return "gives no reason; the reason is required, and says why the step is safe";
    }
    return null;
  }

  /** The arguments as {@code .acknowledge(..)} was given them, quoted. */
  public String arguments() {
    return quoted(code) + ", " + quoted(reason);
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
