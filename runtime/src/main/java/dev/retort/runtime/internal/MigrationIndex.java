package dev.retort.runtime.internal;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * Reads the migration index, a resource listing one migration class name per line, so that the
 * runtime finds migrations without scanning the classpath. The processor writes it.
 */
public final class MigrationIndex {

  /** Where the index lives on the classpath. */
  public static final String RESOURCE = "META-INF/retort/migrations.idx";

  private MigrationIndex() {}

  /** Instantiates every migration listed in every index the class loader sees. */
  public static List<Migration> load(ClassLoader loader) {
    List<Migration> migrations = new ArrayList<>();
    try {
      Enumeration<URL> indexes = loader.getResources(RESOURCE);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = reader.readLine()) != null) {
            String className = line.strip();
            if (!className.isEmpty() && !className.startsWith("#")) {
              migrations.add(instantiate(loader, className, index));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return migrations;
  }

  private static Migration instantiate(ClassLoader loader, String className, URL index) {
    try {
      Class<?> type = Class.forName(className, true, loader);
      return (Migration) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new RetortException(e, Message.MIGRATION_NOT_INSTANTIABLE, className, index, e);
    }
  }
}
