package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort merge}: after a git merge, writes the merge revision and the merged snapshot. */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends RetortMojo {

  /** What the merge revision says. */
  @Parameter(property = "retort.message", defaultValue = "merge heads")
  String message;

  /** The revisions to merge. Default: every head. */
  @Parameter(property = "retort.revisions")
  List<String> revisions;

  /** The creation time that names the migration (UTC, YYYY-MM-DDTHH:MM). Default: now. */
  @Parameter(property = "retort.timestamp")
  String timestamp;

  @Override
  List<String> commandArguments() {
    List<String> arguments = new ArrayList<>(List.of("--message", message));
    if (timestamp != null && !timestamp.isBlank()) {
      arguments.addAll(List.of("--timestamp", timestamp));
    }
    if (revisions != null) {
      arguments.addAll(revisions);
    }
    return arguments;
  }

  @Override
  String command() {
    return "merge";
  }
}
