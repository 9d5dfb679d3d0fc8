package dev.retort.runtime.tooling;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revisions of a set of migrations as a validated graph: exactly one base, no unknown parent,
 * no cycle, and (unless allowed for tools that repair branches) exactly one head. Revisions come
 * out in a deterministic topological order: parents first, then by revision id.
 */
public final class RevisionGraph {

  private final Map<String, RevisionEntry> byId;
  private final Map<String, List<String>> children;
  private final List<String> order;
  private final RevisionLinks links;

  private RevisionGraph(Map<String, RevisionEntry> byId, Map<String, List<String>> children, List<String> order) {
    this.byId = byId;
    this.children = children;
    this.order = List.copyOf(order);
    Map<String, List<String>> parents = new LinkedHashMap<>();
    for (String id : this.order) {
      parents.put(id, byId.get(id).parents());
    }
    this.links = RevisionLinks.of(parents);
  }

  /**
   * Builds and validates the graph of migrations given as objects.
   *
   * @param requireSingleHead whether several heads are an error (they are at boot; the CLI's
   *     {@code heads} and {@code merge} commands must still be able to see them)
   * @throws RetortException naming the revisions at fault
   */
  public static RevisionGraph of(Collection<? extends Migration> migrations, boolean requireSingleHead) {
    List<RevisionEntry> entries = new ArrayList<>(migrations.size());
    for (Migration migration : migrations) {
      entries.add(RevisionEntry.of(migration));
    }
    return ofEntries(entries, requireSingleHead);
  }

  /**
   * Builds and validates the graph of these revisions without loading any migration class.
   *
   * @param requireSingleHead whether several heads are an error
   * @throws RetortException naming the revisions at fault
   */
  public static RevisionGraph ofEntries(Collection<RevisionEntry> entries, boolean requireSingleHead) {
    Map<String, RevisionEntry> byId = new LinkedHashMap<>();
    for (RevisionEntry entry : entries) {
      RevisionEntry previous = byId.putIfAbsent(entry.id(), entry);
      if (previous != null) {
        throw new RetortException(Message.DUPLICATE_REVISION, entry.id(), previous.origin(), entry.origin());
      }
    }
    Map<String, List<String>> children = new HashMap<>();
    List<String> bases = new ArrayList<>();
    for (RevisionEntry entry : byId.values()) {
      children.putIfAbsent(entry.id(), new ArrayList<>());
      if (entry.parents().isEmpty()) {
        bases.add(entry.id());
      }
      for (String parent : entry.parents()) {
        if (!byId.containsKey(parent)) {
          throw new RetortException(Message.UNKNOWN_PARENT, entry.id(), parent, entry.id());
        }
        List<String> siblings = children.get(parent);
        if (siblings == null) {
          siblings = new ArrayList<>();
          children.put(parent, siblings);
        }
        siblings.add(entry.id());
      }
    }
    List<String> order = topologicalOrder(byId, children);
    if (order.size() < byId.size()) {
      Set<String> inCycle = new TreeSet<>(byId.keySet());
      order.forEach(inCycle::remove);
      throw new RetortException(Message.REVISION_CYCLE, inCycle);
    }
    if (bases.size() > 1) {
      throw new RetortException(Message.MULTIPLE_BASES, bases.size(), new TreeSet<>(bases));
    }
    RevisionGraph graph = new RevisionGraph(byId, children, order);
    if (requireSingleHead && graph.heads().size() > 1) {
      throw new RetortException(Message.MULTIPLE_HEADS, graph.heads().size(), graph.heads());
    }
    return graph;
  }

  /** Kahn's algorithm, taking the smallest revision id among those ready, so the order is stable. */
  private static List<String> topologicalOrder(Map<String, RevisionEntry> byId, Map<String, List<String>> children) {
    Map<String, Integer> waitingFor = new HashMap<>();
    PriorityQueue<String> ready = new PriorityQueue<>();
    for (RevisionEntry entry : byId.values()) {
      int parents = entry.parents().size();
      waitingFor.put(entry.id(), parents);
      if (parents == 0) {
        ready.add(entry.id());
      }
    }
    List<String> order = new ArrayList<>(byId.size());
    while (!ready.isEmpty()) {
      String next = ready.poll();
      order.add(next);
      for (String child : children.getOrDefault(next, List.of())) {
        int waiting = waitingFor.get(child) - 1;
        waitingFor.put(child, waiting);
        if (waiting == 0) {
          ready.add(child);
        }
      }
    }
    return order;
  }

  /** Every revision id, parents before children. */
  public List<String> order() {
    return order;
  }

  /** Whether the graph has this revision. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The migration of a revision, loaded if it was not yet. */
  public Migration migration(String id) {
    return entry(id).migration();
  }

  /** The revisions {@code id} follows, known without loading its migration. */
  public List<String> parents(String id) {
    return entry(id).parents();
  }

  /** The fingerprint of the revision's source as the index records it, or null. */
  public String fingerprint(String id) {
    return entry(id).fingerprint();
  }

  private RevisionEntry entry(String id) {
    RevisionEntry entry = byId.get(id);
    if (entry == null) {
      throw new RetortException(Message.UNKNOWN_REVISION, id, String.join(", ", order));
    }
    return entry;
  }

  /** The revisions no other revision follows, sorted. */
  public List<String> heads() {
    return links.heads();
  }

  /** The revisions that follow {@code id} directly. */
  public List<String> childrenOf(String id) {
    return List.copyOf(children.getOrDefault(id, List.of()));
  }

  /** {@code id} and every revision it descends from. */
  public Set<String> ancestorsOrSelf(String id) {
    entry(id);
    return links.ancestorsOrSelf(id);
  }

  /** The given revisions in topological order. */
  public List<String> inOrder(Collection<String> ids) {
    // One pass over the graph's order: linear, and no comparator to link at boot.
    Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
    List<String> sorted = new ArrayList<>(wanted.size());
    for (String id : order) {
      if (wanted.contains(id)) {
        sorted.add(id);
      }
    }
    return sorted;
  }

  /** The given revisions with the applied ones whose children are all unapplied: the current heads. */
  public List<String> currentHeads(Set<String> applied) {
    List<String> current = new ArrayList<>();
    for (String id : inOrder(applied)) {
      boolean childApplied = false;
      for (String child : children.getOrDefault(id, List.of())) {
        childApplied |= applied.contains(child);
      }
      if (!childApplied) {
        current.add(id);
      }
    }
    return current;
  }

  /**
   * Resolves a revision id or a unique prefix of one.
   *
   * @throws RetortException when nothing or several revisions match
   */
  public String resolve(String idOrPrefix) {
    if (byId.containsKey(idOrPrefix)) {
      return idOrPrefix;
    }
    List<String> matches = order.stream().filter(id -> id.startsWith(idOrPrefix)).toList();
    if (matches.isEmpty()) {
      throw new RetortException(Message.UNKNOWN_REVISION, idOrPrefix, order.isEmpty() ? "none" : String.join(", ", order));
    }
    if (matches.size() > 1) {
      throw new RetortException(Message.AMBIGUOUS_REVISION, idOrPrefix, String.join(", ", matches));
    }
    return matches.get(0);
  }
}
