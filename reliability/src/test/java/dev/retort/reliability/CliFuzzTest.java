package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code retort} command line on random argument vectors (300 in CI, 3,000 at full size), run
 * in a JVM whose working directory is an empty project: every input ends with an exit code from 0
 * to 5 and, on failure, a message without a stack trace, a failed command changes no file, and a
 * password given on the command line is never printed.
 */
class CliFuzzTest {

  @Test
  void everyArgumentVectorEndsInSuccessOrOneClearErrorAndAFailureChangesNoFile(@TempDir Path project) throws Exception {
    int inputs = Size.of(300, 3000);
    List<String> command = new ArrayList<>();
    try (ChildJvm child = ChildJvm.startIn(project, List.of("-Xmx256m"), CliFuzzProcess.class, Integer.toString(inputs),
        "20261121", "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=1")) {
      assertEquals(0, child.exitCode(), child::output);
      String output = child.output();
      List<String> broken = output.lines().filter(line -> line.startsWith("BROKE ")).toList();
      assertEquals(List.of(), broken, output);
      assertEquals(Integer.toString(inputs), child.value("TRIED "), output);
      command.add(child.value("TRIED "));
    }
    Figures.record("CLI fuzz: %s argument vectors run in-process (seed 20261121): exit codes 0..5 only, a message and"
        + " no stack trace on every failure, no file changed by a failed command, no password printed", command.get(0));
  }
}
