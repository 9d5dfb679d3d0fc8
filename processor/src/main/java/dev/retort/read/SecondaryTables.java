package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Maps an entity's {@code @SecondaryTable}s as Hibernate does: each a table whose primary key is one
 * column per key column of the entity, named by {@code @PrimaryKeyJoinColumn} or after the key
 * column, with a foreign key to the entity's table; {@code @Column(table = ...)} routes columns to it.
 */
final class SecondaryTables {

  /** One {@code @SecondaryTable} of an entity and the table it makes. */
  record Declared(Jpa annotation, TableBuilder table) {}

  private final ReadContext context;

  SecondaryTables(ReadContext context) {
    this.context = context;
  }

  /** Makes the tables {@code entity}'s {@code @SecondaryTable}s declare, keyed by the name they are referred to with. */
  void declare(EntityInfo entity) {
    for (Jpa secondary : Jpa.findRepeatable(entity.type, "SecondaryTable", "SecondaryTables")) {
      String schema = secondary.string("schema");
      TableBuilder table = new TableBuilder(schema.isEmpty() ? null : context.naming.physical(schema),
          context.naming.physical(secondary.string("name")));
      if (context.names.check(entity.type, secondary.mirror(), "table", table.name().name(), entity.type.getQualifiedName(),
          "@SecondaryTable(name = \"...\")")) {
        entity.secondaryTables.put(secondary.string("name"), new Declared(secondary, table));
      }
    }
  }

  /**
   * The table a column whose {@code @Column} or {@code @JoinColumn} is {@code column} goes to:
   * the secondary table its {@code table} names, else {@code primary}; null after reporting an unknown name.
   */
  TableBuilder route(EntityInfo entity, TableBuilder primary, Optional<Jpa> column, Attribute attribute) {
    String named = column.map(c -> c.string("table")).orElse("");
    if (entity == null || named.isEmpty() || named.equals(entity.table.physicalName())) {
      return primary;
    }
    Declared declared = entity.secondaryTables.get(named);
    for (EntityInfo current = entity.parent; declared == null && current != null; current = current.parent) {
      declared = current.secondaryTables.get(named);
    }
    if (declared == null) {
      context.reporter.error(attribute.element(), column.get().mirror(), ProcessorMessage.UNKNOWN_SECONDARY_TABLE, attribute.describe(),
          named, entity.type.getQualifiedName(), List.copyOf(entity.secondaryTables.keySet()), named);
      return null;
    }
    return declared.table();
  }

  /** Adds each secondary table's key columns, primary key and foreign key, once {@code entity}'s key columns are known. */
  void key(EntityInfo entity) {
    if (!entity.keyKnown) {
      return;
    }
    for (Declared secondary : entity.secondaryTables.values()) {
      List<Jpa> given = secondary.annotation().annotations("pkJoinColumns");
      List<String> physicalNames = new ArrayList<>();
      List<String> storedNames = new ArrayList<>();
      for (int i = 0; i < entity.keyColumns.size(); i++) {
        EntityInfo.KeyColumn referenced = entity.keyColumns.get(i);
        Jpa joinColumn = joinColumnFor(given, referenced, i);
        String name = joinColumn == null ? "" : joinColumn.string("name");
        // Hibernate's implicit primary key join column takes the referenced column's name.
        String physical = name.isEmpty() ? referenced.physicalName() : context.naming.physical(name);
        String definition = joinColumn == null ? "" : joinColumn.string("columnDefinition");
        ColumnType type = definition.isEmpty() ? referenced.type() : new ColumnType.Raw(definition);
        Column column = new Column(Identifiers.stored(physical), type, false, null, Identity.NONE, null);
        Element origin = entity.type;
        if (!context.addColumn(secondary.table(), column, physical, origin,
            entity.type.getQualifiedName() + " (key of secondary table " + secondary.table().name() + ")",
            CompositeKeys.keyClaim(entity, "", "@PrimaryKeyJoinColumn"))) {
          return;
        }
        physicalNames.add(physical);
        storedNames.add(column.name());
      }
      secondary.table().primaryKey(storedNames);
      ForeignKeys.add(context.names, entity.type, secondary.table(), physicalNames, entity.table,
          entity.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList(), secondary.annotation().annotation("foreignKey"));
    }
  }

  /** The join column naming {@code referenced}, else the {@code index}-th one when none names its referenced column. */
  private Jpa joinColumnFor(List<Jpa> given, EntityInfo.KeyColumn referenced, int index) {
    for (Jpa joinColumn : given) {
      String named = joinColumn.string("referencedColumnName");
      if (!named.isEmpty() && Identifiers.stored(context.naming.physical(named)).equals(referenced.storedName())) {
        return joinColumn;
      }
    }
    boolean positional = given.stream().allMatch(j -> j.string("referencedColumnName").isEmpty());
    return positional && index < given.size() ? given.get(index) : null;
  }
}
