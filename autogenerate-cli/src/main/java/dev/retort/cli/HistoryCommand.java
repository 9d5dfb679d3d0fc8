package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Revision;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history}: the revisions, newest first, with their state in the database when one is given. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List the revisions, newest first; with a database, mark which are applied, pending or current.")
final class HistoryCommand extends ProjectCommand {

  @Option(names = {"--verbose", "-v"}, description = "Show each revision's parents, class and history row.")
  boolean verbose;

  @Option(names = {"-r", "--rev-range"}, paramLabel = "FROM:TO",
      description = "Only the revisions from FROM to TO, both included (base, head, current, an id or prefix).")
  String range;

  @Override
  int execute() {
    Retort retort = maybeConnected(true);
    boolean database = hasDatabase();
    Map<String, RevisionInfo> infos = new LinkedHashMap<>();
    if (database) {
      retort.info().forEach(info -> infos.put(info.id(), info));
    }
    List<String> current = database ? retort.current() : List.of();
    List<String> heads = retort.heads();
    List<Revision> revisions = new ArrayList<>(selected(retort, current));
    Collections.reverse(revisions);
    // Newest first: a newer build's revisions were applied after every revision of this build they follow.
    List<RevisionInfo> notInBuild = new ArrayList<>();
    for (RevisionInfo info : infos.values()) {
      if (info.state() == RevisionInfo.State.UNKNOWN) {
        notInBuild.add(0, info);
      }
    }
    if (console().json()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (RevisionInfo info : notInBuild) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", info.id());
        entry.put("parents", info.applied().parents());
        entry.put("message", info.applied().message());
        entry.put("head", false);
        entry.put("current", current.contains(info.id()));
        entry.put("state", "not_in_build");
        entry.put("applied", Reports.row(info.applied()));
        list.add(entry);
      }
      for (Revision revision : revisions) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", revision.id());
        entry.put("parents", revision.parents());
        entry.put("message", revision.message());
        entry.put("head", heads.contains(revision.id()));
        entry.put("current", current.contains(revision.id()));
        RevisionInfo info = infos.get(revision.id());
        entry.put("state", info == null ? null : info.state().name().toLowerCase(Locale.ROOT));
        entry.put("applied", info == null || info.applied() == null ? null : Reports.row(info.applied()));
        list.add(entry);
      }
      console().print(Map.of("revisions", list));
      return 0;
    }
    for (RevisionInfo info : notInBuild) {
      List<String> parents = info.applied().parents();
      console().line((parents.isEmpty() ? "<base>" : String.join(", ", parents)) + " -> " + console().bold(info.id())
          + (current.contains(info.id()) ? console().green(" (current)") : "") + ", " + info.applied().message() + " "
          + console().yellow("[applied, not in this build]"));
    }
    for (Revision revision : revisions) {
      String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
      StringBuilder line = new StringBuilder(parents + " -> " + console().bold(revision.id()));
      if (heads.contains(revision.id())) {
        line.append(console().green(" (head)"));
      }
      if (current.contains(revision.id())) {
        line.append(console().green(" (current)"));
      }
      if (revision.parents().size() > 1) {
        line.append(" (mergepoint)");
      }
      line.append(", ").append(revision.message());
      RevisionInfo info = infos.get(revision.id());
      if (info != null && info.state() != RevisionInfo.State.APPLIED) {
        String state = info.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        line.append(" ").append(info.state() == RevisionInfo.State.PENDING ? console().yellow("[" + state + "]")
            : info.state() == RevisionInfo.State.STAMPED ? console().dim("[" + state + "]") : console().red("[" + state + "]"));
      }
      console().line(line.toString());
      if (verbose) {
        console().line("    parents: " + parents + (revision.transactional() ? "" : "; non-transactional"));
        if (info != null && info.applied() != null) {
          console().line("    applied " + info.applied().appliedAt() + " by " + info.applied().appliedBy() + " in "
              + info.applied().executionMillis() + " ms, checksum " + info.applied().checksum());
        }
      }
    }
    return 0;
  }

  private List<Revision> selected(Retort retort, List<String> current) {
    List<Revision> all = retort.revisions();
    if (range == null) {
      return all;
    }
    int colon = range.indexOf(':');
    if (colon < 0) {
      throw new RetortException(Message.CLI_RANGE_INVALID, range);
    }
    Set<String> upTo = reach(retort, range.substring(colon + 1), current, true);
    Set<String> from = reach(retort, range.substring(0, colon), current, false);
    List<Revision> chosen = new ArrayList<>();
    for (Revision revision : all) {
      if (upTo.contains(revision.id()) && !from.contains(revision.id())) {
        chosen.add(revision);
      }
    }
    return chosen;
  }

  /**
   * For the end of a range, the revisions up to it (ancestors and itself); for the start, the
   * revisions strictly before it, which the range leaves out.
   */
  private static Set<String> reach(Retort retort, String bound, List<String> current, boolean inclusive) {
    List<Revision> all = retort.revisions();
    Set<String> ids = new HashSet<>();
    if (bound.isEmpty() || bound.equals("base")) {
      return ids;
    }
    List<String> ends = bound.equals("head") || bound.equals("heads") ? retort.heads()
        : bound.equals("current") ? current : List.of(retort.resolve(bound));
    Map<String, Revision> byId = new LinkedHashMap<>();
    all.forEach(r -> byId.put(r.id(), r));
    List<String> stack = new ArrayList<>(ends);
    while (!stack.isEmpty()) {
      String id = stack.remove(stack.size() - 1);
      if (ids.add(id)) {
        stack.addAll(byId.get(id).parents());
      }
    }
    if (!inclusive) {
      ids.removeAll(ends);
    }
    return ids;
  }
}
