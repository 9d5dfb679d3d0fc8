package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort stamp}: records the database at {@code target} without running anything. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends RetortMojo {

  /** head, base, or a revision id or unique prefix. */
  @Parameter(property = "retort.target", required = true)
  String target;

  @Override
  List<String> commandArguments() {
    return List.of(target);
  }

  @Override
  String command() {
    return "stamp";
  }
}
