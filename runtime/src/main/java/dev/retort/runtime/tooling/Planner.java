package dev.retort.runtime.tooling;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a target (head, base, +N, -N, a revision or a unique prefix of one) and the applied
 * revisions into the ordered revisions to upgrade or downgrade. Pure: no database.
 */
public final class Planner {

  private final RevisionGraph graph;

  public Planner(RevisionGraph graph) {
    this.graph = graph;
  }

  /** The revisions to apply, parents first, to reach {@code target} (head, +N or a revision). */
  public List<String> upgrade(String target, Set<String> applied) {
    List<String> pending = new ArrayList<>();
    for (String id : graph.order()) {
      if (!applied.contains(id)) {
        pending.add(id);
      }
    }
    if (isHead(target)) {
      return pending;
    }
    if ("base".equals(target) || target.startsWith("-")) {
      throw new RetortException(Message.INVALID_TARGET, target);
    }
    if (target.startsWith("+")) {
      int steps = count(target);
      return pending.subList(0, Math.min(steps, pending.size()));
    }
    Set<String> wanted = graph.ancestorsOrSelf(graph.resolve(target));
    return pending.stream().filter(wanted::contains).toList();
  }

  /** The revisions to undo, children first, to reach {@code target} (base, -N or a revision). */
  public List<String> downgrade(String target, Set<String> applied) {
    List<String> undo = new ArrayList<>(graph.inOrder(applied));
    Collections.reverse(undo);
    if ("base".equals(target)) {
      return undo;
    }
    if (isHead(target) || target.startsWith("+")) {
      throw new RetortException(Message.INVALID_TARGET, target);
    }
    if (target.startsWith("-")) {
      int steps = count(target);
      return undo.subList(0, Math.min(steps, undo.size()));
    }
    Set<String> keep = graph.ancestorsOrSelf(graph.resolve(target));
    return undo.stream().filter(id -> !keep.contains(id)).toList();
  }

  /** The revisions a database stamped at {@code target} (base, head or a revision) has applied. */
  public Set<String> stamped(String target) {
    if ("base".equals(target)) {
      return Set.of();
    }
    if (isHead(target)) {
      return new HashSet<>(graph.order());
    }
    return graph.ancestorsOrSelf(graph.resolve(target));
  }

  private static boolean isHead(String target) {
    return "head".equals(target) || "heads".equals(target);
  }

  private static int count(String target) {
    try {
      int steps = Integer.parseInt(target.substring(1));
      if (steps > 0) {
        return steps;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new RetortException(Message.INVALID_TARGET, target);
  }
}
