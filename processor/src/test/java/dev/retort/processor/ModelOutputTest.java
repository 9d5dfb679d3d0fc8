package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.JavaFileObjects;
import dev.retort.model.SchemaModel;
import dev.retort.snapshot.SnapshotFormat;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The processor writes what it read to the class output, and reads javax entities like jakarta ones. */
class ModelOutputTest {

  private static JavaFileObject order(String persistencePackage) {
    return JavaFileObjects.forSourceLines("test.Order",
        "package test;",
        "import " + persistencePackage + ".*;",
        "@Entity @Table(name = \"orders\", indexes = @Index(columnList = \"placedBy\"))",
        "public class Order {",
        "  @Id @GeneratedValue Long id;",
        "  @Column(nullable = false, length = 40) String placedBy;",
        "  @Enumerated(EnumType.STRING) State state;",
        "  @ManyToOne Order parent;",
        "  public enum State { OPEN, SHIPPED }",
        "}");
  }

  @Test
  void theModelIsWrittenAsASnapshotResourceInTheClassOutput() throws IOException {
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(order("jakarta.persistence")));
    assertThat(result.compilation()).succeeded();
    Optional<JavaFileObject> resource = result.compilation()
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", ModelResource.PATH);
    assertNotNull(result.model());
    String text = resource.orElseThrow().getCharContent(true).toString();
    assertEquals(result.model(), SnapshotFormat.parse(text, ModelResource.PATH).model());
  }

  @Test
  void javaxPersistenceEntitiesReadExactlyLikeJakartaOnes() {
    SchemaModel jakarta = ProcessorHarness.compile(List.of(order("jakarta.persistence"))).model();
    SchemaModel javax = ProcessorHarness.compile(List.of(order("javax.persistence"))).model();
    assertNotNull(jakarta);
    assertEquals(jakarta, javax);
  }
}
