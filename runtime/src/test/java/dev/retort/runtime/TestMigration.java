package dev.retort.runtime;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;
import java.util.function.Consumer;

/** A migration assembled from lambdas, for tests that need many small revisions. */
public record TestMigration(Revision revision, Consumer<Operations> up, Consumer<Operations> down) implements Migration {

  /** A revision after {@code parent} (null for the base) with the given bodies. */
  public static TestMigration of(String id, String parent, Consumer<Operations> up, Consumer<Operations> down) {
    return new TestMigration(new Revision(id, parent == null ? List.of() : List.of(parent), "test " + id, true), up, down);
  }

  /** A migration whose upgrade creates table {@code table} with an id column and whose downgrade drops it. */
  public static TestMigration createTable(String id, String parent, String table) {
    return of(id, parent,
        op -> op.createTable(table, t -> t.column(dev.retort.model.Column.of("id", new dev.retort.model.ColumnType.Int(
            dev.retort.model.ColumnType.IntKind.BIGINT)).notNull()).primaryKey(table + "_pkey", "id")),
        op -> op.dropTable(table, t -> t.column(dev.retort.model.Column.of("id", new dev.retort.model.ColumnType.Int(
            dev.retort.model.ColumnType.IntKind.BIGINT)).notNull()).primaryKey(table + "_pkey", "id")));
  }

  /** This migration, run in autocommit. */
  public TestMigration nonTransactional() {
    return new TestMigration(revision.nonTransactional(), up, down);
  }

  /** This migration with other parents. */
  public TestMigration withParents(String... parents) {
    return new TestMigration(new Revision(revision.id(), List.of(parents), revision.message(), revision.transactional()), up, down);
  }

  @Override
  public void upgrade(Operations op) {
    up.accept(op);
  }

  @Override
  public void downgrade(Operations op) {
    down.accept(op);
  }
}
