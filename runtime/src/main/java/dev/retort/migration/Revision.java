package dev.retort.migration;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a migration: its revision id, the revisions it follows (none for the first, two
 * or more for a merge), a message for people, whether it runs inside one transaction, and how long
 * its statements may wait for a lock ({@code lockWaitTimeout}, null for the project's default).
 * The lock wait is how the revision runs, not what it does, so it is no part of its checksum: it may
 * be changed after the revision was applied.
 */
public record Revision(String id, List<String> parents, String message, boolean transactional,
    Duration lockWaitTimeout) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  public Revision {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("revision id '" + id
          + "' must be 1 to 128 letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    parents = List.copyOf(parents);
    if (parents.contains(id)) {
      throw new IllegalArgumentException("revision " + id + " names itself as its parent");
    }
    if (parents.stream().distinct().count() != parents.size()) {
      throw new IllegalArgumentException("revision " + id + " names a parent twice: " + parents);
    }
    message = message == null ? "" : message;
    if (lockWaitTimeout != null && (lockWaitTimeout.isNegative() || lockWaitTimeout.isZero())) {
      throw new IllegalArgumentException("revision " + id + " has a lock wait timeout of " + lockWaitTimeout
          + "; give a positive duration");
    }
  }

  /** A revision that waits for locks as long as the project's default allows. */
  public Revision(String id, List<String> parents, String message, boolean transactional) {
    this(id, parents, message, transactional, null);
  }

  /** The first revision of a history. */
  public static Revision base(String id, String message) {
    return new Revision(id, List.of(), message, true);
  }

  /** A revision that follows {@code parent}. */
  public static Revision of(String id, String parent, String message) {
    return new Revision(id, List.of(parent), message, true);
  }

  /** A merge revision that joins two or more heads. */
  public static Revision merge(String id, List<String> parents, String message) {
    if (parents.size() < 2) {
      throw new IllegalArgumentException("merge revision " + id + " needs at least two parents, has " + parents);
    }
    return new Revision(id, parents, message, true);
  }

  /**
   * This revision, run in autocommit rather than in one transaction: needed by
   * {@code CREATE INDEX CONCURRENTLY}; a failure midway leaves the statements before it applied.
   */
  public Revision nonTransactional() {
    return new Revision(id, parents, message, false, lockWaitTimeout);
  }

  /**
   * This revision, whose statements each wait at most {@code timeout} for a lock (PostgreSQL's
   * {@code lock_timeout}) instead of the project's {@code lockWaitTimeout}: longer for a revision that
   * must get its lock on a table that is never quiet, shorter for one on the hottest table.
   */
  public Revision lockWaitTimeout(Duration timeout) {
    return new Revision(id, parents, message, transactional, java.util.Objects.requireNonNull(timeout, "timeout"));
  }
}
