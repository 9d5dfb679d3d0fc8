package dev.retort.bench;

import dev.retort.compare.SchemaDiff;
import dev.retort.migration.Revision;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.Inverses;
import dev.retort.ops.Operation;
import dev.retort.processor.RetortProcessor;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.MigrationWriter;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.runtime.tooling.SourceFingerprint;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything the scenarios of one size N need, generated once per run under {@code work/n<N>}:
 * the entity sources, the same sources with the migration and snapshot the processor writes on
 * the first compile, the entities compiled for Hibernate, and the N create-table migrations in
 * each tool's format (Retort classes with their index, Flyway scripts, a Liquibase changelog and
 * the plain statements for the single-connection floor), all rendered from the same operations.
 */
final class Fixtures {

  /** The creation time of the processor's first migration, fixed so that every run writes the same one. */
  static final String TIMESTAMP = "2026-01-01T00:00";
  static final String STATEMENT_SEPARATOR = "\n;\n";

  final int n;
  final Path root;

  private Fixtures(int n, Path root) {
    this.n = n;
    this.root = root;
  }

  /** Entity sources only: what the first compile of a new project sees. */
  Path entitiesOnly() {
    return root.resolve("entities/src");
  }

  /** Entity sources with the committed first migration and snapshot: an up-to-date project. */
  Path project() {
    return root.resolve("project/src");
  }

  /** The up-to-date project compiled: entities, the first migration, the migration index. */
  Path projectClasses() {
    return root.resolve("project/classes");
  }

  /** The committed snapshot of {@link #project()}. */
  Path snapshot() {
    return project().resolve(EntitySources.MIGRATIONS_PACKAGE.replace('.', '/')).resolve("retort.snapshot");
  }

  /** The entity classes alone, for Hibernate. */
  Path entityClasses() {
    return root.resolve("entity-classes");
  }

  /** N Retort migration classes, one table each, and their index. */
  Path retortMigrations() {
    return root.resolve("retort/classes");
  }

  /** A class-path directory holding {@code db/migration/V<i>__create_entity_<i>.sql}. */
  Path flywayRoot() {
    return root.resolve("flyway");
  }

  /** A class-path directory holding {@code db/changelog.sql}, one changeset per table. */
  Path liquibaseRoot() {
    return root.resolve("liquibase");
  }

  /** Every statement of the N migrations, in order, separated by {@link #STATEMENT_SEPARATOR}. */
  Path floorSql() {
    return root.resolve("floor.sql");
  }

  /** Generates the fixtures of size {@code n} under {@code work}, replacing any earlier ones. */
  static Fixtures generate(Path work, int n) throws IOException {
    Fixtures fixtures = new Fixtures(n, work.resolve("n" + n));
    deleteTree(fixtures.root);
    Files.createDirectories(fixtures.root);
    EntitySources.write(fixtures.entitiesOnly(), n);
    EntitySources.write(fixtures.project(), n);
    // The processor writes the first migration and the snapshot into the project, as on a developer's first build.
    Javac.compile(fixtures.project(), fixtures.projectClasses(), fixtures.root.resolve("project/generated"),
        new RetortProcessor(), List.of("-Aretort.timestamp=" + TIMESTAMP));
    if (!Files.exists(fixtures.snapshot())) {
      throw new IllegalStateException("the processor wrote no snapshot at " + fixtures.snapshot());
    }
    Javac.compile(fixtures.entitiesOnly(), fixtures.entityClasses(), fixtures.root.resolve("entity-generated"), null, List.of());
    Snapshot snapshot = SnapshotFormat.parse(Files.readString(fixtures.snapshot(), StandardCharsets.UTF_8),
        fixtures.snapshot().toString());
    fixtures.writeMigrations(snapshot.model());
    return fixtures;
  }

  /** One migration per table, each creating its table with its index and its key to the table before. */
  private void writeMigrations(SchemaModel model) throws IOException {
    List<Table> tables = new ArrayList<>(model.tables());
    tables.sort(Comparator.comparing(t -> t.name().name()));
    if (tables.size() != n) {
      throw new IllegalStateException("expected " + n + " tables in the snapshot, found " + tables.size());
    }
    Path javaRoot = root.resolve("retort/src");
    Path javaDir = javaRoot.resolve(EntitySources.MIGRATIONS_PACKAGE.replace('.', '/'));
    Path flywayDir = flywayRoot().resolve("db/migration");
    Files.createDirectories(javaDir);
    Files.createDirectories(flywayDir);
    Files.createDirectories(liquibaseRoot().resolve("db"));
    PostgresSqlRenderer renderer = new PostgresSqlRenderer();
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
    List<String> floor = new ArrayList<>();
    List<String> indexLines = new ArrayList<>();
    String parent = null;
    for (int i = 1; i <= n; i++) {
      Table previous = i > 1 ? tables.get(i - 2) : null;
      SchemaModel before = new SchemaModel(Set.of(), previous == null ? List.of() : List.of(previous), List.of(), List.of());
      List<Table> afterTables = new ArrayList<>(before.tables());
      afterTables.add(tables.get(i - 1));
      List<Operation> upgrade = SchemaDiff.between(before, new SchemaModel(Set.of(), afterTables, List.of(), List.of()));
      String table = tables.get(i - 1).name().name();
      String id = String.format("%04d_create_%s", i, table);
      String className = String.format("V%04d__create_%s", i, table);
      String message = "create " + table;
      Revision revision = parent == null ? Revision.base(id, message) : Revision.of(id, parent, message);
      parent = id;
      String javaSource = MigrationWriter.render(new MigrationSource(EntitySources.MIGRATIONS_PACKAGE, className, revision,
          message, upgrade, Inverses.of(upgrade)));
      Files.writeString(javaDir.resolve(className + ".java"), javaSource, StandardCharsets.UTF_8);
      // The index line the processor writes for a migration of this form (revision and source fingerprint).
      indexLines.add(MigrationIndex.line(EntitySources.MIGRATIONS_PACKAGE + "." + className, id, revision.parents(),
          SourceFingerprint.of(javaSource)));

      List<String> statements = renderer.render(upgrade);
      floor.addAll(statements);
      Files.writeString(flywayDir.resolve("V" + i + "__create_" + table + ".sql"),
          String.join(";\n\n", statements) + ";\n", StandardCharsets.UTF_8);
      changelog.append("\n--changeset bench:").append(i).append('\n');
      for (String statement : statements) {
        changelog.append(statement).append(";\n");
      }
    }
    Files.writeString(liquibaseRoot().resolve("db/changelog.sql"), changelog, StandardCharsets.UTF_8);
    Files.writeString(floorSql(), String.join(STATEMENT_SEPARATOR, floor), StandardCharsets.UTF_8);
    Javac.compile(javaRoot, retortMigrations(), root.resolve("retort/generated"), null, List.of());
    Path index = retortMigrations().resolve(MigrationIndex.RESOURCE);
    Files.createDirectories(index.getParent());
    Files.writeString(index, MigrationIndex.HEADER + String.join("\n", indexLines) + "\n", StandardCharsets.UTF_8);
  }

  /** The statements of {@link #floorSql()}. */
  static List<String> readFloor(Path file) throws IOException {
    return List.of(Files.readString(file, StandardCharsets.UTF_8).split(STATEMENT_SEPARATOR));
  }

  /** A fresh copy of a source tree, for a compile that writes into it. */
  static void copyTree(Path from, Path to) throws IOException {
    deleteTree(to);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
