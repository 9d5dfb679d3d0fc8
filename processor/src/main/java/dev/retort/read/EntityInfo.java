package dev.retort.read;

import dev.retort.model.ColumnType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** What the reader knows of one entity: its names, table, access type, attributes and key columns. */
final class EntityInfo {

  /** A primary key column: physical and stored name and the type a foreign key copies. */
  record KeyColumn(String physicalName, String storedName, ColumnType type) {}

  final TypeElement type;
  final String entityName;
  final TableBuilder table;
  final AttributeScanner.Access access;
  final List<Attribute> attributes;
  final List<KeyColumn> keyColumns = new ArrayList<>();
  /** False when the key could not be read (already reported), so associations to it are skipped. */
  boolean keyKnown = true;

  EntityInfo(TypeElement type, String entityName, TableBuilder table, AttributeScanner.Access access, List<Attribute> attributes) {
    this.type = type;
    this.entityName = entityName;
    this.table = table;
    this.access = access;
    this.attributes = attributes;
  }

  Attribute attribute(String name) {
    for (Attribute attribute : attributes) {
      if (attribute.name().equals(name)) {
        return attribute;
      }
    }
    return null;
  }
}
