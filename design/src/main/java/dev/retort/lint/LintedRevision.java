package dev.retort.lint;

import dev.retort.migration.Acknowledgement;
import java.util.List;
import java.util.Objects;

/** A revision the lint checks: its id, its upgrade's steps in order, and the findings its author acknowledged. */
public record LintedRevision(String id, List<Step> steps, List<Acknowledgement> acknowledgements) {

  public LintedRevision {
    Objects.requireNonNull(id, "id");
    steps = List.copyOf(steps);
    acknowledgements = List.copyOf(acknowledgements);
  }
}
