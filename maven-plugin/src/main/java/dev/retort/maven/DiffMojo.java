package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort diff}: the live database against the entities, printed as operations; fails the build if there is any. */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DiffMojo extends RetortMojo {

  @Override
  List<String> commandArguments() {
    return new ArrayList<>();
  }

  @Override
  String command() {
    return "diff";
  }
}
