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

  @Test
  void aProjectWithOnlinePlansOffSaysSoAndOneWithTheDefaultDoesNotMentionThem() {
    Path root = Path.of("/src/main/java").toAbsolutePath();
    ProjectDescription plain = new ProjectDescription("com.acme.migrations", root, RenameHints.none(), false);
    ProjectDescription online = new ProjectDescription("com.acme.migrations", root, RenameHints.none());

    assertEquals(plain, ProjectDescription.parse(plain.write()));
    assertTrue(plain.write().contains("onlinePlans=false"), plain.write());
    assertTrue(ProjectDescription.parse(online.write()).onlinePlans());
    assertTrue(!online.write().contains("onlinePlans"), online.write());
  }

  @Test
  void aProjectThatDefersDropsSaysSoAndOneWithTheDefaultDoesNotMentionThem() {
    Path root = Path.of("/src/main/java").toAbsolutePath();
    ProjectDescription deferring = new ProjectDescription("com.acme.migrations", root, RenameHints.none(), true, true);
    ProjectDescription dropping = new ProjectDescription("com.acme.migrations", root, RenameHints.none());

    assertEquals(deferring, ProjectDescription.parse(deferring.write()));
    assertTrue(deferring.write().contains("deferDrops=true"), deferring.write());
    assertTrue(!ProjectDescription.parse(dropping.write()).deferDrops());
    assertTrue(!dropping.write().contains("deferDrops"), dropping.write());
  }
}
