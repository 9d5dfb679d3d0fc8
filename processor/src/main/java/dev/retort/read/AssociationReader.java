package dev.retort.read;

import dev.retort.message.Message;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps associations and element collections: join columns of to-one associations, the join tables
 * of owning to-many associations and the collection tables of basic element collections, each with
 * the foreign keys Hibernate names.
 */
final class AssociationReader {

  private final ReadContext context;
  private final ColumnReader columns;
  private final List<TableBuilder> extraTables = new ArrayList<>();

  AssociationReader(ReadContext context, ColumnReader columns) {
    this.context = context;
    this.columns = columns;
  }

  /** The join and collection tables made so far. */
  List<TableBuilder> extraTables() {
    return extraTables;
  }

  void read(EntityInfo entity) {
    if (!entity.ownsTable() && entity.strategy == EntityInfo.Strategy.TABLE_PER_CLASS) {
      // An abstract TABLE_PER_CLASS entity has no table; its subclasses map its associations.
      return;
    }
    for (Attribute attribute : entity.columnAttributes()) {
      Element element = attribute.element();
      Optional<Jpa> toOne = Jpa.find(element, "ManyToOne").or(() -> Jpa.find(element, "OneToOne"));
      Optional<Jpa> toMany = Jpa.find(element, "OneToMany").or(() -> Jpa.find(element, "ManyToMany"));
      Optional<Jpa> elements = Jpa.find(element, "ElementCollection");
      if (entity.strategy == EntityInfo.Strategy.TABLE_PER_CLASS && (entity.parent != null || !entity.children.isEmpty())
          && (toMany.isPresent() || elements.isPresent())) {
        if (entity.declares(attribute)) {
          unsupported(element, "a collection in a TABLE_PER_CLASS hierarchy");
        }
      } else if (toOne.isPresent()) {
        toOne(entity, attribute, toOne.get(), Jpa.has(element, "OneToOne"));
      } else if (toMany.isPresent()) {
        toMany(entity, attribute, toMany.get(), Jpa.has(element, "OneToMany"));
      } else if (elements.isPresent()) {
        elementCollection(entity, attribute);
      }
    }
  }

  private void toOne(EntityInfo entity, Attribute attribute, Jpa association, boolean oneToOne) {
    EntityInfo target = target(attribute, association, attribute.type());
    if (target == null) {
      return;
    }
    if (!association.string("mappedBy").isEmpty()) {
      checkMappedBy(attribute, association, target);
      return;
    }
    Element element = attribute.element();
    if (CompositeKeys.mapsId(entity).filter(attribute::equals).isPresent()) {
      // The column pass made its join column the primary key.
      return;
    }
    if (Jpa.has(element, "JoinTable") || Jpa.has(element, "MapsId") || Jpa.has(element, "PrimaryKeyJoinColumn")) {
      unsupported(element, "a to-one association through @JoinTable, @MapsId or @PrimaryKeyJoinColumn");
      return;
    }
    if (!target.keyKnown) {
      return;
    }
    if (target.strategy == EntityInfo.Strategy.TABLE_PER_CLASS && !target.children.isEmpty()) {
      unsupported(element, "a to-one association to an entity with TABLE_PER_CLASS subclasses");
      return;
    }
    List<Jpa> joinColumns = Jpa.findRepeatable(element, "JoinColumn", "JoinColumns");
    if (target.keyColumns.size() != 1 || joinColumns.size() > 1) {
      unsupported(element, "a to-one association to a composite key");
      return;
    }
    Jpa joinColumn = joinColumns.isEmpty() ? null : joinColumns.get(0);
    EntityInfo.KeyColumn referenced = target.keyColumns.get(0);
    String referencedStored = referenced.storedName();
    String referencedPhysical = referenced.physicalName();
    Column referencedColumn = null;
    if (joinColumn != null && !joinColumn.string("referencedColumnName").isEmpty()) {
      referencedPhysical = context.naming.physical(joinColumn.string("referencedColumnName"));
      referencedStored = Identifiers.stored(referencedPhysical);
      TableBuilder.Entry entry = target.table.column(referencedStored);
      if (entry == null) {
        context.reporter.error(element, joinColumn.mirror(), Message.UNKNOWN_COLUMN, attribute.describe(), referencedStored,
            target.table.name(), target.table.storedColumnNames());
        return;
      }
      referencedColumn = entry.column();
    }
    String logical = joinColumn != null && !joinColumn.string("name").isEmpty()
        ? joinColumn.string("name")
        : attribute.name() + "_" + referencedPhysical;
    String physical = context.naming.physical(logical);
    boolean explicitlyNullable = joinColumn == null || joinColumn.bool("nullable", true);
    boolean nullable = association.bool("optional", true) && explicitlyNullable;
    if (!nullable && explicitlyNullable && entity.isSingleTableSubclass()) {
      // As for basic columns: the other entities' rows leave it empty, so a table check requires it instead.
      nullable = true;
      entity.impliedNotNullSql.add(Identifiers.sql(physical));
    }
    Column column = new Column(Identifiers.stored(physical),
        referencedColumn == null ? referenced.type() : referencedColumn.type(), nullable, null, Identity.NONE, null);
    if (!context.addColumn(entity.table, column, physical, element, attribute.describe())) {
      return;
    }
    if (oneToOne || (joinColumn != null && joinColumn.bool("unique", false))) {
      entity.table.unique(new UniqueConstraint(Identifiers.uniqueName(entity.table.name().name(), List.of(column.name())), List.of(column.name())));
    }
    ForeignKeys.add(entity.table, List.of(physical), target.table, List.of(referencedStored),
        joinColumn == null ? Optional.empty() : joinColumn.annotation("foreignKey"));
  }

