package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort upgrade}: applies the pending revisions up to {@code target}; compile first (mvn compile retort:upgrade). */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends RetortMojo {

  /** head, +N, or a revision id or unique prefix. */
  @Parameter(property = "retort.target", defaultValue = "head")
  String target;

  /** Print the SQL script instead of running it (no database needed); with outputFile, write it there. */
  @Parameter(property = "retort.sql", defaultValue = "false")
  boolean sql;

  /** Revisions whose edited, applied migrations are accepted with their new checksums. */
  @Parameter(property = "retort.acceptChecksum")
  List<String> acceptChecksum;

  @Override
  List<String> commandArguments() {
    List<String> arguments = new ArrayList<>(List.of(target));
    if (sql) {
      arguments.add("--sql");
    }
    if (acceptChecksum != null) {
      acceptChecksum.forEach(revision -> arguments.addAll(List.of("--accept-checksum", revision)));
    }
    return arguments;
  }

  @Override
  String command() {
    return "upgrade";
  }
}
