package dev.retort.read;

import dev.retort.model.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What the reader knows of one entity: its names, table, access type, attributes, key columns and
 * place in an inheritance hierarchy.
 */
final class EntityInfo {

  /** A primary key column: physical and stored name and the type a foreign key copies. */
  record KeyColumn(String physicalName, String storedName, ColumnType type) {}

  /**
   * An association inside an embedded attribute: the embeddable's attribute, the outermost
   * {@code @AssociationOverride} of its path, and the entity attribute it binds with.
   */
  record EmbeddedAssociation(Attribute part, Optional<Jpa> override, String bindingName) {}

  /** JPA's inheritance strategies; an entity without entity relatives is a SINGLE_TABLE root. */
  enum Strategy {
    SINGLE_TABLE,
    JOINED,
    TABLE_PER_CLASS
  }

  final TypeElement type;
  final String entityName;
  /** The table the entity's own attributes go to; a SINGLE_TABLE subclass shares its root's. */
  TableBuilder table;
  final AttributeScanner.Access access;
  /** The attributes the entity and its mapped superclasses declare, not those of entity superclasses. */
  final List<Attribute> attributes;
  final List<KeyColumn> keyColumns = new ArrayList<>();
  /** The stored names of the key columns in the order the key was mapped, before schema export reorders them. */
  List<String> keyMappingOrder = List.of();
  /** The associations inside the entity's embedded attributes, for the association pass. */
  final List<EmbeddedAssociation> embeddedAssociations = new ArrayList<>();
  /** The entity's {@code @SecondaryTable}s by the name {@code @Column(table = ...)} refers to them with. */
  final Map<String, SecondaryTables.Declared> secondaryTables = new LinkedHashMap<>();
  /** Whether the column pass has read this entity, which a {@code @MapsId} entity may make it do early. */
  boolean columnsRead;
  /** False when the key could not be read (already reported), so associations to it are skipped. */
  boolean keyKnown = true;
  /** The nearest entity superclass, or null for a hierarchy root. */
  EntityInfo parent;
  final List<EntityInfo> children = new ArrayList<>();
  Strategy strategy = Strategy.SINGLE_TABLE;
  /**
   * Columns of an entity in a SINGLE_TABLE hierarchy that its rows must fill but that stay nullable,
   * because other entities' rows leave them empty or a {@code @Column} on a primitive says so;
   * Hibernate guards them with a table check per subclass instead, inherited ones included.
   */
  final List<RequiredColumn> impliedNotNull = new ArrayList<>();

  /** A column the rows of a SINGLE_TABLE entity must fill, in SQL, and the attribute that maps it. */
  record RequiredColumn(String attribute, String sql) {}

  EntityInfo(TypeElement type, String entityName, TableBuilder table, AttributeScanner.Access access, List<Attribute> attributes) {
    this.type = type;
    this.entityName = entityName;
    this.table = table;
    this.access = access;
    this.attributes = attributes;
  }

  /** The attribute {@code name} of this entity or an entity superclass, or null. */
  Attribute attribute(String name) {
    for (EntityInfo current = this; current != null; current = current.parent) {
      for (Attribute attribute : current.attributes) {
        if (attribute.name().equals(name)) {
          return attribute;
        }
      }
    }
    return null;
  }

  EntityInfo root() {
    return parent == null ? this : parent.root();
  }

  boolean isAbstract() {
    return type.getModifiers().contains(Modifier.ABSTRACT);
  }

  boolean isSingleTableSubclass() {
    return parent != null && strategy == Strategy.SINGLE_TABLE;
  }

  /** Whether the entity has a table of its own in the database. */
  boolean ownsTable() {
    if (strategy == Strategy.SINGLE_TABLE) {
      return parent == null;
    }
    // Hibernate gives an abstract TABLE_PER_CLASS class no table: its rows live in the subclasses' tables.
    return !(strategy == Strategy.TABLE_PER_CLASS && isAbstract());
  }

  /**
   * The attributes whose columns go to {@link #table}: a TABLE_PER_CLASS entity repeats every
   * inherited attribute in its own table, others map only their own.
   */
  List<Attribute> columnAttributes() {
    if (strategy != Strategy.TABLE_PER_CLASS || parent == null) {
      return attributes;
    }
    List<Attribute> all = new ArrayList<>(parent.columnAttributes());
    all.addAll(attributes);
    return all;
  }

  /** Whether {@code attribute} is declared by this entity (or its mapped superclasses) rather than inherited. */
  boolean declares(Attribute attribute) {
    return attributes.contains(attribute);
  }
}
