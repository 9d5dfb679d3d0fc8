package dev.retort.migration;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a migration: its revision id, the revisions it follows (none for the first, two
 * or more for a merge), a message for people, and whether it runs inside one transaction.
 */
public record Revision(String id, List<String> parents, String message, boolean transactional) {

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
    return new Revision(id, parents, message, false);
  }
}
