package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort check}: compares the entities, the snapshot, the migrations and (when configured) the database, and fails the build on any difference; bound to verify by default. */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public class CheckMojo extends RetortMojo {

  @Override
  List<String> commandArguments() {
    return new ArrayList<>();
  }

  @Override
  String command() {
    return "check";
  }
}
