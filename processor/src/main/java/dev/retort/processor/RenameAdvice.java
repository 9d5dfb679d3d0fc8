package dev.retort.processor;

import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.read.DeclaredRename;
import dev.retort.read.RenameDeclarations;
import dev.retort.render.java.MigrationSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Advises on renames, which Retort never guesses: notes a {@code @RenamedFrom} whose rename is
 * already in the snapshot, and warns when a migration drops and adds a column (or table) that may
 * have been a rename, showing the annotation that would keep the data.
 */
final class RenameAdvice {

  private final Messager messager;
  private final Reporter reporter;
  private final RenameDeclarations renames;

  RenameAdvice(Messager messager, Reporter reporter, RenameDeclarations renames) {
    this.messager = messager;
    this.reporter = reporter;
    this.renames = renames;
  }

  /** Notes, on its element, each declared rename whose old name the committed snapshot no longer has. */
  void noteInertHints(SchemaModel committed, Path snapshotFile) {
    for (DeclaredRename rename : renames.declared()) {
      boolean inert = rename.ofTable()
          ? committed.table(rename.oldTable()).isEmpty()
          : committed.table(rename.oldTable()).flatMap(t -> t.column(rename.oldColumn())).isEmpty();
      if (inert) {
        String what = rename.ofTable() ? "table" : "column";
        String name = rename.ofTable() ? rename.oldTable().toString() : rename.oldTable() + "." + rename.oldColumn();
        messager.printMessage(Diagnostic.Kind.NOTE,
            ProcessorMessage.RENAME_HINT_INERT.format(rename.oldName(), describe(rename), snapshotFile, what, name), rename.element());
      }
    }
  }

  /**
   * Warns about each column dropped and added in one table, and each table dropped and created, by the
   * migrations one compile wrote ({@code parts}, of which {@code migration} is the last): online plans put
   * a drop and an add in different parts, and the pair is a possible rename all the same.
   */
  void warnUndeclaredRenames(List<MigrationSource> parts, MigrationSource migration, Path sourceFile, Path snapshotFile) {
    List<Operation.DropColumn> dropped = new ArrayList<>();
    List<Operation.AddColumn> added = new ArrayList<>();
    List<Operation.DropTable> droppedTables = new ArrayList<>();
    List<Operation.CreateTable> createdTables = new ArrayList<>();
    List<Operation> upgrades = parts.stream().flatMap(part -> part.upgrade().stream()).toList();
    for (Operation operation : upgrades) {
      // Each kind says whether it may be half of a rename Retort was not told about: a drop and an add of the same thing.
      boolean halfOfARename = switch (OperationFacts.of(operation).kind()) {
        case DROP_COLUMN -> dropped.add((Operation.DropColumn) operation);
        case ADD_COLUMN -> added.add((Operation.AddColumn) operation);
        case DROP_TABLE -> droppedTables.add((Operation.DropTable) operation);
        case CREATE_TABLE -> createdTables.add((Operation.CreateTable) operation);
        case CREATE_SCHEMA, DROP_SCHEMA, RENAME_TABLE, SET_TABLE_COMMENT, RENAME_COLUMN, ALTER_COLUMN_TYPE,
            ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_IDENTITY, SET_COLUMN_COMMENT, ADD_PRIMARY_KEY,
            DROP_PRIMARY_KEY, ADD_UNIQUE_CONSTRAINT, DROP_UNIQUE_CONSTRAINT, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY,
            ADD_CHECK_CONSTRAINT, DROP_CHECK_CONSTRAINT, CREATE_INDEX, DROP_INDEX, CREATE_SEQUENCE, ALTER_SEQUENCE,
            DROP_SEQUENCE, CREATE_ENUM_TYPE, DROP_ENUM_TYPE, ADD_ENUM_VALUE, DROP_ENUM_VALUE, EXECUTE, RUN_JAVA -> false;
      };
    }
    for (Operation.DropColumn drop : dropped) {
      for (Operation.AddColumn add : added) {
        if (add.table().equals(drop.table())) {
          String old = drop.column().name();
          String now = add.column().name();
          reporter.warning(renames.columnOrigin(add.table(), now).orElse(null), ProcessorMessage.RENAME_NOT_DECLARED, migration.className(),
              old, drop.table(), now, old, now, old, sourceFile, snapshotFile);
        }
      }
    }
    // One warning per created table, naming every dropped table it may have been: a warning per pair repeats itself.
    for (Operation.CreateTable create : createdTables) {
      QualifiedName now = create.table().name();
      List<QualifiedName> candidates = droppedTables.stream().map(d -> d.table().name())
          .filter(old -> Objects.equals(old.schema(), now.schema())).toList();
      if (candidates.isEmpty()) {
        continue;
      }
      String droppedNames = (candidates.size() == 1 ? "table " : "tables ")
          + candidates.stream().map(QualifiedName::toString).collect(Collectors.joining(", "));
      String example = candidates.get(0).name();
      Optional<Element> entity = renames.tableOrigin(now);
      if (entity.isPresent()) {
        reporter.warning(entity.get(), ProcessorMessage.RENAME_NOT_DECLARED_TABLE, migration.className(), droppedNames, now, now,
            ((TypeElement) entity.get()).getQualifiedName(), example, sourceFile, snapshotFile);
        continue;
      }
      // A join or collection table: the collection attribute that maps its columns is what the advice can name.
      Optional<Element> attribute = create.table().columns().stream()
          .map(c -> renames.columnOrigin(now, c.name())).flatMap(Optional::stream).findFirst();
      String owner = attribute.map(a -> a.getEnclosingElement().getSimpleName() + "." + a.getSimpleName()).orElse("a collection");
      reporter.warning(attribute.orElse(null), ProcessorMessage.RENAME_NOT_DECLARED_COLLECTION_TABLE, migration.className(), droppedNames, now,
          owner, now, owner, example, sourceFile, snapshotFile);
    }
  }

  private static String describe(DeclaredRename rename) {
    return rename.element().getKind().isClass() || rename.element().getKind().isInterface()
        ? rename.element().toString()
        : rename.element().getEnclosingElement().getSimpleName() + "." + rename.element().getSimpleName();
  }
}
