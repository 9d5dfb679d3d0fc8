package dev.retort.cli;

import dev.retort.message.RetortException;
import dev.retort.migration.Revision;
import dev.retort.model.SchemaModel;
import dev.retort.design.Engine;
import dev.retort.runtime.tooling.RevisionGraph;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort merge -m MSG [REV REV... | heads]}: a merge revision that joins branches, and the
 * snapshot of the merged schema, which replaces a snapshot git left in conflict.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Write a merge revision joining two or more heads (after merging git branches that each added a"
        + " migration), and the snapshot of the merged schema.")
final class MergeCommand extends ProjectCommand {

  @Parameters(arity = "0..*", paramLabel = "REV",
      description = "The revisions to join (ids or unique prefixes), or heads (the default) for every head.")
  List<String> revisions = new ArrayList<>();

  @Option(names = {"-m", "--message"}, paramLabel = "MSG", defaultValue = "merge heads",
      description = "The merge revision's message. Default: ${DEFAULT-VALUE}.")
  String message;

  @Option(names = "--timestamp", paramLabel = "YYYY-MM-DDTHH:MM",
      description = "The creation time that names the migration (UTC). Default: now.")
  LocalDateTime timestamp;

  @Override
  int execute() {
    Path directory = project().migrationsDirectory();
    RevisionGraph graph = RevisionGraph.of(MigrationSources.load(project()), false);
    List<String> parents = chosen(graph, directory);
    Set<String> needed = new HashSet<>();
    parents.forEach(id -> needed.addAll(graph.ancestorsOrSelf(id)));
    Replay replay = Replay.of(graph, needed);
    if (!replay.complete()) {
      throw new RetortException(CliMessage.CLI_MERGE_REPLAY_FAILED, replay.stoppedAt(), replay.reason());
    }
    SchemaModel merged = replay.model();
    LocalDateTime created = timestamp != null ? timestamp : LocalDateTime.now(ZoneOffset.UTC);
    Engine.Layout layout = new Engine.Layout(directory, project().migrationPackage(), project().snapshotFile());
    Engine.Generation generation = Engine.merge(parents, merged, message, created, layout);
    MigrationFiles.write(generation);
    Revision revision = generation.head().revision();
    Path file = generation.headFile();
    if (console().json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("revision", revision.id());
      json.put("parents", parents);
      json.put("file", file.toString());
      json.put("snapshot", project().snapshotFile().toString());
      console().print(json);
    } else {
      console().line("Generated " + console().bold(AutogenerateCommand.relative(file)) + " (revision " + revision.id()
          + ") merging " + String.join(" and ", parents));
      console().line("Wrote the merged schema to " + AutogenerateCommand.relative(project().snapshotFile())
          + "; build, review and commit both.");
    }
    return 0;
  }

  private List<String> chosen(RevisionGraph graph, Path directory) {
    List<String> ids = new ArrayList<>();
    boolean allHeads = revisions.isEmpty() || revisions.equals(List.of("heads"));
    if (allHeads) {
      ids.addAll(graph.heads());
      if (ids.size() < 2) {
        throw new RetortException(CliMessage.CLI_NOTHING_TO_MERGE, directory, ids.isEmpty() ? "no revision" : ids.get(0));
      }
      return ids;
    }
    for (String given : revisions) {
      String id = graph.resolve(given);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (ids.size() < 2) {
      throw new RetortException(CliMessage.CLI_NOT_MERGEABLE, String.join(" ", revisions), "it names one revision");
    }
    for (String a : ids) {
      for (String b : ids) {
        if (!a.equals(b) && graph.ancestorsOrSelf(b).contains(a)) {
          throw new RetortException(CliMessage.CLI_NOT_MERGEABLE, String.join(" ", revisions),
              a + " is an ancestor of " + b + ", so they are not on separate branches");
        }
      }
    }
    return ids;
  }
}
