package dev.retort.reliability;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one fuzzed input and tells how it ended: a value, or the exception it threw. An input that
 * runs for a minute is reported as a hang, naming the input; that is a hang detector, far above
 * any real parse time, not a performance assertion.
 */
final class Guard {

  private static final ExecutorService WORKER = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "fuzz-guard");
    thread.setDaemon(true);
    return thread;
  });

  /** How a run ended: exactly one of value and failure is set. */
  record Outcome<T>(T value, Throwable failure) {}

  private Guard() {}

  static <T> Outcome<T> run(String input, Supplier<T> work) {
    Future<T> future = WORKER.submit(work::get);
    try {
      return new Outcome<>(future.get(1, TimeUnit.MINUTES), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("hung for a minute on input: " + printable(input));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The input with control characters made visible, for a failure message. */
  static String printable(String input) {
    StringBuilder text = new StringBuilder();
    input.codePoints().forEach(c -> text.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c)));
    return text.toString();
  }
}
