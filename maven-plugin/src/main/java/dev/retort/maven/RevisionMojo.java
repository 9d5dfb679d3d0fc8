package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort revision}: writes an empty migration after the head, for a hand-written data migration. */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RevisionMojo extends RetortMojo {

  /** What the migration does; it names the class. */
  @Parameter(property = "retort.message", required = true)
  String message;

  /** The creation time that names the migration (UTC, YYYY-MM-DDTHH:MM). Default: now. */
  @Parameter(property = "retort.timestamp")
  String timestamp;

  @Override
  List<String> commandArguments() {
    List<String> arguments = new ArrayList<>(List.of("--message", message));
    if (timestamp != null && !timestamp.isBlank()) {
      arguments.addAll(List.of("--timestamp", timestamp));
    }
    return arguments;
  }

  @Override
  String command() {
    return "revision";
  }
}
