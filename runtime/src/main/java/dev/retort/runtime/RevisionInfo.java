package dev.retort.runtime;

import dev.retort.migration.Revision;

/**
 * A revision as code and database see it together: the revision (null when only the database
 * knows it), its row in the history (null when pending), and the state that follows.
 */
public record RevisionInfo(Revision revision, AppliedRevision applied, State state) {

  /** How the code's revision and the database's row relate. */
  public enum State {
    /** In code, not yet applied. */
    PENDING,
    /** Applied, with the checksum the code still has. */
    APPLIED,
    /** Recorded by a stamp, not run. */
    STAMPED,
    /** Applied, but the migration was edited since. */
    CHECKSUM_MISMATCH,
    /** A non-transactional migration that failed midway. */
    FAILED,
    /**
     * Applied, but not in this build: a newer build's revision (as after a rollback), or one whose
     * migration was deleted; {@link FutureRevisionPolicy} decides what a boot does about it.
     */
    UNKNOWN
  }

  /** The revision id, from the code or from the history row. */
  public String id() {
    return revision != null ? revision.id() : applied.revision();
  }
}
