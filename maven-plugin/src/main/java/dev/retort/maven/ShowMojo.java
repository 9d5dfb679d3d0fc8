package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort show}: one revision's parents, message, class, steps in words and SQL. */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMojo extends RetortMojo {

  /** A revision id or unique prefix, or head. */
  @Parameter(property = "retort.target", defaultValue = "head")
  String target;

  @Override
  List<String> commandArguments() {
    return List.of(target);
  }

  @Override
  String command() {
    return "show";
  }
}
