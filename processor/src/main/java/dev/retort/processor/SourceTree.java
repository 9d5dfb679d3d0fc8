package dev.retort.processor;

import com.sun.source.util.Trees;
import java.net.URI;
import java.nio.file.Path;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds the source root a class was read from: its source file's directory, less one directory
 * per package name segment. Needs javac's tree API; other compilers must name the root with
 * {@code -Aretort.sourceRoot}.
 */
final class SourceTree {

  private SourceTree() {}

  /** Where a class's source root is, or why it is not known. */
  record Root(Path path, boolean inMemory) {

    /** Found on disk. */
    static Root of(Path path) {
      return new Root(path, false);
    }

    /** The source was not read from a file (a test harness compiling in memory): nothing to write into. */
    static Root memory() {
      return new Root(null, true);
    }

    /** The compiler cannot say (it is not javac): the option must name the root. */
    static Root unknown() {
      return new Root(null, false);
    }
  }

  /** The source root of {@code type}. */
  static Root rootOf(ProcessingEnvironment env, TypeElement type) {
    try {
      var path = Trees.instance(env).getPath(type);
      if (path == null) {
        return Root.unknown();
      }
      URI uri = path.getCompilationUnit().getSourceFile().toUri();
      if (!"file".equals(uri.getScheme())) {
        return Root.memory();
      }
      Path directory = Path.of(uri).getParent();
      String packageName = packageOf(env, type);
      if (!packageName.isEmpty()) {
        for (int i = 0; i < packageName.split("\\.").length && directory != null; i++) {
          directory = directory.getParent();
        }
      }
      return directory == null ? Root.unknown() : Root.of(directory);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // Not javac: Trees.instance refuses other environments.
      return Root.unknown();
    }
  }

  static String packageOf(ProcessingEnvironment env, TypeElement type) {
    PackageElement pkg = env.getElementUtils().getPackageOf(type);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  /** The directory of {@code packageName} under {@code root}. */
  static Path packageDirectory(Path root, String packageName) {
    Path directory = root;
    if (!packageName.isEmpty()) {
      for (String segment : packageName.split("\\.")) {
        directory = directory.resolve(segment);
      }
    }
    return directory;
  }
}
