package dev.retort.render.java;

import dev.retort.migration.Migration;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles one rendered migration with the system javac against the test classpath and loads it. */
public final class SourceCompiler {

  private SourceCompiler() {}

  /** The compiled class, instantiated; {@code dir} must outlive its use (a JUnit temp dir does). */
  public static Migration compileAndInstantiate(MigrationSource source, String code, Path dir) throws Exception {
    return compileAndInstantiate(List.of(source), List.of(code), dir).get(0);
  }

  /** The classes of {@code sources} (whose code is {@code codes}, in the same order), compiled together and instantiated. */
  public static List<Migration> compileAndInstantiate(List<MigrationSource> sources, List<String> codes, Path dir)
      throws Exception {
    List<Path> files = new java.util.ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Path file = dir.resolve("src").resolve(sources.get(i).className() + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, codes.get(i), StandardCharsets.UTF_8);
      files.add(file);
    }
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    // -Werror: a generated migration must compile cleanly, not merely compile.
    List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-Xlint:all", "-Werror",
        "-proc:none", "-classpath", classpath(), "-d", classes.toString());
    var fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    boolean ok = javac.getTask(diagnostics, fileManager, null, options, null,
        fileManager.getJavaFileObjectsFromPaths(files)).call();
    fileManager.close();
    if (!ok) {
      throw new AssertionError("the rendered source does not compile:\n" + diagnostics + "\n" + String.join("\n", codes));
    }
    // Left open: the migration may still load classes from it while the test runs.
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SourceCompiler.class.getClassLoader());
    List<Migration> migrations = new java.util.ArrayList<>();
    for (MigrationSource source : sources) {
      String binaryName = source.packageName().isEmpty() ? source.className() : source.packageName() + "." + source.className();
      migrations.add((Migration) loader.loadClass(binaryName).getDeclaredConstructor().newInstance());
    }
    return migrations;
  }

  private static String classpath() {
    // Surefire may put the real classpath in a manifest-only jar; it also publishes it here.
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }
}