  private void toMany(EntityInfo entity, Attribute attribute, Jpa association, boolean oneToMany) {
    Element element = attribute.element();
    Optional<TypeMirror> elementType = elementType(attribute);
    if (elementType.isEmpty()) {
      return;
    }
    EntityInfo target = target(attribute, association, elementType.get());
    if (target == null) {
      return;
    }
    if (!association.string("mappedBy").isEmpty()) {
      checkMappedBy(attribute, association, target);
      return;
    }
    if (oneToMany && (Jpa.has(element, "JoinColumn") || Jpa.has(element, "JoinColumns"))) {
      unsupported(element, "a unidirectional @OneToMany with @JoinColumn");
      return;
    }
    if (!entity.keyKnown || !target.keyKnown) {
      return;
    }
    Optional<Jpa> joinTable = Jpa.find(element, "JoinTable");
    String logical = joinTable.map(j -> j.string("name")).filter(n -> !n.isEmpty())
        .orElse(context.naming.joinTable(entity.table.physicalName(), target.table.physicalName(), attribute.name()));
    TableBuilder table = newTable(joinTable.map(j -> j.string("schema")).orElse(""), logical, element);
    // The owner's columns are named after the inverse attribute when the association is bidirectional.
    String ownerPrefix = entity.entityName;
    for (Attribute inverse : target.attributes) {
      Optional<Jpa> inverseAssociation = Jpa.find(inverse.element(), "ManyToMany").or(() -> Jpa.find(inverse.element(), "OneToMany"));
      if (inverseAssociation.isPresent() && inverseAssociation.get().string("mappedBy").equals(attribute.name())) {
        ownerPrefix = inverse.name();
      }
    }
    List<Jpa> joinColumns = joinTable.map(j -> j.annotations("joinColumns")).orElse(List.of());
    List<Jpa> inverseColumns = joinTable.map(j -> j.annotations("inverseJoinColumns")).orElse(List.of());
    List<String> ownerPhysical = keyColumns(table, entity, joinColumns, ownerPrefix, attribute);
    List<String> targetPhysical = keyColumns(table, target, inverseColumns, attribute.name(), attribute);
    if (ownerPhysical == null || targetPhysical == null) {
      return;
    }
    List<String> ownerStored = ownerPhysical.stream().map(Identifiers::stored).toList();
    List<String> targetStored = targetPhysical.stream().map(Identifiers::stored).toList();
    if (isSet(attribute.type())) {
      List<String> key = new ArrayList<>(ownerStored);
      key.addAll(targetStored);
      table.primaryKey(key);
    } else if (Jpa.has(element, "OrderColumn")) {
      unsupported(element, "@OrderColumn");
    }
    if (oneToMany) {
      table.unique(new UniqueConstraint(Identifiers.uniqueName(table.name().name(), targetStored), targetStored));
    }
    ForeignKeys.add(table, ownerPhysical, entity.table, entity.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList(),
        joinTable.flatMap(j -> j.annotation("foreignKey")));
    ForeignKeys.add(table, targetPhysical, target.table, target.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList(),
        joinTable.flatMap(j -> j.annotation("inverseForeignKey")));
  }

