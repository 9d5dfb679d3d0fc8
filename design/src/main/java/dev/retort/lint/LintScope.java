package dev.retort.lint;

import dev.retort.runtime.tooling.RevisionLinks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which revisions the lint checks, so that history already applied is not warned about again and again. At
 * compile time, with no database to ask, that is the tip of the history: the snapshot's head revision and the
 * revisions after it, i.e. the migration last generated and the hand-written ones written since; once a later
 * migration follows them, they are history. Against a database ({@code retort check}), it is the revisions
 * that database has not applied: exactly what its next upgrade runs.
 */
public final class LintScope {

  private LintScope() {}

  /**
   * The ids of {@code parentsById} at or after {@code snapshotHead} (all of them when it is null, none when no
   * revision has that id, so that a history the snapshot does not know is never checked whole), parents before
   * children.
   */
  public static List<String> tip(Map<String, List<String>> parentsById, String snapshotHead) {
    Set<String> history = new HashSet<>();
    if (snapshotHead != null && !parentsById.containsKey(snapshotHead)) {
      return List.of();
    }
    if (snapshotHead != null) {
      history.addAll(RevisionLinks.of(parentsById).ancestorsOrSelf(snapshotHead));
      history.remove(snapshotHead);
    }
    Set<String> checked = new HashSet<>(parentsById.keySet());
    checked.removeAll(history);
    return ordered(parentsById, checked);
  }

  /** The ids of {@code parentsById} not in {@code applied}, parents before children. */
  public static List<String> pending(Map<String, List<String>> parentsById, Set<String> applied) {
    Set<String> checked = new HashSet<>(parentsById.keySet());
    checked.removeAll(applied);
    return ordered(parentsById, checked);
  }

  /** {@code ids} with each after its parents among them; ties in id order, so the result is stable. */
  private static List<String> ordered(Map<String, List<String>> parentsById, Set<String> ids) {
    Map<String, List<String>> waiting = new LinkedHashMap<>();
    for (String id : ids) {
      waiting.put(id, parentsById.getOrDefault(id, List.of()).stream().filter(ids::contains).toList());
    }
    List<String> order = new ArrayList<>();
    Set<String> done = new HashSet<>();
    while (order.size() < ids.size()) {
      TreeSet<String> ready = new TreeSet<>();
      waiting.forEach((id, parents) -> {
        if (!done.contains(id) && done.containsAll(parents)) {
          ready.add(id);
        }
      });
      if (ready.isEmpty()) {
        // A cycle is reported elsewhere; check what is left in id order.
        ids.stream().filter(id -> !done.contains(id)).sorted().forEach(order::add);
        break;
      }
      String next = ready.first();
      order.add(next);
      done.add(next);
    }
    return order;
  }
}
