package dev.retort.read;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** The entity source sets under {@code src/test/resources/models/<name>}, one package each. */
final class TestModels {

  private TestModels() {}

  /** Every {@code .java} file of the model {@code name}, sorted by path. */
  static List<Path> files(String name) {
    URL url = TestModels.class.getClassLoader().getResource("models/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test model " + name);
    }
    try (Stream<Path> walk = Files.walk(Path.of(url.toURI()))) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The model's sources as compile-testing file objects. */
  static List<JavaFileObject> sources(String name) {
    return files(name).stream().map(TestModels::source).toList();
  }

  private static JavaFileObject source(Path file) {
    try {
      String text = Files.readString(file);
      String pkg = text.replaceAll("(?s)^.*?package\\s+([\\w.]+)\\s*;.*$", "$1");
      String simple = file.getFileName().toString().replace(".java", "");
      return JavaFileObjects.forSourceString(pkg + "." + simple, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
