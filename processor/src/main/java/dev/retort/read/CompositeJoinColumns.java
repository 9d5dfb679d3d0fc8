package dev.retort.read;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Maps a to-one association to an entity with a composite key: one join column per key column,
 * in the key's order, named by the {@code @JoinColumn} that references it (by
 * {@code referencedColumnName}, else by position) or {@code <attribute>_<key column>}, and one
 * foreign key over them all.
 */
final class CompositeJoinColumns {

  private final ReadContext context;

  CompositeJoinColumns(ReadContext context) {
    this.context = context;
  }

  /** Adds the join columns of {@code entity}'s to-one {@code attribute} to {@code target}; see {@link AssociationReader}. */
  void read(EntityInfo entity, Attribute attribute, Jpa association, boolean oneToOne, EntityInfo target, List<Jpa> joinColumns,
      Optional<Jpa> override, String bindingName) {
    Element element = attribute.element();
    if (!joinColumns.isEmpty() && joinColumns.size() != target.keyColumns.size()) {
      unsupported(element, "@JoinColumns naming only some columns of a composite key");
      return;
    }
    boolean byName = joinColumns.stream().allMatch(j -> !j.string("referencedColumnName").isEmpty());
    if (!joinColumns.isEmpty() && !byName && joinColumns.stream().anyMatch(j -> !j.string("referencedColumnName").isEmpty())) {
      unsupported(element, "@JoinColumns of which only some give referencedColumnName");
      return;
    }
    Optional<Jpa> first = joinColumns.isEmpty() ? Optional.empty() : Optional.of(joinColumns.get(0));
    TableBuilder owner = context.secondaryTables.route(entity, entity.table, first, attribute);
    if (owner == null) {
      return;
    }
    List<String> physicalNames = new ArrayList<>();
    List<String> storedNames = new ArrayList<>();
    for (int i = 0; i < target.keyColumns.size(); i++) {
      EntityInfo.KeyColumn key = target.keyColumns.get(i);
      Jpa joinColumn = joinColumns.isEmpty() ? null : byName ? named(joinColumns, key) : joinColumns.get(i);
      if (!joinColumns.isEmpty() && joinColumn == null) {
        unsupported(element, "@JoinColumns referencing columns outside the target's primary key");
        return;
      }
      String name = joinColumn == null ? "" : joinColumn.string("name");
      String physical = context.naming.physical(name.isEmpty() ? attribute.name() + "_" + key.physicalName() : name);
      boolean nullable = association.bool("optional", true) && (joinColumn == null || joinColumn.bool("nullable", true));
      Column column = new Column(Identifiers.stored(physical), key.type(), nullable, null, Identity.NONE, null);
      ColumnClaim claim = ColumnClaim.of(entity, ColumnClaim.Phase.TO_ONE, bindingName, Optional.ofNullable(joinColumn), "@JoinColumn");
      if (!context.addColumn(owner, column, physical, element, attribute.describe(), claim)) {
        return;
      }
      physicalNames.add(physical);
      storedNames.add(column.name());
    }
    if (oneToOne) {
      // Schema export reorders foreign keys, but a unique key keeps the order the target's key was mapped in.
      List<String> unique = new ArrayList<>();
      for (String referenced : target.keyMappingOrder) {
        unique.add(storedNames.get(target.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList().indexOf(referenced)));
      }
      owner.unique(new UniqueConstraint(Identifiers.uniqueName(owner.name().name(), unique), unique));
    }
    Optional<Jpa> foreignKey = override.flatMap(o -> o.annotation("foreignKey"))
        .or(() -> Jpa.find(element, "JoinColumns").flatMap(j -> j.annotation("foreignKey")))
        .or(() -> first.flatMap(j -> j.annotation("foreignKey")));
    ForeignKeys.add(context.names, element, owner, physicalNames, target.table,
        target.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList(), foreignKey);
  }

  private Jpa named(List<Jpa> joinColumns, EntityInfo.KeyColumn key) {
    for (Jpa joinColumn : joinColumns) {
      if (Identifiers.stored(context.naming.physical(joinColumn.string("referencedColumnName"))).equals(key.storedName())) {
        return joinColumn;
      }
    }
    return null;
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, dev.retort.processor.ProcessorMessage.UNSUPPORTED_MAPPING, ColumnReader.describe(element), what);
  }
}
