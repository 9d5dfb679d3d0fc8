package dev.retort.runtime.internal;

import static dev.retort.render.sql.PostgresIdentifiers.quote;

import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a non-transactional revision made only of online forms again after it stopped midway, from
 * what the catalog shows it finished: a constraint or index it completed is kept, a constraint it
 * left NOT VALID (its VALIDATE failed, or it was stopped before it) is dropped and added again with
 * this revision's definition, then validated. Each online form is one object of a name the revision
 * chose, so what the catalog holds under that name on that table is what the earlier run left. An
 * index left INVALID is not resumed here: the caller refuses the revision and names it.
 */
final class Resumption {

  private Resumption() {}

  /**
   * Whether {@code operations} (an upgrade) can be resumed: at least one, and each an online form
   * (a constraint added NOT VALID then validated, an online SET NOT NULL or UNIQUE, or an index built
   * concurrently), whose finished parts the catalog shows.
   */
  static boolean resumable(List<Operation> operations) {
    if (operations.isEmpty()) {
      return false;
    }
    for (Operation operation : operations) {
      if (!online(operation)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code operation} is one of the online forms this class resumes. */
  private static boolean online(Operation operation) {
    return operation instanceof Operation.AddCheckConstraint check && check.online()
        || operation instanceof Operation.AddForeignKey foreignKey && foreignKey.online()
        || operation instanceof Operation.AddUniqueConstraint unique && unique.online()
        || operation instanceof Operation.AlterColumnNullability nullability && nullability.online()
        || operation instanceof Operation.CreateIndex index && index.concurrently();
  }

  /** The statements that finish {@code operations} (resumable ones) from the state the catalog shows. */
  static List<String> remaining(Connection connection, List<Operation> operations, PostgresSqlRenderer renderer)
      throws SQLException {
    List<String> statements = new ArrayList<>();
    for (Operation operation : operations) {
      statements.addAll(remaining(connection, operation, renderer));
    }
    return statements;
  }

  private static List<String> remaining(Connection connection, Operation operation, PostgresSqlRenderer renderer)
      throws SQLException {
    if (operation instanceof Operation.AddCheckConstraint check) {
      return notValidConstraint(connection, check.table(), check.check().name(),
          renderer.render(new Operation.DropCheckConstraint(check.table(), check.check())), renderer.render(check));
    }
    if (operation instanceof Operation.AddForeignKey foreignKey) {
      return notValidConstraint(connection, foreignKey.table(), foreignKey.foreignKey().name(),
          renderer.render(new Operation.DropForeignKey(foreignKey.table(), foreignKey.foreignKey())),
          renderer.render(foreignKey));
    }
    if (operation instanceof Operation.AddUniqueConstraint unique) {
      return unique(connection, unique, renderer);
    }
    if (operation instanceof Operation.AlterColumnNullability nullability) {
      return notNull(connection, nullability, renderer);
    }
    if (operation instanceof Operation.CreateIndex index) {
      return indexValid(connection, QualifiedName.of(index.table().schema(), index.index().name()))
          ? List.of() : renderer.render(index);
    }
    throw new IllegalArgumentException("not an online form: " + operation);
  }

  /** Nothing when it was validated; added again (after dropping what is left NOT VALID) and validated otherwise. */
  private static List<String> notValidConstraint(Connection connection, QualifiedName table, String name,
      List<String> drop, List<String> add) throws SQLException {
    Boolean validated = constraintValidated(connection, table, name);
    if (Boolean.TRUE.equals(validated)) {
      return List.of();
    }
    List<String> statements = new ArrayList<>();
    if (validated != null) {
      statements.addAll(drop);
    }
    statements.addAll(add);
    return statements;
  }

  /** Nothing once the constraint exists; only ADD CONSTRAINT ... USING INDEX when its index was built. */
  private static List<String> unique(Connection connection, Operation.AddUniqueConstraint unique,
      PostgresSqlRenderer renderer) throws SQLException {
    if (constraintValidated(connection, unique.table(), unique.constraint().name()) != null) {
      return List.of();
    }
    List<String> form = renderer.render(unique);
    boolean indexBuilt = indexValid(connection, QualifiedName.of(unique.table().schema(), unique.constraint().name()));
    // The form is the concurrent build, then the statement that takes the index over as the constraint.
    return indexBuilt ? form.subList(form.size() - 1, form.size()) : form;
  }

  /**
   * Once the column is NOT NULL, only the proving check's drop if it is still there; before, the
   * whole form, after dropping a proving check left behind (which the form adds again).
   */
  private static List<String> notNull(Connection connection, Operation.AlterColumnNullability nullability,
      PostgresSqlRenderer renderer) throws SQLException {
    var proof = PostgresSqlRenderer.onlineNotNullCheck(nullability.column());
    List<String> dropProof = renderer.render(new Operation.DropCheckConstraint(nullability.table(), proof));
    boolean proofLeft = constraintValidated(connection, nullability.table(), proof.name()) != null;
    List<String> statements = new ArrayList<>();
    if (proofLeft) {
      statements.addAll(dropProof);
    }
    if (!columnNotNull(connection, nullability.table(), nullability.column())) {
      statements.addAll(renderer.render(nullability));
    }
    return statements;
  }

  /** Whether the constraint {@code name} of {@code table} is validated; null when there is none. */
  private static Boolean constraintValidated(Connection connection, QualifiedName table, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT convalidated FROM pg_constraint WHERE conrelid = to_regclass(?) AND conname = ?")) {
      statement.setString(1, quote(table));
      statement.setString(2, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getBoolean(1) : null;
      }
    }
  }

  private static boolean indexValid(Connection connection, QualifiedName index) throws SQLException {
    return InvalidIndexes.allValid(connection, List.of(quote(index)));
  }

  private static boolean columnNotNull(Connection connection, QualifiedName table, String column) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT attnotnull FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped")) {
      statement.setString(1, quote(table));
      statement.setString(2, column);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }
}
