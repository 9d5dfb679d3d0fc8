package dev.retort.compare;

import dev.retort.model.ForeignKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the tables a diff creates so that a referenced table comes before the tables that
 * reference it, by name where the foreign keys leave a choice; a cycle is cut at the first table
 * by name, whose foreign keys into the cycle the diff then adds after every table exists.
 */
final class NewTables {

  private NewTables() {}

  static List<Table> inDependencyOrder(SchemaModel before, SchemaModel after) {
    Map<QualifiedName, Table> pending = new LinkedHashMap<>();
    for (Table table : after.tables()) {
      if (before.table(table.name()).isEmpty()) {
        pending.put(table.name(), table);
      }
    }
    List<Table> order = new ArrayList<>();
    Set<QualifiedName> placed = new HashSet<>();
    while (!pending.isEmpty()) {
      Table next = pending.values().stream()
          .filter(table -> dependsOnlyOn(table, placed, pending))
          .findFirst()
          // A cycle: take the first by name; its foreign keys into the cycle are deferred.
          .orElse(pending.values().iterator().next());
      order.add(next);
      placed.add(next.name());
      pending.remove(next.name());
    }
    return order;
  }

  private static boolean dependsOnlyOn(Table table, Set<QualifiedName> placed, Map<QualifiedName, Table> pending) {
    for (ForeignKey fk : table.foreignKeys()) {
      QualifiedName target = fk.referencedTable();
      if (!target.equals(table.name()) && pending.containsKey(target) && !placed.contains(target)) {
        return false;
      }
    }
    return true;
  }
}
