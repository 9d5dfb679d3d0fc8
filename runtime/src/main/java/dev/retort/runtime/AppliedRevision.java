package dev.retort.runtime;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the history table: a revision recorded as applied (or stamped, or failed midway),
 * with its checksum at the time, who applied it, when, and how long it took.
 */
public record AppliedRevision(
    int rank,
    String revision,
    List<String> parents,
    String message,
    String checksum,
    String operation,
    OffsetDateTime appliedAt,
    String appliedBy,
    long executionMillis,
    boolean success) {

  public AppliedRevision {
    parents = List.copyOf(parents);
  }
}
