package dev.retort.cli;

import dev.retort.message.RetortException;
import dev.retort.runtime.Retort;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort sql [FROM:]TO}: the offline SQL script of a range, for review or for a DBA to run. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Print the SQL script that moves a database from FROM to TO (an upgrade, or a downgrade when TO"
        + " is older), history-table statements included. Needs no database.")
final class SqlCommand extends ProjectCommand {

  @Parameters(index = "0", paramLabel = "[FROM:]TO",
      description = "base:head, 1a2b:head, head:base, ...; just TO starts at base.")
  String range;

  @Override
  int execute() {
    return print(this, range.contains(":") ? range : "base:" + range);
  }

  /** A range end for the offline script: a step expression (head-1, base+2) resolved, anything else as given. */
  private static String offline(Retort retort, String end) {
    boolean expression = end.matches(".+[+-]\\d+") && retort.revisions().stream().noneMatch(r -> r.id().equals(end));
    if (!expression && !end.equals("current")) {
      return end;
    }
    String id = new RevisionExpression(retort, () -> {
      throw new RetortException(CliMessage.CLI_SQL_OFFLINE, end);
    }).single(end);
    return id == null ? "base" : id;
  }

  /** Prints the script of {@code range} (FROM:TO) for {@code command}'s project. */
  static int print(ProjectCommand command, String range) {
    int colon = range.indexOf(':');
    if (colon <= 0 || colon == range.length() - 1 || range.indexOf(':', colon + 1) >= 0) {
      throw new RetortException(CliMessage.CLI_RANGE_INVALID, range);
    }
    String from = range.substring(0, colon);
    String to = range.substring(colon + 1);
    Retort retort = Retort.configure()
        .migrations(command.project().migrations())
        .historyTable(command.projectOptions.historyTable)
        .historySchema(command.projectOptions.historySchema)
        .load();
    String script = retort.offlineSql(offline(retort, from), offline(retort, to));
    if (command.console().json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("from", from);
      json.put("to", to);
      json.put("sql", script);
      command.console().print(json);
    } else {
      command.console().line(script.stripTrailing());
    }
    return 0;
  }
}
