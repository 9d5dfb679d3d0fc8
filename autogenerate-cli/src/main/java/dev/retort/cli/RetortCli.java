package dev.retort.cli;

import dev.retort.message.Category;
import dev.retort.message.RetortException;
import dev.retort.runtime.tooling.Redaction;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code retort} command: Alembic's vocabulary over Retort's engine and runtime. */
@Command(
    name = "retort",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Schema migrations generated from JPA entities, applied to PostgreSQL.",
    subcommands = {
        InitCommand.class, UpgradeCommand.class, DowngradeCommand.class, CurrentCommand.class, HistoryCommand.class,
        HeadsCommand.class, ShowCommand.class, StampCommand.class, AutogenerateCommand.class, RevisionCommand.class,
        MergeCommand.class, CheckCommand.class, DiffCommand.class, SqlCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  differences found (check, diff)",
        "  2  usage error: a wrong argument, option or project",
        "  3  the database is unreachable or refused the connection or a privilege",
        "  4  a migration failed and was rolled back",
        "  5  integrity error: checksum mismatch, unknown revision, several heads",
        "  6  a bug in Retort (run again with --debug and report it)",
        "  7  the compiled classes are older than their sources: compile (mvn compile) and run again"})
public final class RetortCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns its exit code; never throws. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new RetortCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(RetortCli::exitCode);
    commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
      report(failure, line);
      return exitCode(failure);
    });
    commandLine.setParameterExceptionHandler((failure, args2) -> {
      CommandLine line = failure.getCommandLine();
      // picocli quotes the arguments it could not match, and a connection URL typed without --url
      // carries its password.
      line.getErr().println("retort: " + Redaction.ofUrl(failure.getMessage()));
      line.getErr().println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for the usage.");
      return Category.USAGE.exitCode();
    });
    try {
      return commandLine.execute(ArgumentOrder.commandWordFirst(commandLine, args));
    } catch (RuntimeException | Error e) {
      // picocli handles everything it calls; this guards the handlers themselves.
      err.println(CliMessage.CLI_UNEXPECTED.format(String.valueOf(e)));
      return Category.INTERNAL.exitCode();
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int exitCode(Throwable failure) {
    if (failure instanceof DiagnosedFailure diagnosed) {
      return diagnosed.failure().category().exitCode();
    }
    if (failure instanceof RetortException retort) {
      return retort.category().exitCode();
    }
    if (failure instanceof CommandFailure) {
      return ((CommandFailure) failure).exitCode();
    }
    return Category.INTERNAL.exitCode();
  }

  private static void report(Throwable failure, CommandLine line) {
    PrintWriter err = line.getErr();
    boolean debug = line.getParseResult() != null && debugRequested(line);
    if (line.getParseResult() != null && line.getParseResult().hasMatchedOption("--json")
        && !(failure instanceof CommandFailure)) {
      JsonError.print(line.getOut(), failure, exitCode(failure));
    }
    if (failure instanceof DiagnosedFailure diagnosed) {
      // One paragraph: the runtime's message with its code, then the CLI's diagnosis with its own.
      err.println(Console.paragraph(Redaction.ofUrl(diagnosed.failure().getMessage().strip() + " " + diagnosed.diagnosis())));
    } else if (failure instanceof RetortException) {
      // A message may quote an argument, and an argument may be a connection URL with its password.
      err.println(Console.paragraph(Redaction.ofUrl(failure.getMessage())));
    } else if (failure instanceof CommandFailure) {
      // Already printed by the command, which chose what to say.
    } else {
      err.println(Console.paragraph(CliMessage.CLI_UNEXPECTED.format(String.valueOf(failure))));
    }
    if (debug) {
      failure.printStackTrace(err);
    }
  }

  private static boolean debugRequested(CommandLine line) {
    CommandLine.ParseResult result = line.getParseResult();
    return result.hasMatchedOption("--debug");
  }
}
