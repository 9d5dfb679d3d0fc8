package dev.retort.cli;

import dev.retort.runtime.Durations;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.tooling.ShortIds;

/** Prints "migration n of N" with the elapsed time as the runtime applies or undoes revisions. */
final class Progress implements MigrationListener {

  private final Console console;
  private final String verb;
  private final ShortIds shortIds;
  private final long started = System.nanoTime();

  Progress(Console console, String verb, ShortIds shortIds) {
    this.console = console;
    this.verb = verb;
    this.shortIds = shortIds;
  }

  @Override
  public void starting(String revision, String message, int index, int total) {
    console.note(console.dim("[" + index + "/" + total + "] ") + verb + " " + console.bold(shortIds.of(revision)) + " (" + message + ")");
  }

  @Override
  public void waitingForLock(String scope, String holder, java.time.Duration timeout) {
    console.note(console.yellow("Waiting for the migration lock on " + scope + ", held by " + holder + "; waiting at most "
        + Durations.format(timeout) + " (--lock-timeout)."));
  }

  @Override
  public void finished(MigrationReport.Step step, int index, int total) {
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    console.note(console.dim("[" + index + "/" + total + "] ") + console.green("done") + " in "
        + step.elapsed().toMillis() + " ms" + console.dim(" (elapsed " + Reports.seconds(elapsed) + ")"));
  }
}
