package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort heads}: the head revisions; two or more mean unmerged branches. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends RetortMojo {

  /** Show each head's parents too. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  boolean verbose;

  @Override
  List<String> commandArguments() {
    return verbose ? List.of("--verbose") : new ArrayList<>();
  }

  @Override
  String command() {
    return "heads";
  }
}
