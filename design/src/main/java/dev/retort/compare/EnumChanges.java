package dev.retort.compare;

import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Native enum types between two models. New types and new values come {@link #early()}, before
 * any column uses them; removed values and types come {@link #late()}, after the columns that
 * used them have changed. A new value is {@code ALTER TYPE ... ADD VALUE} in its place, never a
 * rebuild; a reordering of existing values is not expressible in PostgreSQL and is not detected,
 * and a value new at the front is appended.
 */
record EnumChanges(List<Operation> early, List<Operation> late) {

  static EnumChanges between(List<EnumType> before, List<EnumType> after) {
    Map<QualifiedName, EnumType> old = new TreeMap<>();
    before.forEach(type -> old.put(type.name(), type));
    List<Operation> early = new ArrayList<>();
    List<Operation> late = new ArrayList<>();
    for (EnumType type : after) {
      EnumType previous = old.remove(type.name());
      if (previous == null) {
        early.add(new Operation.CreateEnumType(type));
        continue;
      }
      EnumType current = previous;
      for (int i = 0; i < type.values().size(); i++) {
        String value = type.values().get(i);
        if (!current.values().contains(value)) {
          // A value new at the front can only be appended: PostgreSQL's BEFORE is not modelled yet.
          String predecessor = i == 0 ? null : type.values().get(i - 1);
          Operation.AddEnumValue add = new Operation.AddEnumValue(current, value, predecessor);
          early.add(add);
          current = add.result();
        }
      }
      for (String value : previous.values()) {
        if (!type.values().contains(value)) {
          Operation.DropEnumValue drop = new Operation.DropEnumValue(current, value);
          late.add(drop);
          current = drop.result();
        }
      }
    }
    old.values().forEach(type -> late.add(new Operation.DropEnumType(type)));
    return new EnumChanges(List.copyOf(early), List.copyOf(late));
  }
}
