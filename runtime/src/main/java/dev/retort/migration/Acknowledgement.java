package dev.retort.migration;

import java.util.Objects;

/**
 * A lint finding a migration's author accepted for one step, with the reason written down: {@code step}
 * is the step's position among the operations recorded, {@code code} the finding's catalog code.
 */
public record Acknowledgement(int step, String code, String reason) {

  public Acknowledgement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The acknowledgement of {@code code} on step {@code step}, checked as the migration states it.
   *
   * @throws IllegalArgumentException when there is no step before it, or the code or the reason is blank
   */
  public static Acknowledgement of(int step, String code, String reason) {
    String problem = problem(step, code, reason);
    if (problem != null) {
      throw new IllegalArgumentException(".acknowledge(" + code + ", " + reason + ") " + problem);
    }
    return new Acknowledgement(step, code.strip(), reason.strip());
  }

  /**
   * What is wrong with an acknowledgement, in words that follow {@code .acknowledge(..)}, or null when nothing
   * is: the one rule, shared by the runtime and the compile-time lint that reads it from source.
   */
  public static String problem(int step, String code, String reason) {
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
}
