package dev.retort.cli;

import dev.retort.runtime.Durations;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationReport;

/** Prints "migration n of N" with the elapsed time as the runtime applies or undoes revisions. */
final class Progress implements MigrationListener {

  private final Console console;
  private final String verb;
  private final long started = System.nanoTime();

  Progress(Console console, String verb) {
    this.console = console;
    this.verb = verb;
  }

  @Override
  public void starting(String revision, String message, int index, int total) {
    console.note(console.dim("[" + index + "/" + total + "] ") + verb + " " + console.bold(revision) + " (" + message + ")");
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
