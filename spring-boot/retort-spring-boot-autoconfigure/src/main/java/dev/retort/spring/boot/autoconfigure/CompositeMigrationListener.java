package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationReport;
import java.util.List;

/** Tells every listener bean, in order, about each revision; the runtime takes one listener. */
record CompositeMigrationListener(List<MigrationListener> listeners) implements MigrationListener {

  CompositeMigrationListener {
    listeners = List.copyOf(listeners);
  }

  @Override
  public void starting(String revision, String message, int index, int total) {
    listeners.forEach(listener -> listener.starting(revision, message, index, total));
  }

  @Override
  public void finished(MigrationReport.Step step, int index, int total) {
    listeners.forEach(listener -> listener.finished(step, index, total));
  }
}
