package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic entity model of N entities: each has an identity key, a version column, twelve
 * columns of mixed types (one of them unique, one indexed, one an enum with Hibernate's check), and a
 * foreign key to the previous entity.
 */
final class EntitySources {

  static final String PACKAGE = "bench.model";
  static final String MIGRATIONS_PACKAGE = PACKAGE + ".migrations";

  private EntitySources() {}

  /** The class name of entity {@code i} (1-based). */
  static String className(int i) {
    return String.format("Entity%04d", i);
  }

  /** The table name of entity {@code i}. */
  static String tableName(int i) {
    return String.format("entity_%04d", i);
  }

  /** Writes entities 1..n (and their enum) under {@code sourceRoot}, in {@link #PACKAGE}. */
  static void write(Path sourceRoot, int n) throws IOException {
    Path dir = sourceRoot.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Status.java"), "package " + PACKAGE + ";\n\npublic enum Status { DRAFT, ACTIVE, RETIRED }\n",
        StandardCharsets.UTF_8);
    for (int i = 1; i <= n; i++) {
      Files.writeString(dir.resolve(className(i) + ".java"), source(i, false), StandardCharsets.UTF_8);
    }
  }

  /** Rewrites entity {@code i} with one more column, the change the generate scenario compiles. */
  static void addNoteColumn(Path sourceRoot, int i) throws IOException {
    Path file = sourceRoot.resolve(PACKAGE.replace('.', '/')).resolve(className(i) + ".java");
    Files.writeString(file, source(i, true), StandardCharsets.UTF_8);
  }

  static String source(int i, boolean withNote) {
    String name = className(i);
    String table = tableName(i);
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n");
    s.append("import jakarta.persistence.*;\n");
    s.append("import java.math.BigDecimal;\n");
    s.append("import java.time.Instant;\n");
    s.append("import java.time.LocalDate;\n");
    s.append("import java.time.LocalDateTime;\n");
    s.append("import java.util.UUID;\n\n");
    s.append("@Entity\n");
    s.append("@Table(name = \"").append(table).append("\", indexes = @Index(name = \"ix_").append(table)
        .append("_created_at\", columnList = \"created_at\"))\n");
    s.append("public class ").append(name).append(" {\n");
    s.append("  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n");
    s.append("  @Version private long version;\n");
    s.append("  @Column(name = \"name\", nullable = false, length = 120) private String name;\n");
    s.append("  @Column(name = \"code\", nullable = false, unique = true, length = 40) private String code;\n");
    s.append("  @Column(name = \"description\", length = 2000) private String description;\n");
    s.append("  @Column(name = \"quantity\", nullable = false) private int quantity;\n");
    s.append("  @Column(name = \"weight\") private Double weight;\n");
    s.append("  @Column(name = \"price\", precision = 12, scale = 2) private BigDecimal price;\n");
    s.append("  @Column(name = \"active\", nullable = false) private boolean active;\n");
    s.append("  @Column(name = \"starts_on\") private LocalDate startsOn;\n");
    s.append("  @Column(name = \"created_at\", nullable = false) private LocalDateTime createdAt;\n");
    s.append("  @Column(name = \"updated_at\") private Instant updatedAt;\n");
    s.append("  @Column(name = \"external_id\") private UUID externalId;\n");
    s.append("  @Enumerated(EnumType.STRING) @Column(name = \"status\", length = 16) private Status status;\n");
    if (i > 1) {
      s.append("  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"previous_id\") private ")
          .append(className(i - 1)).append(" previous;\n");
    }
    if (withNote) {
      s.append("  @Column(name = \"note\", length = 200) private String note;\n");
    }
    s.append("}\n");
    return s.toString();
  }
}
