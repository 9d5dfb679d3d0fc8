package dev.retort.read;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a JOINED subclass its primary key: one column per key column of the parent, named by
 * {@code @PrimaryKeyJoinColumn} or after the parent's column, and a foreign key to the parent's table.
 */
final class JoinedKeys {

  private final ReadContext context;

  JoinedKeys(ReadContext context) {
    this.context = context;
  }

  void read(EntityInfo entity) {
    EntityInfo parent = entity.parent;
    entity.keyKnown = parent.keyKnown;
    if (!parent.keyKnown) {
      return;
    }
    List<Jpa> given = Jpa.findRepeatable(entity.type, "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns");
    List<String> physicalNames = new ArrayList<>();
    for (int i = 0; i < parent.keyColumns.size(); i++) {
      EntityInfo.KeyColumn referenced = parent.keyColumns.get(i);
      Jpa annotation = i < given.size() ? given.get(i) : null;
      String name = annotation == null ? "" : annotation.string("name");
      String physical = name.isEmpty() ? referenced.physicalName() : context.naming.physical(name);
      String definition = annotation == null ? "" : annotation.string("columnDefinition");
      ColumnType type = definition.isEmpty() ? referenced.type() : new ColumnType.Raw(definition);
      Column column = new Column(Identifiers.stored(physical), type, false, null, Identity.NONE, null);
      if (!context.addColumn(entity.table, column, physical, entity.type, entity.type.getQualifiedName() + " (primary key join column)",
          CompositeKeys.keyClaim(entity, "", "@PrimaryKeyJoinColumn"))) {
        entity.keyKnown = false;
        return;
      }
      physicalNames.add(physical);
      entity.keyColumns.add(new EntityInfo.KeyColumn(physical, column.name(), referenced.type()));
    }
    // The foreign key may sit on the single @PrimaryKeyJoinColumn or on the @PrimaryKeyJoinColumns container.
    Optional<Jpa> foreignKey = Jpa.find(entity.type, "PrimaryKeyJoinColumns").flatMap(c -> c.annotation("foreignKey"))
        .or(() -> given.isEmpty() ? Optional.empty() : given.get(0).annotation("foreignKey"));
    ForeignKeys.add(context.names, entity.type, entity.table, physicalNames, parent.table,
        parent.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList(), foreignKey);
  }
}
