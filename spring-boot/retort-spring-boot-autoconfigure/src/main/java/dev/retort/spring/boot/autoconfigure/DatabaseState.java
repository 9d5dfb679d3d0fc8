package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import java.util.List;

/**
 * Whether the database is at the head of this build, the one rule that validate-only startup and
 * the health indicator share: every revision of the code is applied or stamped, and the database
 * has no revision the build does not know (unless those are allowed).
 *
 * @param revisions every revision of code and database with its state, as {@link Retort#info()} gives them
 * @param outstanding the revisions that keep the database from being at head, as {@code id (STATE)}
 */
record DatabaseState(List<RevisionInfo> revisions, List<String> outstanding) {

  DatabaseState {
    revisions = List.copyOf(revisions);
    outstanding = List.copyOf(outstanding);
  }

  /** Reads the history of the database {@code retort} migrates and joins it with the code's revisions. */
  static DatabaseState of(Retort retort, FutureRevisionPolicy futureRevisions) {
    List<RevisionInfo> revisions = retort.info();
    List<String> outstanding = revisions.stream()
        .filter(info -> !settled(info.state(), futureRevisions))
        .map(info -> info.id() + " (" + info.state() + ")")
        .toList();
    return new DatabaseState(revisions, outstanding);
  }

  private static boolean settled(RevisionInfo.State state, FutureRevisionPolicy futureRevisions) {
    return switch (state) {
      case APPLIED, STAMPED -> true;
      case UNKNOWN -> futureRevisions == FutureRevisionPolicy.IGNORE;
      case PENDING, CHECKSUM_MISMATCH, FAILED -> false;
    };
  }

  /** Whether nothing is outstanding. */
  boolean atHead() {
    return outstanding.isEmpty();
  }
}
