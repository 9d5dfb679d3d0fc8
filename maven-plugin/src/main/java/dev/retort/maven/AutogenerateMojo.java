package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort autogenerate}: writes the next migration and snapshot from the entities' changes; compile first. */
@Mojo(name = "autogenerate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class AutogenerateMojo extends RetortMojo {

  /** What the migration does; it names the class. Default: a summary of the changes. */
  @Parameter(property = "retort.message")
  String message;

  /** Compare the entities with the live database instead of the snapshot, to adopt hand-made changes. */
  @Parameter(property = "retort.againstDb", defaultValue = "false")
  boolean againstDb;

  /** The creation time that names the migration (UTC, YYYY-MM-DDTHH:MM). Default: now. */
  @Parameter(property = "retort.timestamp")
  String timestamp;

  @Override
  List<String> commandArguments() {
    List<String> arguments = new ArrayList<>();
    if (message != null && !message.isBlank()) {
      arguments.addAll(List.of("--message", message));
    }
    if (againstDb) {
      arguments.add("--against-db");
    }
    if (timestamp != null && !timestamp.isBlank()) {
      arguments.addAll(List.of("--timestamp", timestamp));
    }
    return arguments;
  }

  @Override
  String command() {
    return "autogenerate";
  }
}
