package dev.retort.autogenerate;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits an upgrade that only creates (schemas, enum types, sequences, tables and foreign keys) into
 * consecutive parts, each of which a PostgreSQL with default settings can apply in one transaction.
 *
 * <p>A transaction keeps a lock on every relation it creates until it commits, and the server's lock
 * table is sized by {@code max_locks_per_transaction} (64 by default) times the connections it allows,
 * about 7,800 locks in all on a default server. Creating a table takes about a dozen of them (the table,
 * its TOAST table and index, its key and index relations, its identity sequence, its row types, the
 * tables its foreign keys reference), so the first migration of a model of 1,000 tables or more fails
 * with "out of shared memory". Parts of at most {@value #LOCK_BUDGET} estimated locks leave most of the
 * lock table to the rest of the server. The diff orders creations so that each needs only what comes
 * before it, so cutting the list anywhere keeps every part applicable once the parts before it are.
 *
 * <p>An upgrade that also changes or drops something is never split: its steps must stay in one
 * transaction, so that it applies completely or not at all.
 */
final class TransactionSplit {

  /** The locks one part may take, by the estimate of {@link #locks(Operation)}. */
  static final int LOCK_BUDGET = 3_000;

  private TransactionSplit() {}

  /** {@code upgrade} cut into parts that fit the budget, in order; the whole upgrade as one part when it fits or must not be split. */
  static List<List<Operation>> of(List<Operation> upgrade) {
    return of(upgrade, LOCK_BUDGET);
  }

  static List<List<Operation>> of(List<Operation> upgrade, int budget) {
    int total = 0;
    for (Operation operation : upgrade) {
      if (!createsOnly(operation)) {
        return List.of(upgrade);
      }
      total += locks(operation);
    }
    if (total <= budget) {
      return List.of(upgrade);
    }
    List<List<Operation>> parts = new ArrayList<>();
    List<Operation> part = new ArrayList<>();
    int used = 0;
    for (Operation operation : upgrade) {
      int locks = locks(operation);
      if (!part.isEmpty() && used + locks > budget) {
        parts.add(List.copyOf(part));
        part.clear();
        used = 0;
      }
      part.add(operation);
      used += locks;
    }
    parts.add(List.copyOf(part));
    return List.copyOf(parts);
  }

  private static boolean createsOnly(Operation operation) {
    return switch (OperationFacts.of(operation).kind()) {
      case CREATE_SCHEMA, CREATE_ENUM_TYPE, CREATE_SEQUENCE, CREATE_TABLE, ADD_FOREIGN_KEY -> true;
      case DROP_SCHEMA, DROP_TABLE, RENAME_TABLE, SET_TABLE_COMMENT, ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN,
          ALTER_COLUMN_TYPE, ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_IDENTITY, SET_COLUMN_COMMENT,
          ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE_CONSTRAINT, DROP_UNIQUE_CONSTRAINT, DROP_FOREIGN_KEY,
          ADD_CHECK_CONSTRAINT, DROP_CHECK_CONSTRAINT, CREATE_INDEX, DROP_INDEX, ALTER_SEQUENCE, DROP_SEQUENCE,
          DROP_ENUM_TYPE, ADD_ENUM_VALUE, DROP_ENUM_VALUE, EXECUTE, RUN_JAVA -> false;
    };
  }

  /**
   * The locks {@code operation} takes until its transaction ends, estimated from above: every
   * relation it creates (a table with its TOAST table and index, key and index relations, identity
   * sequences), four more for a table's row type, constraints and schema, and the tables its foreign
   * keys reference. A table of a dozen columns with a key, a unique column, an index, an identity and
   * a foreign key holds 10 locks on PostgreSQL 15 and is estimated at 12.
   */
  static int locks(Operation operation) {
    return switch (OperationFacts.of(operation).kind()) {
      case CREATE_TABLE -> locks(((Operation.CreateTable) operation).table());
      case CREATE_SEQUENCE -> 3;
      case CREATE_SCHEMA, CREATE_ENUM_TYPE, ADD_FOREIGN_KEY, DROP_SCHEMA, DROP_TABLE, RENAME_TABLE, SET_TABLE_COMMENT,
          ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, ALTER_COLUMN_TYPE, ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT,
          ALTER_COLUMN_IDENTITY, SET_COLUMN_COMMENT, ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE_CONSTRAINT,
          DROP_UNIQUE_CONSTRAINT, DROP_FOREIGN_KEY, ADD_CHECK_CONSTRAINT, DROP_CHECK_CONSTRAINT, CREATE_INDEX, DROP_INDEX,
          ALTER_SEQUENCE, DROP_SEQUENCE, DROP_ENUM_TYPE, ADD_ENUM_VALUE, DROP_ENUM_VALUE, EXECUTE, RUN_JAVA -> 2;
    };
  }

  private static int locks(Table table) {
    int locks = 3 + 4;
    if (table.primaryKey() != null) {
      locks++;
    }
    locks += table.uniqueConstraints().size() + table.indexes().size();
    for (Column column : table.columns()) {
      if (column.identity() != Identity.NONE) {
        locks++;
      }
    }
    Set<QualifiedName> referenced = new HashSet<>();
    for (ForeignKey key : table.foreignKeys()) {
      if (!key.referencedTable().equals(table.name())) {
        referenced.add(key.referencedTable());
      }
    }
    return locks + referenced.size();
  }
}
