package dev.retort.cli;

import picocli.CommandLine.Option;

/** How a command prints: for people (coloured on a terminal) or as JSON for machines. */
final class OutputOptions {

  @Option(names = "--json", description = "Print the result as JSON on standard output.")
  boolean json;

  @Option(names = "--debug", description = "Print the stack trace when the command fails.")
  boolean debug;

  @Option(names = "--no-color", description = "Never colour the output (NO_COLOR in the environment does the same).")
  boolean noColor;
}
