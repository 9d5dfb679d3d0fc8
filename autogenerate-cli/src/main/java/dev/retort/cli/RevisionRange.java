package dev.retort.cli;

import dev.retort.message.RetortException;
import dev.retort.migration.Revision;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A range of revisions as {@code history -r} takes it, {@code FROM:TO} with both ends included: each
 * end a {@link RevisionExpression}, an empty start meaning base and an empty end the heads, a bare
 * {@code -N} at the start counting back from the end and a bare {@code +N} at the end counting on
 * from the start. A range written newest first ({@code head:base}) is read the other way round.
 */
record RevisionRange(String text, List<String> from, List<String> to, boolean reversed) {

  /** Parses {@code text} against the build's revisions. */
  static RevisionRange parse(String text, RevisionExpression expressions) {
    int colon = text.indexOf(':');
    if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
      throw new RetortException(CliMessage.CLI_RANGE_INVALID, text);
    }
    String start = text.substring(0, colon).strip();
    String end = text.substring(colon + 1).strip();
    String startExpression = start.isEmpty() ? "base" : start;
    String endExpression = end.isEmpty() ? "heads" : end;
    List<String> from = expressions.resolve(startExpression, startExpression.startsWith("-") ? endExpression : null);
    List<String> to = expressions.resolve(endExpression, endExpression.startsWith("+") ? startExpression : null);
    Set<String> upToEnd = expressions.ancestorsOrSelf(to);
    if (upToEnd.containsAll(from)) {
      return new RevisionRange(text, from, to, false);
    }
    if (expressions.ancestorsOrSelf(from).containsAll(to)) {
      return new RevisionRange(text, to, from, true);
    }
    throw new RetortException(CliMessage.CLI_RANGE_DISJOINT, text, String.join(", ", from), String.join(", ", to),
        endExpression);
  }

  /** The revisions of {@code all} (parents first) that the range holds, in the same order. */
  List<Revision> select(List<Revision> all, RevisionExpression expressions) {
    Set<String> upTo = expressions.ancestorsOrSelf(to);
    Set<String> before = new HashSet<>(expressions.ancestorsOrSelf(from));
    before.removeAll(from);
    return all.stream().filter(r -> upTo.contains(r.id()) && !before.contains(r.id())).toList();
  }
}
