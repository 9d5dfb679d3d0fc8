package dev.retort.maven;

import java.io.Writer;
import java.util.function.Consumer;

/**
 * A writer that hands each complete line to a consumer (Maven's log) and keeps the whole text,
 * so that a goal's output shows as it comes and its failure can quote it.
 */
final class LineWriter extends Writer {

  private final Consumer<String> lines;
  private final StringBuilder pending = new StringBuilder();
  private final StringBuilder all = new StringBuilder();

  LineWriter(Consumer<String> lines) {
    this.lines = lines;
  }

  @Override
  public synchronized void write(char[] buffer, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      all.append(c);
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        pending.append(c);
      }
    }
  }

  @Override
  public void flush() {
    // Lines are handed on as they end; a partial line waits for its end or for close().
  }

  @Override
  public synchronized void close() {
    if (pending.length() > 0) {
      emit();
    }
  }

  /** Everything written so far. */
  synchronized String text() {
    return all.toString();
  }

  private void emit() {
    lines.accept(pending.toString());
    pending.setLength(0);
  }
}
