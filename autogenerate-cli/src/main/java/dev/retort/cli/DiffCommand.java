package dev.retort.cli;

import dev.retort.live.LiveSchema;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationWriter;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.tooling.Redaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code retort diff}: what the live database lacks or has too much compared with the entities, as operations. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare the live database with the entities (as last compiled) and print the operations that"
        + " would make the database match; exit 1 if there are any.")
final class DiffCommand extends ProjectCommand {

  @Override
  int execute() {
    SchemaModel model = project().model();
    ConnectionSettings settings = connectionOptions.required(spec.name());
    List<Operation> operations = Databases.query(settings, connectionOptions.retries(spec.commandLine()), "comparing the schema", c -> LiveSchema.toReach(c, model));
    List<String> lines = MigrationWriter.describe(operations);
    String where = Redaction.ofUrl(settings.jdbcUrl());
    if (console().json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("database", where);
      json.put("operations", lines);
      console().print(json);
    } else if (lines.isEmpty()) {
      console().line(console().green("✓ ") + "The database at " + where + " matches the entities.");
    } else {
      console().line("To match the entities, the database at " + where + " needs to:");
      lines.forEach(line -> console().line("  - " + line));
    }
    return lines.isEmpty() ? 0 : 1;
  }
}
