package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort history}: the revisions, newest first, with their state when a database is configured. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends RetortMojo {

  /** Show each revision's parents, class and history row. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  /** Only the revisions of FROM:TO (base:head, 1a2b:head). */
  @Parameter(property = "retort.range")
  String range;

  @Override
  List<String> commandArguments() {
    List<String> arguments = new ArrayList<>();
    if (verbose) {
      arguments.add("--verbose");
    }
    if (range != null && !range.isBlank()) {
      arguments.addAll(List.of("--rev-range", range));
    }
    return arguments;
  }

  @Override
  String command() {
    return "history";
  }
}
