package dev.retort.sample.fleet;

import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.RevisionInfo;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The revision history as the service prints it: one line per revision, code and database joined. */
final class RevisionHistory {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

  private RevisionHistory() {}

  /** {@code STATE revision-id  message  (applied ...)}, parents first, as Retort.info() lists them. */
  static List<String> lines(List<RevisionInfo> revisions) {
    int width = revisions.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (RevisionInfo revision : revisions) {
      StringBuilder line = new StringBuilder();
      line.append(String.format("%-8s %-" + width + "s", revision.state(), revision.id()));
      if (revision.revision() != null) {
        line.append("  ").append(revision.revision().message());
        if (revision.revision().parents().size() > 1) {
          line.append(" (joins ").append(String.join(" and ", revision.revision().parents())).append(')');
        }
      }
      AppliedRevision applied = revision.applied();
      if (applied != null) {
        line.append("  [").append(WHEN.format(applied.appliedAt())).append(" by ").append(applied.appliedBy())
            .append(", ").append(applied.executionMillis()).append(" ms]");
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
