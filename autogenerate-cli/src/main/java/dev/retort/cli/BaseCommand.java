package dev.retort.cli;

import dev.retort.message.RetortException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** What every command has: the output options and a console; subclasses add the options they need. */
abstract class BaseCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin OutputOptions output;

  private Console console;

  Console console() {
    if (console == null) {
      console = Console.of(spec, output);
    }
    return console;
  }

  /** The directory the command runs in: relative paths and {@code .env} are read from here. */
  static Path workingDirectory() {
    return Path.of("").toAbsolutePath();
  }

  @Override
  public final Integer call() throws Exception {
    try {
      return execute();
    } catch (RetortException failure) {
      throw explained(failure);
    }
  }

  /** The failure as reported, with what this command knows about its cause added; by default the failure itself. */
  RuntimeException explained(RetortException failure) {
    return failure;
  }

  /** Runs the command and returns its exit code; failures are thrown as RetortException. */
  abstract int execute() throws Exception;
}
