package dev.retort.cli;

import dev.retort.migration.Revision;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import dev.retort.runtime.tooling.ShortIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history}: the revisions, newest first, with their state in the database when one is given. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List the revisions, newest first; with a database, mark which are applied, pending or current.")
final class HistoryCommand extends ProjectCommand {

  @Option(names = {"--verbose", "-v"}, description = "Show each revision's parents, class and history row.")
  boolean verbose;

  @Option(names = {"-r", "--rev-range"}, paramLabel = "FROM:TO",
      description = "Only the revisions from FROM to TO, both included: base, head, current, an id or unique prefix, each"
          + " with an optional +N/-N (current-1); -N:TO counts back from TO, FROM:+N on from FROM; an empty FROM is base,"
          + " an empty TO the heads.")
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
    List<Revision> revisions = new ArrayList<>(selected(retort, current, database));
    ShortIds shortIds = shortIds();
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
        entry.put("shortId", shortIds.of(info.id()));
        entry.put("parents", info.applied().parents());
        entry.put("message", info.applied().message());
        entry.put("head", false);
        entry.put("current", current.contains(info.id()));
        entry.put("state", "not_in_build");
        entry.put("applied", Reports.row(info.applied(), shortIds));
        list.add(entry);
      }
      for (Revision revision : revisions) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", revision.id());
        entry.put("shortId", shortIds.of(revision.id()));
        entry.put("parents", revision.parents());
        entry.put("message", revision.message());
        entry.put("head", heads.contains(revision.id()));
        entry.put("current", current.contains(revision.id()));
        RevisionInfo info = infos.get(revision.id());
        entry.put("state", info == null ? null : info.state().name().toLowerCase(Locale.ROOT));
        entry.put("applied", info == null || info.applied() == null ? null : Reports.row(info.applied(), shortIds));
        list.add(entry);
      }
      console().print(Map.of("revisions", list));
      return 0;
    }
    if (revisions.isEmpty() && notInBuild.isEmpty()) {
      console().line(range == null ? "No revisions yet: retort revision or autogenerate writes the first."
          : "No revisions in " + range + ": it ends at base" + (database && current.isEmpty() ? " (the database is at base)." : "."));
    }
    for (RevisionInfo info : notInBuild) {
      List<String> parents = info.applied().parents();
      console().line((parents.isEmpty() ? "<base>" : shortIds.join(parents)) + " -> " + console().bold(shortIds.of(info.id()))
          + (current.contains(info.id()) ? console().green(" (current)") : "") + ", " + info.applied().message() + " "
          + console().yellow("[applied, not in this build]"));
    }
    for (Revision revision : revisions) {
      String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
      StringBuilder line = new StringBuilder((revision.parents().isEmpty() ? "<base>" : shortIds.join(revision.parents()))
          + " -> " + console().bold(shortIds.of(revision.id())));
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
        console().line("    id: " + revision.id());
        console().line("    parents: " + parents + (revision.transactional() ? "" : "; non-transactional"));
        if (info != null && info.applied() != null) {
          console().line("    applied " + info.applied().appliedAt() + " by " + info.applied().appliedBy() + " in "
              + info.applied().executionMillis() + " ms, checksum " + info.applied().checksum());
        }
      }
    }
    return 0;
  }

  private List<Revision> selected(Retort retort, List<String> current, boolean database) {
    List<Revision> all = retort.revisions();
    if (range == null) {
      return all;
    }
    RevisionExpression expressions = new RevisionExpression(retort, () -> {
      if (!database) {
        connectionOptions.required(spec.name() + " -r " + range); // says how to give one
      }
      return current;
    });
    RevisionRange parsed = RevisionRange.parse(range, expressions);
    if (parsed.reversed()) {
      console().note("Reading " + range + " as the range from its older end to its newer one; history lists newest first.");
    }
    return parsed.select(all, expressions);
  }
}
