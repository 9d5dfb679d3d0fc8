package dev.retort.cli;

import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.Retort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort current}: the revision(s) the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true,
    description = "Show the revision the database is at (several while branches are unmerged; none at base).")
final class CurrentCommand extends ProjectCommand {

  @Option(names = {"--verbose", "-v"}, description = "Show when, by whom and how fast each was applied.")
  boolean verbose;

  @Override
  int execute() {
    Retort retort = connected(true, dev.retort.runtime.MigrationListener.NONE);
    List<String> current = retort.current();
    List<String> heads = retort.heads();
    Set<String> inBuild = new HashSet<>();
    retort.revisions().forEach(revision -> inBuild.add(revision.id()));
    Map<String, AppliedRevision> rows = new LinkedHashMap<>();
    retort.history().forEach(row -> rows.put(row.revision(), row));
    if (console().json()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (String id : current) {
        Map<String, Object> entry = Reports.row(rows.get(id), shortIds());
        entry.put("head", heads.contains(id));
        entry.put("inBuild", inBuild.contains(id));
        list.add(entry);
      }
      console().print(Map.of("current", list));
      return 0;
    }
    if (current.isEmpty()) {
      console().line("base " + console().dim("(no revision applied)"));
    }
    for (String id : current) {
      AppliedRevision row = rows.get(id);
      console().line(console().bold(shortIds().of(id)) + (heads.contains(id) ? console().green(" (head)") : "") + ", " + row.message()
          + (inBuild.contains(id) ? "" : " " + console().yellow("[applied, not in this build]")));
      if (verbose) {
        console().line("    id: " + id);
        console().line("    applied " + row.appliedAt() + " by " + row.appliedBy() + " in " + row.executionMillis()
            + " ms (" + row.operation() + ")");
        console().line("    checksum " + row.checksum());
      }
    }
    return 0;
  }
}
