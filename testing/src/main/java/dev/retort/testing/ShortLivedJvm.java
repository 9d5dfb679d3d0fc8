package dev.retort.testing;

import java.util.List;

/**
 * JVM options for the child processes tests start that live seconds (a {@code mvn} build of a small
 * project, one {@code retort} command): the first-tier compiler alone and the serial collector cut
 * their CPU time by a third to a half (a small project's {@code mvn compile}: 6.3 s to 3.1 s of user
 * time; {@code retort check}: 0.83 s to 0.53 s), which is their wall time on a busy two-core CI
 * machine. What the process does is unchanged.
 */
public final class ShortLivedJvm {

  /** The options, one per element. */
  public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private ShortLivedJvm() {}
}
