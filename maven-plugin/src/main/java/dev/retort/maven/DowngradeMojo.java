package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort downgrade}: undoes applied revisions, newest first, down to {@code target}. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends RetortMojo {

  /** -N, a revision id or unique prefix, or base. */
  @Parameter(property = "retort.target", required = true)
  String target;

  /** Print the SQL script instead of running it (no database needed). */
  @Parameter(property = "retort.sql", defaultValue = "false")
  boolean sql;

  @Override
  List<String> commandArguments() {
    List<String> arguments = new ArrayList<>(List.of(target));
    if (sql) {
      arguments.add("--sql");
    }
    return arguments;
  }

  @Override
  String command() {
    return "downgrade";
  }
}
