package dev.retort.autogenerate;

import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides once, for each step of an upgrade, whether it runs in its online form: a step that has
 * one (or whose inverse has one) on a table that already exists, and so may have rows and traffic.
 * A table the upgrade creates gets plain DDL, since nothing can be waiting on it. The decision is
 * carried as data: online steps are grouped into parts of their own, which run outside a
 * transaction, and each part's downgrade takes the online form wherever its upgrade did.
 */
final class OnlinePlan {

  /**
   * Consecutive steps that run the same way: {@code online} parts in autocommit, each statement its
   * own transaction, the others in one transaction.
   */
  record Part(List<Operation> upgrade, List<Operation> downgrade, boolean online) {

    Part {
      upgrade = List.copyOf(upgrade);
      downgrade = List.copyOf(downgrade);
    }
  }

  private OnlinePlan() {}

  /**
   * The parts of {@code upgrade}, a change from {@code before}, in order; one transactional part
   * when no step takes an online form or {@code enabled} is false.
   */
  static List<Part> of(List<Operation> upgrade, SchemaModel before, boolean enabled) {
    List<Boolean> online = enabled ? decide(upgrade, before) : upgrade.stream().map(op -> false).toList();
    List<Part> parts = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= upgrade.size(); i++) {
      if (i == upgrade.size() || !online.get(i).equals(online.get(start))) {
        parts.add(part(upgrade.subList(start, i), online.get(start)));
        start = i;
      }
    }
    return parts;
  }

  /** Whether any of {@code parts} runs outside a transaction. */
  static boolean anyOnline(List<Part> parts) {
    return parts.stream().anyMatch(Part::online);
  }

  /** For each step, whether it takes its online form: it has one and its table existed before the change. */
  private static List<Boolean> decide(List<Operation> upgrade, SchemaModel before) {
    Set<QualifiedName> existing = new HashSet<>();
    for (Table table : before.tables()) {
      existing.add(table.name());
    }
    List<Boolean> online = new ArrayList<>(upgrade.size());
    for (Operation operation : upgrade) {
      online.add(OnlineForms.applies(operation)
          && OnlineForms.table(operation).map(existing::contains).orElse(false));
      // A renamed table keeps its rows; a dropped one is gone.
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (facts.kind() == OperationFacts.Kind.RENAME_TABLE && existing.remove(facts.table())) {
        existing.add(facts.table().withName(((Operation.RenameTable) operation).to()));
      }
      if (facts.kind() == OperationFacts.Kind.DROP_TABLE) {
        existing.remove(facts.table());
      }
    }
    return online;
  }

  private static Part part(List<Operation> steps, boolean online) {
    List<Operation> upgrade = new ArrayList<>(steps.size());
    List<Operation> downgrade = new ArrayList<>(steps.size());
    for (Operation step : steps) {
      upgrade.add(online ? OnlineForms.of(step).orElse(step) : step);
    }
    for (int i = steps.size() - 1; i >= 0; i--) {
      Operation inverse = steps.get(i).inverse();
      downgrade.add(online ? OnlineForms.of(inverse).orElse(inverse) : inverse);
    }
    return new Part(upgrade, downgrade, online);
  }
}
