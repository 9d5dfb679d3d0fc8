package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command explains itself with --help and the top level lists them with the exit codes. */
class CommandLineHelpTest {

  private static final List<String> COMMANDS = List.of("init", "upgrade", "downgrade", "current", "history", "heads",
      "show", "stamp", "autogenerate", "revision", "merge", "check", "diff", "sql");

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = RetortCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void everyCommandHasHelpThatExitsZero() {
    for (String command : COMMANDS) {
      String[] result = run(command, "--help");
      assertEquals("0", result[0], command + ": " + result[2]);
      assertTrue(result[1].startsWith("Usage: retort " + command), result[1]);
    }
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndTheExitCodes() {
    String[] result = run("--help");
    assertEquals("0", result[0]);
    for (String command : COMMANDS) {
      assertTrue(result[1].contains("  " + command + " "), command + " missing from\n" + result[1]);
    }
    assertTrue(result[1].contains("5  integrity error"), result[1]);
  }

  @Test
  void noCommandPrintsTheUsage() {
    assertTrue(run()[1].startsWith("Usage: retort"));
  }
}
