package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort sql}: the offline SQL script of an upgrade or downgrade range; with outputFile, written to that file. */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends RetortMojo {

  /** [FROM:]TO: base:head, 1a2b:head, head:base; just TO starts at base. */
  @Parameter(property = "retort.range", defaultValue = "base:head")
  String range;

  @Override
  List<String> commandArguments() {
    return List.of(range);
  }

  @Override
  String command() {
    return "sql";
  }
}