  /** A basic element collection: a table keyed by the owner's id with one value column. */
  private void elementCollection(EntityInfo entity, Attribute attribute) {
    Element element = attribute.element();
    Optional<TypeMirror> elementType = elementType(attribute);
    if (elementType.isEmpty()) {
      return;
    }
    TypeMirror valueType = elementType.get();
    if (valueType.getKind() == TypeKind.DECLARED && (Jpa.has(((DeclaredType) valueType).asElement(), "Embeddable")
        || Jpa.has(((DeclaredType) valueType).asElement(), "Entity"))) {
      unsupported(element, "an @ElementCollection of embeddables");
      return;
    }
    if (!entity.keyKnown) {
      return;
    }
    Optional<Jpa> collectionTable = Jpa.find(element, "CollectionTable");
    String logical = collectionTable.map(c -> c.string("name")).filter(n -> !n.isEmpty())
        .orElse(entity.entityName + "_" + attribute.name());
    TableBuilder table = newTable(collectionTable.map(c -> c.string("schema")).orElse(""), logical, element);
    List<String> ownerPhysical = keyColumns(table, entity,
        collectionTable.map(c -> c.annotations("joinColumns")).orElse(List.of()), entity.entityName, attribute);
    Optional<ColumnReader.Prepared> value = columns.prepare(attribute, valueType, attribute.name(), null, false);
    if (ownerPhysical == null || value.isEmpty()) {
      return;
    }
    ColumnReader.Prepared prepared = value.get();
    // A primitive can't be an element type, so the value column is nullable unless @Column says otherwise.
    columns.add(table, prepared, attribute);
    if (isSet(attribute.type())) {
      List<String> all = new ArrayList<>(ownerPhysical.stream().map(Identifiers::stored).toList());
      all.add(prepared.column().name());
      if (prepared.column().nullable()) {
        table.unique(new UniqueConstraint(Identifiers.uniqueName(table.name().name(), all), all));
      } else {
        table.primaryKey(all);
      }
    } else if (Jpa.has(element, "OrderColumn")) {
      unsupported(element, "@OrderColumn");
    }
    ForeignKeys.add(table, ownerPhysical, entity.table, entity.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList(),
        collectionTable.flatMap(c -> c.annotation("foreignKey")));
  }

  private TableBuilder newTable(String schema, String logical, Element element) {
    String physical = context.naming.physical(logical);
    TableBuilder table = new TableBuilder(schema.isEmpty() ? null : context.naming.physical(schema), physical);
    if (Identifiers.bytes(table.name().name()) > Identifiers.MAX_BYTES) {
      context.reporter.error(element, Message.NAME_TOO_LONG, "table", table.name().name(), ColumnReader.describe(element),
          Identifiers.bytes(table.name().name()), "@JoinTable(name = \"...\") or @CollectionTable(name = \"...\")");
    }
    extraTables.add(table);
    return table;
  }

  /** Adds NOT NULL columns referencing {@code referenced}'s key to {@code table}; their physical names, or null. */
  private List<String> keyColumns(TableBuilder table, EntityInfo referenced, List<Jpa> given, String prefix, Attribute attribute) {
    List<String> physicalNames = new ArrayList<>();
    for (int i = 0; i < referenced.keyColumns.size(); i++) {
      EntityInfo.KeyColumn key = referenced.keyColumns.get(i);
      String name = i < given.size() ? given.get(i).string("name") : "";
      String physical = context.naming.physical(name.isEmpty() ? prefix + "_" + key.physicalName() : name);
      Column column = new Column(Identifiers.stored(physical), key.type(), false, null, Identity.NONE, null);
      if (!context.addColumn(table, column, physical, attribute.element(), attribute.describe())) {
        return null;
      }
      physicalNames.add(physical);
    }
    return physicalNames;
  }

  private EntityInfo target(Attribute attribute, Jpa association, TypeMirror declared) {
    TypeMirror targetType = association.type("targetEntity");
    if (targetType == null || ((TypeElement) ((DeclaredType) targetType).asElement()).getQualifiedName().contentEquals("void")) {
      targetType = declared;
    }
    EntityInfo target = context.entity(targetType);
    if (target == null) {
      context.reporter.error(attribute.element(), association.mirror(), Message.NOT_AN_ENTITY, attribute.describe(), targetType, targetType);
    }
    return target;
  }

  private void checkMappedBy(Attribute attribute, Jpa association, EntityInfo target) {
    String mappedBy = association.string("mappedBy");
    if (target.attribute(mappedBy) == null) {
      context.reporter.error(attribute.element(), association.mirror(), Message.MAPPED_BY_UNKNOWN,
          attribute.describe(), mappedBy, target.type.getQualifiedName(), target.type.getSimpleName());
    }
  }

  private Optional<TypeMirror> elementType(Attribute attribute) {
    if (attribute.type() instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (raw.equals("java.util.Map") || declared.getTypeArguments().size() != 1) {
        unsupported(attribute.element(), "a java.util.Map collection");
        return Optional.empty();
      }
      return Optional.of(declared.getTypeArguments().get(0));
    }
    context.reporter.error(attribute.element(), Message.UNMAPPABLE_TYPE, attribute.describe(), attribute.type());
    return Optional.empty();
  }

  private boolean isSet(TypeMirror type) {
    String raw = ((TypeElement) context.types.asElement(type)).getQualifiedName().toString();
    return raw.equals("java.util.Set") || raw.equals("java.util.SortedSet") || raw.equals("java.util.NavigableSet");
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, Message.UNSUPPORTED_MAPPING, ColumnReader.describe(element), what);
  }
}
