package dev.retort.runtime.tooling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Revisions and the parents each declares, taken as declared: the heads and the ancestor walk, the
 * one implementation of both for the runtime's {@link RevisionGraph} and the design-time engine.
 * Nothing is validated here (a parent may be unknown), so that a build can still find its head
 * while a migration's revision is being written.
 */
public final class RevisionLinks {

  private final Map<String, List<String>> parents;
  private final Set<String> named;

  private RevisionLinks(Map<String, List<String>> parents) {
    this.parents = parents;
    this.named = new HashSet<>();
    // Loops rather than lambdas: the runtime builds this at boot, where each lambda's first use costs.
    for (List<String> declared : parents.values()) {
      named.addAll(declared);
    }
  }

  /** The links of these revisions: each id with the parents it declares. */
  public static RevisionLinks of(Map<String, List<String>> parentsById) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : parentsById.entrySet()) {
      copy.put(entry.getKey(), List.copyOf(entry.getValue()));
    }
    return new RevisionLinks(copy);
  }

  /** The revisions no other revision names as a parent, sorted. */
  public List<String> heads() {
    List<String> heads = new ArrayList<>();
    for (String id : parents.keySet()) {
      if (!named.contains(id)) {
        heads.add(id);
      }
    }
    heads.sort(null);
    return heads;
  }

  /** {@code id} and every revision it descends from; an id without links is its own only ancestor. */
  public Set<String> ancestorsOrSelf(String id) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.push(id);
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(parents.getOrDefault(next, List.of()));
      }
    }
    return seen;
  }
}
