package dev.retort.runtime;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one call of the runtime did: the direction, the revisions it applied, undid or stamped in
 * order, the database's heads before and after (among this build's revisions), how long it took,
 * the revisions the database has applied that this build does not contain (a newer build's), and
 * for a stamp the revisions among its steps whose history rows it removed rather than recorded.
 */
public record MigrationReport(Direction direction, List<Step> steps, List<String> headsBefore, List<String> headsAfter,
    Duration elapsed, List<String> notInBuild, List<String> unstamped) {

  public MigrationReport {
    steps = List.copyOf(steps);
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
    notInBuild = List.copyOf(notInBuild);
    unstamped = List.copyOf(unstamped);
  }

  /** A report that removed no history row. */
  public MigrationReport(Direction direction, List<Step> steps, List<String> headsBefore, List<String> headsAfter,
      Duration elapsed, List<String> notInBuild) {
    this(direction, steps, headsBefore, headsAfter, elapsed, notInBuild, List.of());
  }

  /** A report on a database that has no revision this build does not contain. */
  public MigrationReport(Direction direction, List<Step> steps, List<String> headsBefore, List<String> headsAfter,
      Duration elapsed) {
    this(direction, steps, headsBefore, headsAfter, elapsed, List.of());
  }

  /** Which way the schema moved. */
  public enum Direction {
    UPGRADE,
    DOWNGRADE,
    STAMP
  }

  /** One revision applied, undone or stamped, and how long it took. */
  public record Step(String revision, String message, Duration elapsed) {}

  /** The revision ids of the steps, in order. */
  public List<String> revisions() {
    return steps.stream().map(Step::revision).toList();
  }

  /** How many revisions a summary names before it abbreviates. */
  private static final int LISTED = 10;

  /** One line for a log: what was done and where the database is now. */
  public String summary() {
    return summary(UnaryOperator.identity());
  }

  /** As {@link #summary()}, with each revision id written as {@code shown} gives it (a tool's short form). */
  public String summary(UnaryOperator<String> shown) {
    String at = headsAfter.isEmpty() ? "base" : names(headsAfter, shown);
    if (steps.isEmpty() && !notInBuild.isEmpty()) {
      return "Nothing to do; the database is past this build's head " + at + ", at revision(s) applied by a newer"
          + " build that this build does not contain: " + names(notInBuild, shown) + ".";
    }
    if (steps.isEmpty()) {
      return "Nothing to do; the database is at " + at + ".";
    }
    if (direction == Direction.STAMP) {
      return stampSummary(at, shown);
    }
    String verb = switch (direction) {
      case UPGRADE -> "Applied";
      case DOWNGRADE -> "Downgraded";
      case STAMP -> "Stamped";
    };
    return verb + " " + steps.size() + (steps.size() == 1 ? " revision" : " revisions") + " (" + listed(revisions(), shown)
        + ") in " + elapsed.toMillis() + " ms; the database is at " + at + ".";
  }

  /** A stamp's line: which rows it recorded and which it removed, since removing is what a stamp backwards does. */
  private String stampSummary(String at, UnaryOperator<String> shown) {
    List<String> recorded = revisions().stream().filter(id -> !unstamped.contains(id)).toList();
    List<String> parts = new java.util.ArrayList<>();
    if (!recorded.isEmpty()) {
      parts.add("Stamped " + count(recorded) + " (" + listed(recorded, shown) + ") as applied");
    }
    if (!unstamped.isEmpty()) {
      parts.add((recorded.isEmpty() ? "Removed" : "removed") + " the history rows of " + count(unstamped) + " ("
          + listed(unstamped, shown) + "), whose schema changes stay in the database");
    }
    return String.join(" and ", parts) + ", running nothing, in " + elapsed.toMillis() + " ms; the database is at "
        + at + ".";
  }

  private static String count(List<String> ids) {
    return ids.size() + (ids.size() == 1 ? " revision" : " revisions");
  }

  /** {@code ids}, or for a long run its first and last ones: a log line, not a listing. */
  private static String listed(List<String> ids, UnaryOperator<String> shown) {
    if (ids.size() <= LISTED) {
      return names(ids, shown);
    }
    return shown.apply(ids.get(0)) + ", " + shown.apply(ids.get(1)) + ", ... " + (ids.size() - 3) + " more ..., "
        + shown.apply(ids.get(ids.size() - 1));
  }

  private static String names(List<String> ids, UnaryOperator<String> shown) {
    return String.join(", ", ids.stream().map(shown).toList());
  }
}
