package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Spring Boot executable jar read as the class path it launches: its {@code BOOT-INF/classes}
 * and every {@code BOOT-INF/lib/*.jar}, unpacked once per command because neither a class loader
 * nor javac reads a jar inside a jar.
 */
final class BootJar {

  private static final String CLASSES = "BOOT-INF/classes/";
  private static final String LIB = "BOOT-INF/lib/";

  private BootJar() {}

  /** Whether {@code path} is a jar laid out as Spring Boot's executable jar. */
  static boolean is(Path path) {
    if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".jar")) {
      return false;
    }
    try (ZipFile zip = new ZipFile(path.toFile())) {
      return zip.getEntry(CLASSES) != null || zip.stream().anyMatch(e -> e.getName().startsWith(CLASSES));
    } catch (IOException e) {
      // Not a readable zip: the class loader reports it as it would any other unreadable entry.
      return false;
    }
  }

  /** The class path entries the jar launches with: its classes directory first, then its libraries in jar order. */
  static List<Path> expand(Path jar) {
    try {
      Path target = Files.createTempDirectory("retort-boot-jar");
      // Kept until the command ends: the application's classes load lazily while it runs.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
      Path classes = Files.createDirectories(target.resolve("classes"));
      Path lib = Files.createDirectories(target.resolve("lib"));
      List<Path> libraries = new ArrayList<>();
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String name = entry.getName();
          if (entry.isDirectory()) {
            continue;
          }
          if (name.startsWith(CLASSES)) {
            copy(zip, entry, classes, name.substring(CLASSES.length()));
          } else if (name.startsWith(LIB) && name.endsWith(".jar") && name.indexOf('/', LIB.length()) < 0) {
            libraries.add(copy(zip, entry, lib, name.substring(LIB.length())));
          }
        }
      }
      List<Path> path = new ArrayList<>(List.of(classes));
      path.addAll(libraries);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(ZipFile zip, ZipEntry entry, Path directory, String relative) throws IOException {
    Path file = directory.resolve(relative).normalize();
    if (!file.startsWith(directory)) {
      // An entry named ../something would escape the temporary directory; no class path needs it.
      throw new IOException(entry.getName() + " points outside the jar");
    }
    Files.createDirectories(file.getParent());
    try (InputStream in = zip.getInputStream(entry)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temporary directory left behind is harmless; the command's result is what matters.
    }
  }
}
