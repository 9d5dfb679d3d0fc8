package dev.retort.cli;

import dev.retort.message.RetortException;
import dev.retort.migration.Revision;
import dev.retort.runtime.Retort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people type for a revision, resolved against the build's revisions: {@code base}, {@code head}
 * (or {@code heads}), {@code current}, an id or its shortest unambiguous prefix, each optionally followed
 * by {@code +N} or {@code -N} steps along the history (Alembic's {@code current-1}, {@code head-2},
 * {@code base+1}); a bare {@code +N} or {@code -N} counts from an anchor the caller gives.
 */
final class RevisionExpression {

  private static final Pattern STEPS = Pattern.compile("^(.*?)([+-])(\\d+)$");

  private final Map<String, Revision> byId = new LinkedHashMap<>();
  private final Map<String, List<String>> children = new LinkedHashMap<>();
  private final Retort retort;
  private final Supplier<List<String>> current;

  /** Expressions over {@code retort}'s revisions; {@code current} is asked only when an expression names it. */
  RevisionExpression(Retort retort, Supplier<List<String>> current) {
    this.retort = retort;
    this.current = current;
    for (Revision revision : retort.revisions()) {
      byId.put(revision.id(), revision);
      children.put(revision.id(), new ArrayList<>());
    }
    for (Revision revision : retort.revisions()) {
      revision.parents().forEach(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(revision.id()));
    }
  }

  /** The revisions {@code text} names: empty for base, several for head or current while branches are unmerged. */
  List<String> resolve(String text) {
    return resolve(text, null);
  }

  /**
   * As {@link #resolve(String)}, with a bare {@code +N} or {@code -N} counted from {@code anchor}
   * (an expression itself, such as the other end of a range); without an anchor it counts from current.
   */
  List<String> resolve(String text, String anchor) {
    String expression = text.strip();
    List<String> named = named(expression);
    if (named != null) {
      return named;
    }
    Matcher steps = STEPS.matcher(expression);
    if (!steps.matches()) {
      return List.of(retort.resolve(expression)); // names the revisions there are, or the ones the prefix matches
    }
    String start = steps.group(1).isEmpty() ? (anchor == null ? "current" : anchor) : steps.group(1);
    int count = Integer.parseInt(steps.group(3));
    String origin = single(start, resolve(start), expression);
    return steps.group(2).equals("+") ? forward(expression, origin, count) : backward(expression, origin, count);
  }

  /** The one revision {@code text} names, or null for base; refused when it names several. */
  String single(String text) {
    return single(text, resolve(text), text);
  }

  private List<String> named(String expression) {
    return switch (expression) {
      case "base" -> List.of();
      case "head", "heads" -> retort.heads();
      case "current" -> current.get();
      default -> byId.containsKey(expression) ? List.of(expression) : null;
    };
  }

  private static String single(String name, List<String> ids, String expression) {
    if (ids.size() > 1) {
      throw new RetortException(CliMessage.CLI_REVISION_SEVERAL, name, ids.size(), String.join(", ", ids), expression);
    }
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** {@code count} steps towards the heads from {@code origin} (null: base). */
  private List<String> forward(String expression, String origin, int count) {
    String at = origin;
    for (int step = 1; step <= count; step++) {
      List<String> next = at == null ? roots() : children.getOrDefault(at, List.of());
      if (next.isEmpty()) {
        throw new RetortException(CliMessage.CLI_REVISION_STEP_PAST_END, expression, count, step - 1,
            at == null ? "base" : at, "head");
      }
      if (next.size() > 1) {
        throw new RetortException(CliMessage.CLI_REVISION_STEP_BRANCHES, expression, at == null ? "base" : at,
            "is followed by " + next.size() + " revisions", String.join(", ", next));
      }
      at = next.get(0);
    }
    return List.of(at);
  }

  /** {@code count} steps towards base from {@code origin} (null: base); one step past the first revision is base. */
  private List<String> backward(String expression, String origin, int count) {
    String at = origin;
    for (int step = 1; step <= count; step++) {
      if (at == null) {
        throw new RetortException(CliMessage.CLI_REVISION_STEP_PAST_END, expression, count, step - 1, "base", "base");
      }
      List<String> parents = byId.get(at).parents();
      if (parents.size() > 1) {
        throw new RetortException(CliMessage.CLI_REVISION_STEP_BRANCHES, expression, at,
            "merges " + parents.size() + " revisions", String.join(", ", parents));
      }
      at = parents.isEmpty() ? null : parents.get(0);
    }
    return at == null ? List.of() : List.of(at);
  }

  /** {@code ids} and every revision they follow. */
  java.util.Set<String> ancestorsOrSelf(List<String> ids) {
    java.util.Set<String> reached = new java.util.HashSet<>();
    List<String> stack = new ArrayList<>(ids);
    while (!stack.isEmpty()) {
      String id = stack.remove(stack.size() - 1);
      if (reached.add(id) && byId.containsKey(id)) {
        stack.addAll(byId.get(id).parents());
      }
    }
    return reached;
  }

  private List<String> roots() {
    return byId.values().stream().filter(r -> r.parents().isEmpty()).map(Revision::id).toList();
  }
}
