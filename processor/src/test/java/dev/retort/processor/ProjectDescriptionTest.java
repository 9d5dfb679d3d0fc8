package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.compare.RenameHints;
import dev.retort.read.HibernateLine;
import dev.retort.model.QualifiedName;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectDescriptionTest {

  @Test
  void aDescriptionWithRenamesAndIdSequencesReadsBackEqualAndWritesTheSameTextTwice() {
    RenameHints renames = RenameHints.none()
        .renameTable(QualifiedName.of("fleet", "cars"), QualifiedName.of("fleet", "vehicles"))
        .renameTable(QualifiedName.of("old=name: #1"), QualifiedName.of("new name"))
        .renameColumn(QualifiedName.of("drivers"), "telephone", "phone")
        .renameColumn(QualifiedName.of("drivers"), "fullname", "name")
        .idSequence(QualifiedName.of("drivers"), "id", QualifiedName.of("drivers_seq"))
        .idSequence(QualifiedName.of("fleet", "vehicles"), "id", QualifiedName.of("ids", "fleet_ids"));
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
  void aProjectReadAsHibernate66SaysSoAndOneOnHibernate7DoesNotMentionTheLine() {
    Path root = Path.of("/src/main/java").toAbsolutePath();
    ProjectDescription six = new ProjectDescription("com.acme.migrations", root, RenameHints.none(), true, false, HibernateLine.V6_6);
    ProjectDescription seven = new ProjectDescription("com.acme.migrations", root, RenameHints.none());

    assertEquals(six, ProjectDescription.parse(six.write()));
    assertTrue(six.write().contains("hibernate=6.6"), six.write());
    assertEquals(HibernateLine.V7, ProjectDescription.parse(seven.write()).hibernate());
    assertTrue(!seven.write().contains("hibernate"), seven.write());
  }

  @Test
  void aProjectThatDefersDropsSaysSoAndOneWithTheDefaultDoesNotMentionThem() {
    Path root = Path.of("/src/main/java").toAbsolutePath();
    ProjectDescription deferring = new ProjectDescription("com.acme.migrations", root, RenameHints.none(), true, true, HibernateLine.V7);
    ProjectDescription dropping = new ProjectDescription("com.acme.migrations", root, RenameHints.none());

    assertEquals(deferring, ProjectDescription.parse(deferring.write()));
    assertTrue(deferring.write().contains("deferDrops=true"), deferring.write());
    assertTrue(!ProjectDescription.parse(dropping.write()).deferDrops());
    assertTrue(!dropping.write().contains("deferDrops"), dropping.write());
  }
}
