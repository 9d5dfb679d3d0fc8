package dev.retort.compare;

import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns declared renames into rename operations. A hint whose old name is gone from the schema
 * is inert: the rename already happened in an earlier migration.
 */
final class Renames {

  private Renames() {}

  static List<Operation> of(SchemaModel before, SchemaModel after, RenameHints hints) {
    List<Operation> ops = new ArrayList<>();
    for (Map.Entry<QualifiedName, QualifiedName> rename : new TreeMap<>(hints.tables()).entrySet()) {
      QualifiedName from = rename.getKey();
      QualifiedName to = rename.getValue();
      boolean applies = before.table(from).isPresent() && before.table(to).isEmpty() && after.table(to).isPresent()
          && java.util.Objects.equals(from.schema(), to.schema());
      if (applies) {
        ops.add(new Operation.RenameTable(from, to.name()));
      }
    }
    for (Map.Entry<QualifiedName, Map<String, String>> table : new TreeMap<>(hints.columns()).entrySet()) {
      QualifiedName name = table.getKey();
      QualifiedName oldName = hints.tables().entrySet().stream()
          .filter(e -> e.getValue().equals(name) && before.table(e.getKey()).isPresent())
          .map(Map.Entry::getKey).findFirst().orElse(name);
      Table old = before.table(oldName).orElse(null);
      Table now = after.table(name).orElse(null);
      if (old == null || now == null) {
        continue;
      }
      for (Map.Entry<String, String> column : new TreeMap<>(table.getValue()).entrySet()) {
        boolean applies = old.column(column.getKey()).isPresent() && old.column(column.getValue()).isEmpty()
            && now.column(column.getValue()).isPresent();
        if (applies) {
          ops.add(new Operation.RenameColumn(name, column.getKey(), column.getValue()));
        }
      }
    }
    return ops;
  }
}
