package dev.retort.render.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the rendered source of each {@link RenderCases} migration with its golden file under
 * {@code src/test/resources/dev/retort/render/java/<case>.java.txt}, as exact text.
 *
 * <p>After an intended change to the generated code, regenerate the files and review their diff:
 * <pre>
 * mvn -o test -pl design -Dtest='dev.retort.render.java.**' -Dretort.updateGolden=true
 * </pre>
 * The test then writes the files instead of comparing, and still passes.
 */
class MigrationWriterGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/dev/retort/render/java");

  static List<RenderCases.Case> cases() {
    return RenderCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRenderedSourceMatchesItsGoldenFileExactly(RenderCases.Case example) throws IOException {
    String rendered = MigrationWriter.render(example.source());
    Path golden = GOLDEN.resolve(example.name() + ".java.txt");
    if (Boolean.getBoolean("retort.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered,
        "rendered source differs from " + golden + "; rerun with -Dretort.updateGolden=true if intended");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void renderingTwiceGivesIdenticalText(RenderCases.Case example) {
    assertEquals(MigrationWriter.render(example.source()), MigrationWriter.render(example.source()));
  }
}
