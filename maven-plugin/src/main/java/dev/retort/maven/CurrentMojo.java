package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort current}: the revision(s) the database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends RetortMojo {

  /** Show when, by whom and how fast each was applied. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  @Override
  List<String> commandArguments() {
    return verbose ? List.of("--verbose") : new ArrayList<>();
  }

  @Override
  String command() {
    return "current";
  }
}
