package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.ops.OperationFacts;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationWriter;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.runtime.Retort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}: one revision, its steps in words and the SQL of its upgrade and downgrade. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a revision: its parents, message, class, what its upgrade and downgrade do, and their SQL.")
final class ShowCommand extends ProjectCommand {

  @Parameters(index = "0", paramLabel = "REV", description = "A revision id or unique prefix, head or current, each with an optional +N/-N (head-1).")
  String target;

  @Override
  int execute() {
    Retort retort = maybeConnected(true);
    String id = new RevisionExpression(retort, () -> current(retort)).single(target);
    if (id == null) {
      throw new RetortException(CliMessage.CLI_SHOW_BASE, target);
    }
    Migration migration = retort.migration(id);
    Revision revision = migration.revision();
    Operations upgrade = new Operations();
    migration.upgrade(upgrade);
    Operations downgrade = new Operations();
    migration.downgrade(downgrade);
    if (console().json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("revision", revision.id());
      json.put("shortId", shortIds().of(revision.id()));
      json.put("parents", revision.parents());
      json.put("message", revision.message());
      json.put("class", migration.getClass().getName());
      json.put("transactional", revision.transactional());
      json.put("head", retort.heads().contains(id));
      json.put("upgrade", MigrationWriter.describe(upgrade.operations()));
      json.put("upgradeSql", sql(upgrade.operations()));
      json.put("downgrade", MigrationWriter.describe(downgrade.operations()));
      json.put("downgradeSql", sql(downgrade.operations()));
      console().print(json);
      return 0;
    }
    console().line("Revision: " + console().bold(shortIds().of(revision.id())) + (retort.heads().contains(id) ? console().green(" (head)") : ""));
    console().line("Id:       " + revision.id());
    console().line("Parents:  " + (revision.parents().isEmpty() ? "<base>" : shortIds().join(revision.parents())));
    console().line("Message:  " + revision.message());
    console().line("Class:    " + migration.getClass().getName());
    if (!revision.transactional()) {
      console().line("Runs outside a transaction (non-transactional).");
    }
    section("Upgrade", upgrade.operations());
    section("Downgrade", downgrade.operations());
    return 0;
  }

  private List<String> current(Retort retort) {
    connectionOptions.required(spec.name() + " " + target);
    return retort.current();
  }

  private void section(String title, List<Operation> operations) {
    console().line("");
    console().line(console().bold(title + ":"));
    if (operations.isEmpty()) {
      console().line("  (nothing)");
      return;
    }
    MigrationWriter.describe(operations).forEach(line -> console().line("  - " + line));
    console().line("");
    sql(operations).forEach(statement -> console().line("  " + statement.replace("\n", "\n  ")));
  }

  private static List<String> sql(List<Operation> operations) {
    PostgresSqlRenderer renderer = new PostgresSqlRenderer();
    List<String> statements = new ArrayList<>();
    for (Operation operation : operations) {
      if (OperationFacts.of(operation).javaStep()) {
        String description = ((Operation.RunJava) operation).description();
        statements.add("-- Java step \"" + description + "\": only the runtime runs it");
      } else {
        renderer.render(operation).forEach(sql -> statements.add(sql + ";"));
      }
    }
    return statements;
  }
}
