package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.compare.RenameHints;
import dev.retort.model.QualifiedName;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectDescriptionTest {

  @Test
  void aDescriptionWithRenamesReadsBackEqualAndWritesTheSameTextTwice() {
    RenameHints renames = RenameHints.none()
        .renameTable(QualifiedName.of("fleet", "cars"), QualifiedName.of("fleet", "vehicles"))
        .renameTable(QualifiedName.of("old=name: #1"), QualifiedName.of("new name"))
        .renameColumn(QualifiedName.of("drivers"), "telephone", "phone")
        .renameColumn(QualifiedName.of("drivers"), "fullname", "name");
    ProjectDescription description =
        new ProjectDescription("com.acme.fleet.migrations", Path.of("/src/main/java").toAbsolutePath(), renames);

    String text = description.write();

    assertEquals(description, ProjectDescription.parse(text));
    assertEquals(text, ProjectDescription.parse(text).write());
    assertTrue(text.startsWith("# Written by Retort's annotation processor"), text);
    assertTrue(!text.matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*"), "no timestamp in\n" + text);
  }
}
