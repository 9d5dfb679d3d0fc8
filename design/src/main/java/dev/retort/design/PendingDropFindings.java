package dev.retort.design;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.DeferredDrops;
import dev.retort.snapshot.PendingDrop;
import dev.retort.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What a generation says about deferred drops: those it deferred now, those it wrote, or that none was pending. */
final class PendingDropFindings {

  private PendingDropFindings() {}

  /**
   * The findings of going from {@code request}'s committed snapshot to {@code result}; {@code className} is the
   * migration written (null when none).
   */
  static List<Finding> of(Autogenerate.Request request, Snapshot result, String className, Path snapshotFile) {
    List<PendingDrop> before = request.committed().pendingDrops();
    List<PendingDrop> after = result.pendingDrops();
    List<Finding> findings = new ArrayList<>();
    List<PendingDrop> deferred = after.stream().filter(drop -> !before.contains(drop)).toList();
    if (!deferred.isEmpty()) {
      findings.add(Finding.warning(Subject.whole(), DesignMessage.DROPS_DEFERRED, words(deferred), snapshotFile,
          result.headRevision() == null ? "the first migration" : result.headRevision()));
    }
    if (request.drops() == DeferredDrops.Policy.APPLY_PENDING) {
      List<PendingDrop> applied = before.stream().filter(drop -> !after.contains(drop)).toList();
      if (className != null && !applied.isEmpty()) {
        findings.add(new Finding(Finding.Severity.NOTE, Subject.whole(), DesignMessage.PENDING_DROPS_WRITTEN,
            List.of(className, words(applied), request.committed().headRevision())));
      } else if (applied.isEmpty()) {
        findings.add(new Finding(Finding.Severity.NOTE, Subject.whole(), DesignMessage.NO_PENDING_DROPS, List.of(snapshotFile)));
      }
    }
    return findings;
  }

  private static String words(List<PendingDrop> drops) {
    return drops.stream().map(PendingDrop::words).collect(Collectors.joining(", "));
  }
}
