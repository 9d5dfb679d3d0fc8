package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Maps associations: join columns of to-one associations and of unidirectional one-to-many ones,
 * the join tables of owning to-many associations, each with the foreign keys Hibernate names; element
 * collections are left to {@link CollectionReader}.
 */
final class AssociationReader {

  private final ReadContext context;
  private final CollectionTables tables;
  private final CollectionReader collections;
  private final ReferencedColumns referencedColumns;
  private final CompositeJoinColumns compositeJoinColumns;

  AssociationReader(ReadContext context, ColumnReader columns) {
    this.context = context;
    this.compositeJoinColumns = new CompositeJoinColumns(context);
    this.tables = new CollectionTables(context);
    this.collections = new CollectionReader(context, columns, tables);
    this.referencedColumns = new ReferencedColumns(context);
  }

  /** The join and collection tables made so far. */
  List<TableBuilder> extraTables() {
    return tables.tables();
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
        toOne(entity, attribute, toOne.get(), Jpa.has(element, "OneToOne"), classOverride(entity, attribute), attribute.name());
      } else if (toMany.isPresent()) {
        toMany(entity, attribute, toMany.get(), Jpa.has(element, "OneToMany"));
      } else if (elements.isPresent()) {
        collections.read(entity, attribute);
      }
    }
    for (EntityInfo.EmbeddedAssociation embedded : entity.embeddedAssociations) {
      Element element = embedded.part().element();
      Optional<Jpa> toOne = Jpa.find(element, "ManyToOne").or(() -> Jpa.find(element, "OneToOne"));
      if (toOne.isPresent()) {
        toOne(entity, embedded.part(), toOne.get(), Jpa.has(element, "OneToOne"), embedded.override(), embedded.bindingName());
      } else if (embedded.override().isPresent()) {
        unsupported(element, "an @AssociationOverride of a collection association inside an @Embeddable");
      } else {
        Jpa toMany = Jpa.find(element, "OneToMany").or(() -> Jpa.find(element, "ManyToMany")).orElseThrow();
        toMany(entity, embedded.part(), toMany, Jpa.has(element, "OneToMany"));
      }
    }
  }

  /**
   * The {@code @AssociationOverride} that {@code entity}'s class declares for {@code attribute},
   * which only an attribute it inherits from a mapped superclass can take.
   */
  private static Optional<Jpa> classOverride(EntityInfo entity, Attribute attribute) {
    if (attribute.element().getEnclosingElement().equals(entity.type)) {
      return Optional.empty();
    }
    return Jpa.findRepeatable(entity.type, "AssociationOverride", "AssociationOverrides").stream()
        .filter(o -> o.string("name").equals(attribute.name())).findFirst();
  }

  /**
   * Maps a to-one's join column; {@code override}, an {@code @AssociationOverride}, replaces its join
   * columns and foreign key, and {@code bindingName} is the entity attribute it binds with.
   */
  private void toOne(EntityInfo entity, Attribute attribute, Jpa association, boolean oneToOne, Optional<Jpa> override, String bindingName) {
    EntityInfo target = target(attribute, association, attribute.type());
    if (target == null) {
      return;
    }
    if (!association.string("mappedBy").isEmpty()) {
      checkMappedBy(attribute, association, target);
      return;
    }
    Element element = attribute.element();
    if (CompositeKeys.derivesKey(entity, attribute)) {
      // The column pass made its join column (part of) the primary key.
      return;
    }
    if (!target.keyKnown) {
      return;
    }
    if (Jpa.has(element, "JoinTable")) {
      joinTableToOne(entity, attribute, association, oneToOne, target);
      return;
    }
    if (oneToOne && (Jpa.has(element, "PrimaryKeyJoinColumn") || Jpa.has(element, "PrimaryKeyJoinColumns"))) {
      primaryKeyJoin(entity, attribute, association, target);
      return;
    }
    if (target.strategy == EntityInfo.Strategy.TABLE_PER_CLASS && !target.children.isEmpty()) {
      unsupported(element, "a to-one association to an entity with TABLE_PER_CLASS subclasses");
      return;
    }
    List<Jpa> joinColumns = override.map(o -> o.annotations("joinColumns")).filter(j -> !j.isEmpty())
        .orElse(Jpa.findRepeatable(element, "JoinColumn", "JoinColumns"));
    if (override.isPresent() && override.get().isSet("joinTable")) {
      unsupported(element, "an @AssociationOverride with a joinTable");
      return;
    }
    if (target.keyColumns.size() != 1) {
      compositeJoinColumns.read(entity, attribute, association, oneToOne, target, joinColumns, override, bindingName);
      return;
    }
    if (joinColumns.size() > 1) {
      unsupported(element, "several @JoinColumns to a single-column key");
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
        context.reporter.error(element, joinColumn.mirror(), ProcessorMessage.UNKNOWN_COLUMN, attribute.describe(), referencedStored,
            target.table.name(), target.table.storedColumnNames());
        return;
      }
      referencedColumn = entry.column();
      if (!referencedStored.equals(referenced.storedName())) {
        // Hibernate makes a column a foreign key references unique, as PostgreSQL requires.
        target.table.unique(new UniqueConstraint(Identifiers.uniqueName(target.table.name().name(), List.of(referencedStored)),
            List.of(referencedStored)));
      }
    }
    String logical = joinColumn != null && !joinColumn.string("name").isEmpty()
        ? joinColumn.string("name")
        : attribute.name() + "_" + referencedPhysical;
    String physical = context.naming.physical(logical);
    boolean explicitlyNullable = joinColumn == null || joinColumn.bool("nullable", true);
    boolean nullable = association.bool("optional", true) && explicitlyNullable;
    if (!nullable && explicitlyNullable && entity.isSingleTableSubclass() && context.line.singleTableToOneRelaxed()) {
      // As for basic columns: the other entities' rows leave it empty, so a table check requires it instead.
      nullable = true;
      entity.impliedNotNull.add(new EntityInfo.RequiredColumn(attribute.name(), Identifiers.sql(physical)));
    }
    // Inside an embeddable Hibernate applies the constraints only through @Valid, which is not read.
    if (nullable && bindingName.equals(attribute.name()) && context.beanValidation.requiresJoinColumn(entity, attribute)) {
      nullable = false;
    }
    Column column = new Column(Identifiers.stored(physical),
        referencedColumn == null ? referenced.type() : referencedColumn.type(), nullable, null, Identity.NONE, null);
    ColumnClaim claim = ColumnClaim.of(entity, ColumnClaim.Phase.TO_ONE, bindingName, Optional.ofNullable(joinColumn), "@JoinColumn");
    TableBuilder owner = context.secondaryTables.route(entity, entity.table, Optional.ofNullable(joinColumn), attribute);
    if (owner == null || !context.addColumn(owner, column, physical, element, attribute.describe(), claim)) {
      return;
    }
    if (oneToOne || (joinColumn != null && joinColumn.bool("unique", false))) {
      owner.unique(new UniqueConstraint(Identifiers.uniqueName(owner.name().name(), List.of(column.name())), List.of(column.name())));
    }
    Optional<Jpa> foreignKey = override.flatMap(o -> o.annotation("foreignKey"))
        .or(() -> joinColumn == null ? Optional.empty() : joinColumn.annotation("foreignKey"));
    ForeignKeys.add(context.names, element, owner, List.of(physical), target.table, List.of(referencedStored), foreignKey);
  }

  /**
   * A one-to-one joined by primary key adds no column: the two tables share their key. Hibernate
   * constrains the key by a foreign key to the target only when the association is not optional.
   */
  private void primaryKeyJoin(EntityInfo entity, Attribute attribute, Jpa association, EntityInfo target) {
    if (association.bool("optional", true) || !entity.keyKnown) {
      return;
    }
    if (entity.keyColumns.size() != target.keyColumns.size()) {
      unsupported(attribute.element(), "a @PrimaryKeyJoinColumn one-to-one between keys of different widths");
      return;
    }
    ForeignKeys.add(context.names, attribute.element(), entity.table, entity.keyColumns.stream().map(EntityInfo.KeyColumn::physicalName).toList(),
        target.table, target.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList(), Optional.empty());
  }

  /**
   * A to-one kept in a join table: a row per owner that has a target, keyed by the owner's key
   * columns, with the target's key columns beside them (unique for a one-to-one) and a foreign key to each side.
   */
  private void joinTableToOne(EntityInfo entity, Attribute attribute, Jpa association, boolean oneToOne, EntityInfo target) {
    if (!entity.keyKnown) {
      return;
    }
    Element element = attribute.element();
    Jpa joinTable = Jpa.find(element, "JoinTable").orElseThrow();
    String logical = joinTable.string("name").isEmpty()
        ? context.naming.joinTable(entity.table.physicalName(), target.table.physicalName(), attribute.name()) : joinTable.string("name");
    TableBuilder table = tables.create(joinTable.string("schema"), logical, element);
    List<String> ownerPhysical = tables.ownerKeyColumns(table, entity, joinTable.annotations("joinColumns"), attribute);
    List<String> targetPhysical = tables.targetKeyColumns(table, target, joinTable.annotations("inverseJoinColumns"),
        association.bool("optional", true), attribute);
    if (ownerPhysical == null || targetPhysical == null) {
      return;
    }
    table.primaryKey(ownerPhysical.stream().map(Identifiers::stored).toList());
    if (oneToOne) {
      List<String> targetStored = targetPhysical.stream().map(Identifiers::stored).toList();
      table.unique(new UniqueConstraint(Identifiers.uniqueName(table.name().name(), targetStored), targetStored));
    }
    ForeignKeys.add(context.names, element, table, ownerPhysical, entity.table, tables.referencedColumns(entity, joinTable.annotations("joinColumns")),
        joinTable.annotation("foreignKey"));
    ForeignKeys.add(context.names, element, table, targetPhysical, target.table,
        tables.referencedColumns(target, joinTable.annotations("inverseJoinColumns")), joinTable.annotation("inverseForeignKey"));
  }

  private void toMany(EntityInfo entity, Attribute attribute, Jpa association, boolean oneToMany) {
    Element element = attribute.element();
    Optional<TypeMirror> elementType = inverseMapKeyedByAttribute(attribute, association)
        ? Optional.of(((DeclaredType) attribute.type()).getTypeArguments().get(1)) : elementType(attribute);
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
    if (!entity.keyKnown || !target.keyKnown) {
      return;
    }
    if (oneToMany && (Jpa.has(element, "JoinColumn") || Jpa.has(element, "JoinColumns"))) {
      joinColumnOnTarget(entity, attribute, target);
      return;
    }
    Optional<Jpa> joinTable = Jpa.find(element, "JoinTable");
    String logical = joinTable.map(j -> j.string("name")).filter(n -> !n.isEmpty())
        .orElse(context.naming.joinTable(entity.table.physicalName(), target.table.physicalName(), attribute.name()));
    TableBuilder table = tables.create(joinTable.map(j -> j.string("schema")).orElse(""), logical, element);
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
    checkMutability(attribute, joinColumns);
    checkMutability(attribute, inverseColumns);
    List<String> ownerPhysical = tables.keyColumns(table, entity, joinColumns, ownerPrefix, attribute);
    List<String> targetPhysical = tables.keyColumns(table, target, inverseColumns, attribute.name(), attribute);
    if (ownerPhysical == null || targetPhysical == null) {
      return;
    }
    List<String> ownerStored = ownerPhysical.stream().map(Identifiers::stored).toList();
    List<String> targetStored = targetPhysical.stream().map(Identifiers::stored).toList();
    Optional<String> position = tables.isList(attribute.type()) ? tables.orderColumn(table, attribute) : Optional.empty();
    Optional<String> mapKey = tables.isMap(attribute.type())
        ? tables.mapKey(table, attribute, ((DeclaredType) attribute.type()).getTypeArguments().get(0)) : Optional.empty();
    if (mapKey.isPresent()) {
      List<String> key = new ArrayList<>(ownerStored);
      key.add(mapKey.get());
      table.primaryKey(key);
    } else if (position.isPresent()) {
      List<String> key = new ArrayList<>(ownerStored);
      key.add(position.get());
      table.primaryKey(key);
    } else if (tables.isSet(attribute.type()) && oneToMany && context.line.joinTableKeyedByElement()) {
      // Each target row belongs to one owner at most, so Hibernate 7 keys a one-to-many set by its elements alone.
      table.primaryKey(targetStored);
    } else if (tables.isSet(attribute.type())) {
      List<String> key = new ArrayList<>(ownerStored);
      key.addAll(targetStored);
      table.primaryKey(key);
    }
    if (oneToMany) {
      // The elements' unique constraint; the table drops it where it is the primary key.
      table.unique(new UniqueConstraint(Identifiers.uniqueName(table.name().name(), targetStored), targetStored));
    }
    tables.collectionKeyReferences(entity, joinColumns).ifPresent(referenced -> ForeignKeys.add(context.names, element, table,
        ownerPhysical, entity.table, referenced, joinTable.flatMap(j -> j.annotation("foreignKey"))));
    ForeignKeys.add(context.names, element, table, targetPhysical, target.table, tables.referencedColumns(target, inverseColumns),
        joinTable.flatMap(j -> j.annotation("inverseForeignKey")));
  }

  /** Warns of join table columns whose insertable and updatable differ, which Hibernate 7 refuses on a collection. */
  private void checkMutability(Attribute attribute, List<Jpa> joinColumns) {
    for (Jpa joinColumn : joinColumns) {
      boolean insertable = joinColumn.bool("insertable", true);
      boolean updatable = joinColumn.bool("updatable", true);
      if (insertable != updatable) {
        context.reporter.warning(attribute.element(), joinColumn.mirror(), ProcessorMessage.JOIN_TABLE_COLUMN_MUTABILITY, attribute.describe(),
            joinColumn.string("name").isEmpty() ? "(unnamed)" : joinColumn.string("name"), insertable, updatable);
      }
    }
  }

  /**
   * A unidirectional {@code @OneToMany} with {@code @JoinColumn}: a column in the target's table,
   * named {@code <attribute>_<key>} unless given, referencing the owner; nullable unless it says not;
   * a list's {@code @OrderColumn} goes to the target's table too, always nullable.
   */
  private void joinColumnOnTarget(EntityInfo entity, Attribute attribute, EntityInfo target) {
    Element element = attribute.element();
    List<Jpa> joinColumns = Jpa.findRepeatable(element, "JoinColumn", "JoinColumns");
    if (entity.keyColumns.size() != 1 || joinColumns.size() != 1) {
      unsupported(element, "a unidirectional @OneToMany with @JoinColumn to a composite key");
      return;
    }
    Jpa joinColumn = joinColumns.get(0);
    EntityInfo.KeyColumn key = entity.keyColumns.get(0);
    TableBuilder.Entry referenced = referencedColumns.find(attribute, joinColumn, entity, key);
    if (referenced == null) {
      return;
    }
    String logical = joinColumn.string("name").isEmpty() ? attribute.name() + "_" + referenced.physicalName() : joinColumn.string("name");
    String physical = context.naming.physical(logical);
    boolean nullable = joinColumn.bool("nullable", true);
    Column column = new Column(Identifiers.stored(physical), referenced.column().type(), nullable, null, Identity.NONE, null);
    // Hibernate gives the target a backref property, which writes the column, only for a NOT NULL key.
    ColumnClaim claim = new ColumnClaim(target, ColumnClaim.Phase.COLLECTION_KEY,
        !nullable && ColumnClaim.writes(Optional.of(joinColumn)), attribute.name(), "@JoinColumn");
    if (!context.addColumn(target.table, column, physical, element, attribute.describe(), claim)) {
      return;
    }
    ForeignKeys.add(context.names, element, target.table, List.of(physical), entity.table, List.of(referenced.column().name()), joinColumn.annotation("foreignKey"));
    if (tables.isList(attribute.type())) {
      tables.orderColumn(target.table, attribute, true,
          new ColumnClaim(target, ColumnClaim.Phase.COLLECTION_KEY, true, attribute.name(), "@OrderColumn"));
    }
  }

  private EntityInfo target(Attribute attribute, Jpa association, TypeMirror declared) {
    TypeMirror targetType = association.type("targetEntity");
    if (targetType == null || ((TypeElement) ((DeclaredType) targetType).asElement()).getQualifiedName().contentEquals("void")) {
      targetType = declared;
    }
    EntityInfo target = context.entity(targetType);
    if (target == null) {
      context.reporter.error(attribute.element(), association.mirror(), ProcessorMessage.NOT_AN_ENTITY, attribute.describe(), targetType, targetType);
    }
    return target;
  }

  private void checkMappedBy(Attribute attribute, Jpa association, EntityInfo target) {
    String mappedBy = association.string("mappedBy");
    if (target.attribute(mappedBy) == null) {
      context.reporter.error(attribute.element(), association.mirror(), ProcessorMessage.MAPPED_BY_UNKNOWN,
          attribute.describe(), mappedBy, target.type.getQualifiedName(), target.type.getSimpleName());
    }
  }

  /**
   * Whether {@code attribute} is the inverse side of an association kept in a {@code Map} keyed by an
   * attribute of the target ({@code @MapKey}): the owning side maps every column, so its key adds none.
   */
  private static boolean inverseMapKeyedByAttribute(Attribute attribute, Jpa association) {
    Element element = attribute.element();
    return !association.string("mappedBy").isEmpty() && Jpa.has(element, "MapKey")
        && !Jpa.has(element, "MapKeyColumn") && !Jpa.has(element, "MapKeyJoinColumn")
        && attribute.type() instanceof DeclaredType declared && declared.getTypeArguments().size() == 2
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Map");
  }

  private Optional<TypeMirror> elementType(Attribute attribute) {
    if (attribute.type() instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (raw.equals("java.util.Map") && declared.getTypeArguments().size() == 2) {
        if (!tables.basicKey(declared.getTypeArguments().get(0)) || Jpa.has(attribute.element(), "MapKey")
            || Jpa.has(attribute.element(), "MapKeyJoinColumn")) {
          unsupported(attribute.element(), "a java.util.Map of entities keyed by an enum, an embeddable, an entity or @MapKey");
          return Optional.empty();
        }
        return Optional.of(declared.getTypeArguments().get(1));
      }
      if (declared.getTypeArguments().size() != 1) {
        context.reporter.error(attribute.element(), ProcessorMessage.UNMAPPABLE_TYPE, attribute.describe(), attribute.type());
        return Optional.empty();
      }
      return Optional.of(declared.getTypeArguments().get(0));
    }
    context.reporter.error(attribute.element(), ProcessorMessage.UNMAPPABLE_TYPE, attribute.describe(), attribute.type());
    return Optional.empty();
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, ProcessorMessage.UNSUPPORTED_MAPPING, ColumnReader.describe(element), what);
  }
}
