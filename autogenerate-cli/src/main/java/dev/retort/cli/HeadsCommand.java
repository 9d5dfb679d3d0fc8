package dev.retort.cli;

import dev.retort.migration.Revision;
import dev.retort.runtime.Retort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort heads}: the revisions no other revision follows; more than one means unmerged branches. */
@Command(name = "heads", mixinStandardHelpOptions = true,
    description = "Show the head revisions of the migrations; two or more mean branches that need retort merge.")
final class HeadsCommand extends ProjectCommand {

  @Option(names = {"--verbose", "-v"}, description = "Show each head's parents too.")
  boolean verbose;

  @Override
  int execute() {
    Retort retort = maybeConnected(true);
    List<String> heads = retort.heads();
    if (console().json()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (String id : heads) {
        Revision revision = retort.migration(id).revision();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", id);
        entry.put("shortId", shortIds().of(id));
        entry.put("parents", revision.parents());
        entry.put("message", revision.message());
        list.add(entry);
      }
      console().print(Map.of("heads", list));
      return 0;
    }
    for (String id : heads) {
      Revision revision = retort.migration(id).revision();
      console().line(console().bold(shortIds().of(id)) + console().green(" (head)") + ", " + revision.message()
          + (verbose ? console().dim("  id: " + id + "  parents: " + String.join(", ", revision.parents())) : ""));
    }
    if (heads.size() > 1) {
      console().note(console().yellow(heads.size() + " heads: join them with retort merge -m \"merge heads\"."));
    }
    return 0;
  }
}
