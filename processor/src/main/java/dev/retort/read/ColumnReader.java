package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import dev.retort.model.Identity;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the columns an entity's own table gets from its identifier, basic and embedded attributes,
 * and the sequences its identifier generation needs; associations are left to {@link AssociationReader}.
 */
final class ColumnReader {

  /** Annotations whose attributes {@link AssociationReader} maps. */
  static final List<String> ASSOCIATIONS = List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany", "ElementCollection");

  /** A basic column before it joins its table. */
  record Prepared(Column column, String physicalName, BasicType mapped, Optional<Jpa> columnAnnotation, Element origin,
      List<String> validationChecks) {

    /** This column changed as {@code column} says. */
    Prepared with(Column changed) {
      return new Prepared(changed, physicalName, mapped, columnAnnotation, origin, validationChecks);
    }

    /** This column with the checks its Jakarta Validation constraints make Hibernate add, after its own. */
    Prepared withChecks(List<String> checks) {
      return new Prepared(column, physicalName, mapped, columnAnnotation, origin, List.copyOf(checks));
    }
  }

  private final ReadContext context;
  private final JoinedKeys joinedKeys;
  private final CompositeKeys compositeKeys;
  private final IdentifierReader identifiers;

  ColumnReader(ReadContext context) {
    this.context = context;
    this.joinedKeys = new JoinedKeys(context);
    this.compositeKeys = new CompositeKeys(context, this);
    this.identifiers = new IdentifierReader(context, this);
  }

  /** Reads {@code entity}'s columns once; a {@code @MapsId} entity reads its target's first. */
  void read(EntityInfo entity) {
    if (entity.columnsRead) {
      return;
    }
    entity.columnsRead = true;
    if (entity.isSingleTableSubclass()) {
      entity.keyColumns.addAll(entity.parent.keyColumns);
      entity.keyKnown = entity.parent.keyKnown;
    } else if (entity.parent != null && entity.strategy == EntityInfo.Strategy.JOINED) {
      joinedKeys.read(entity);
    }
    Optional<Attribute> mapsId = CompositeKeys.mapsId(entity);
    Map<String, String> idAttributes = new HashMap<>();
    mapsId.ifPresent(a -> compositeKeys.derivedKey(entity, a));
    for (Attribute attribute : entity.columnAttributes()) {
      Element element = attribute.element();
      if (Jpa.has(element, "Id") && CompositeKeys.isToOne(element)) {
        // A derived identity of an @IdClass entity: the association's join column is part of the key.
        int before = entity.keyColumns.size();
        if (compositeKeys.idToOne(entity, attribute)) {
          idAttributes.put(entity.keyColumns.get(before).storedName(), attribute.name());
        }
      } else if (Jpa.has(element, "Id") && !isEmbedded(attribute)) {
        if (mapsId.isEmpty()) {
          int before = entity.keyColumns.size();
          identifiers.read(entity, attribute);
          if (entity.keyColumns.size() > before) {
            idAttributes.put(entity.keyColumns.get(before).storedName(), attribute.name());
          }
        }
      } else if (Jpa.has(element, "EmbeddedId") || Jpa.has(element, "Id")) {
        // An @Id of an @Embeddable type is an embedded id to Hibernate.
        compositeKeys.embeddedId(entity, attribute);
      } else if (isAssociation(element) || Jpa.findHibernate(element, "Formula").isPresent()) {
        // Associations come in the next pass; a @Formula is computed in queries and has no column.
        continue;
      } else if (isEmbedded(attribute)) {
        embedded(entity.table, entity, attribute, "", new HashMap<>(), entity.access, new HashMap<>());
      } else {
        prepare(attribute, null, false).map(p -> relaxed(entity, attribute, p))
            .map(p -> context.beanValidation.apply(entity, attribute, p)).ifPresent(p -> {
          TableBuilder table = context.secondaryTables.route(entity, entity.table, p.columnAnnotation(), attribute);
          if (table != null) {
            add(table, p, attribute, basicClaim(entity, attribute.name(), p));
          }
        });
      }
    }
    naturalId(entity);
    List<String> mappingOrder = new ArrayList<>(entity.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList());
    if (idAttributes.size() > 1) {
      // Hibernate maps an @IdClass key as an embeddable, whose attributes it sorts by name.
      mappingOrder.sort(Comparator.comparing(c -> idAttributes.getOrDefault(c, c)));
    }
    entity.keyMappingOrder = List.copyOf(mappingOrder);
    // Schema export reorders composite keys, and the foreign keys to them follow.
    entity.keyColumns.sort(KeyColumnOrder.comparing(EntityInfo.KeyColumn::type, EntityInfo.KeyColumn::physicalName));
    context.secondaryTables.key(entity);
    if (entity.isSingleTableSubclass()) {
      return;
    }
    if (entity.keyColumns.isEmpty()) {
      if (entity.keyKnown) {
        context.reporter.error(entity.type, ProcessorMessage.ENTITY_WITHOUT_ID, entity.type.getQualifiedName());
      }
      entity.keyKnown = false;
    } else {
      entity.table.primaryKey(entity.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList());
    }
  }

  /** Hibernate makes one unique constraint over all {@code @NaturalId} columns, in attribute order. */
  private void naturalId(EntityInfo entity) {
    List<String> stored = new ArrayList<>();
    for (Attribute attribute : entity.attributes) {
      if (Jpa.findHibernate(attribute.element(), "NaturalId").isPresent()) {
        String logical = Jpa.find(attribute.element(), "Column").map(c -> c.string("name")).filter(n -> !n.isEmpty()).orElse(attribute.name());
        stored.add(Identifiers.stored(context.naming.physical(logical)));
      }
    }
    if (!stored.isEmpty() && stored.stream().allMatch(c -> entity.table.column(c) != null)) {
      entity.table.unique(new UniqueConstraint(Identifiers.uniqueName(entity.table.name().name(), stored), stored));
    }
  }

  /**
   * A SINGLE_TABLE subclass's column that is NOT NULL only because its attribute is primitive or
   * {@code @Basic(optional = false)} becomes nullable, as Hibernate forces; its table check takes over.
   * An explicit {@code @Column(nullable = false)} stays.
   */
  private Prepared relaxed(EntityInfo entity, Attribute attribute, Prepared prepared) {
    boolean singleTable = entity.strategy == EntityInfo.Strategy.SINGLE_TABLE && (entity.parent != null || !entity.children.isEmpty());
    if (singleTable && prepared.column().nullable() && prepared.mapped().primitive()) {
      // A primitive under @Column gets a nullable column, yet Hibernate still requires it in every subclass's rows.
      entity.impliedNotNull.add(new EntityInfo.RequiredColumn(attribute.name(), Identifiers.sql(prepared.physicalName())));
      return prepared;
    }
    boolean explicit = !prepared.columnAnnotation().map(c -> c.bool("nullable", true)).orElse(true)
        || stampedOnInsert(prepared.origin());
    if (!entity.isSingleTableSubclass() || prepared.column().nullable() || explicit) {
      return prepared;
    }
    entity.impliedNotNull.add(new EntityInfo.RequiredColumn(attribute.name(), Identifiers.sql(prepared.physicalName())));
    return prepared.with(prepared.column().nullable(true));
  }

  static boolean isAssociation(Element element) {
    for (String annotation : ASSOCIATIONS) {
      if (Jpa.has(element, annotation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmbedded(Attribute attribute) {
    if (Jpa.has(attribute.element(), "Embedded")) {
      return true;
    }
    return attribute.type().getKind() == TypeKind.DECLARED
        && Jpa.has(((DeclaredType) attribute.type()).asElement(), "Embeddable");
  }

  /** How {@code entity}'s basic attribute {@code name} maps its column, bound among the basics by its name. */
  static ColumnClaim basicClaim(EntityInfo entity, String name, Prepared prepared) {
    return entity == null ? ColumnClaim.exclusive("@Column")
        : ColumnClaim.of(entity, ColumnClaim.Phase.BASIC, name, prepared.columnAnnotation(), "@Column");
  }

  /**
   * The columns of an embedded attribute, named after each leaf attribute as Hibernate's JPA
   * strategy does; {@code overrides} holds the outermost {@code @AttributeOverride} or {@code @AssociationOverride} per path, and
   * {@code columnsByPath} receives the stored name of each column added, by attribute path. The
   * {@code entity} whose table it is, null for a collection table, lets other attributes share a column.
   */
  void embedded(TableBuilder table, EntityInfo entity, Attribute attribute, String prefix, Map<String, Jpa> overrides,
      AttributeScanner.Access access, Map<String, String> columnsByPath) {
    // Attribute and association overrides share one map: a path names either a basic or an association.
    for (Jpa override : Jpa.findRepeatable(attribute.element(), "AttributeOverride", "AttributeOverrides")) {
      overrides.putIfAbsent(prefix + override.string("name"), override);
    }
    for (Jpa override : Jpa.findRepeatable(attribute.element(), "AssociationOverride", "AssociationOverrides")) {
      overrides.putIfAbsent(prefix + override.string("name"), override);
    }
    if (attribute.type().getKind() != TypeKind.DECLARED) {
      context.reporter.error(attribute.element(), ProcessorMessage.UNMAPPABLE_TYPE, attribute.describe(), attribute.type());
      return;
    }
    context.renames.enter(attribute.element());
    context.beanValidation.enter(entity, attribute);
    try {
      embeddedParts(table, entity, attribute, prefix, overrides, access, columnsByPath);
    } finally {
      context.beanValidation.exit();
      context.renames.exit();
    }
  }

  private void embeddedParts(TableBuilder table, EntityInfo entity, Attribute attribute, String prefix, Map<String, Jpa> overrides,
      AttributeScanner.Access access, Map<String, String> columnsByPath) {
    TypeElement embeddable = (TypeElement) ((DeclaredType) attribute.type()).asElement();
    AttributeScanner.Access own = context.scanner.explicitAccess(embeddable);
    for (Attribute part : context.scanner.attributes(embeddable, own == null ? access : own)) {
      String path = prefix + part.name();
      // Hibernate binds an embedded attribute's columns in the place of the attribute's name among the entity's.
      String bindingName = prefix.isEmpty() ? attribute.name() : prefix.substring(0, prefix.indexOf('.'));
      boolean entityAssociation = isAssociation(part.element()) && !Jpa.has(part.element(), "ElementCollection");
      if (entityAssociation && entity != null) {
        // Its join column or join table needs the target's key, which the association pass knows.
        entity.embeddedAssociations.add(new EntityInfo.EmbeddedAssociation(part, Optional.ofNullable(overrides.get(path)), bindingName));
      } else if (isAssociation(part.element())) {
        unsupported(part.element(), entity == null ? "an association inside an @Embeddable of a collection"
            : "an @ElementCollection inside an @Embeddable");
      } else if (isEmbedded(part)) {
        embedded(table, entity, part, path + ".", overrides, own == null ? access : own, columnsByPath);
      } else {
        Jpa override = overrides.get(path);
        Jpa column = override == null ? null : override.annotation("column").orElse(null);
        prepare(part, column, true).map(p -> context.beanValidation.apply(entity, part, p)).ifPresent(p -> {
          TableBuilder target = context.secondaryTables.route(entity, table, p.columnAnnotation(), part);
          if (target != null && add(target, p, part, basicClaim(entity, bindingName, p))) {
            columnsByPath.put(path, p.column().name());
          }
        });
      }
    }
  }

  /**
   * The column of a basic attribute; {@code columnOverride} replaces its {@code @Column}. Primitives
   * are NOT NULL, except inside an embeddable, whose columns Hibernate leaves nullable, and except
   * under a {@code @Column}, whose {@code nullable} (true unless given) Hibernate takes instead.
   */
  Optional<Prepared> prepare(Attribute attribute, Jpa columnOverride, boolean inEmbeddable) {
    return prepare(attribute, attribute.type(), attribute.name(), columnOverride, inEmbeddable);
  }

  Optional<Prepared> prepare(Attribute attribute, TypeMirror type, String defaultName, Jpa columnOverride, boolean inEmbeddable) {
    Element element = attribute.element();
    Optional<Converters.Conversion> conversion = context.converters.of(element, type);
    if (!context.converters.readable(attribute, conversion)) {
      return Optional.empty();
    }
    Optional<Jpa> column = columnOverride != null ? Optional.of(columnOverride) : Jpa.find(element, "Column");
    Optional<BasicType> mapped;
    Optional<Jpa> jdbcType = Jpa.findHibernate(element, "JdbcTypeCode");
    if (conversion.isPresent()) {
      // The column stores what the converter returns; a primitive attribute still makes it NOT NULL.
      mapped = context.typeMapper.map(conversion.get().database(), element, column)
          .map(m -> new BasicType(m.type(), type.getKind().isPrimitive(),
              conversion.get().checkTemplate() != null ? conversion.get().checkTemplate() : m.checkTemplate(), m.serialized()));
    } else if (jdbcType.isPresent()) {
      int code = jdbcType.get().integer("value", 0);
      Optional<ColumnType> chosen = code == JdbcTypeCodes.NAMED_ENUM
          ? nativeEnum(type) : JdbcTypeCodes.columnType(code, javaTypeName(type), column);
      if (chosen.isEmpty()) {
        unsupported(element, "@JdbcTypeCode(" + code + ")");
        return Optional.empty();
      }
      mapped = Optional.of(new BasicType(chosen.get(), type.getKind().isPrimitive(), null, false));
    } else {
      mapped = context.typeMapper.map(type, element, column);
    }
    if (mapped.isEmpty()) {
      context.reporter.error(element, ProcessorMessage.UNMAPPABLE_TYPE, attribute.describe(), type);
      return Optional.empty();
    }
    if (mapped.get().serialized()) {
      context.reporter.warning(element, ProcessorMessage.SERIALIZED_ATTRIBUTE, attribute.describe(), type);
    }
    String logical = column.map(c -> c.string("name")).filter(n -> !n.isEmpty()).orElse(defaultName);
    String physical = context.naming.physical(logical);
    String definition = column.map(c -> c.string("columnDefinition")).orElse("");
    ColumnType columnType = definition.isEmpty() ? mapped.get().type() : new ColumnType.Raw(definition);

    boolean nullable = !(mapped.get().primitive() && !inEmbeddable && column.isEmpty())
        && column.map(c -> c.bool("nullable", true)).orElse(true)
        && Jpa.find(element, "Basic").map(b -> b.bool("optional", true)).orElse(true)
        && !(context.line.stampsRequired() && stampedOnInsert(element))
        // Hibernate 7 needs a version on every row, whatever its Java type; 6.6 forces only primitives.
        && !(context.line.wrapperVersionRequired() && Jpa.has(element, "Version"));
    Column result = new Column(Identifiers.stored(physical), columnType, nullable,
        Jpa.findHibernate(element, "ColumnDefault").map(d -> d.string("value")).orElse(null), Identity.NONE,
        Jpa.findHibernate(element, "Comment").map(c -> c.string("value")).orElse(null));
    return Optional.of(new Prepared(result, physical, mapped.get(), column, element, List.of()));
  }

  /**
   * The PostgreSQL enum type Hibernate creates for an enum stored as {@code SqlTypes.NAMED_ENUM}: named
   * after the enum class (unquoted, so lower case), its labels the constants in declaration order.
   */
  private Optional<ColumnType> nativeEnum(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).asElement().getKind() != javax.lang.model.element.ElementKind.ENUM) {
      return Optional.empty();
    }
    TypeElement enumClass = (TypeElement) ((DeclaredType) type).asElement();
    List<String> labels = enumClass.getEnclosedElements().stream()
        .filter(e -> e.getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT).map(e -> e.getSimpleName().toString()).toList();
    EnumType enumType = new EnumType(QualifiedName.of(Identifiers.stored(enumClass.getSimpleName().toString())), labels);
    context.enumTypes.putIfAbsent(enumType.name().toString(), enumType);
    return Optional.of(new ColumnType.NativeEnum(enumType.name()));
  }

  private String javaTypeName(TypeMirror type) {
    return type.getKind().isPrimitive() ? type.toString() : context.types.erasure(type).toString();
  }

  /**
   * Whether Hibernate stamps the attribute with the current time on insert, which makes its generator
   * force the column NOT NULL when the session factory is built (so the boot metamodel alone misses it).
   */
  private static boolean stampedOnInsert(Element element) {
    if (Jpa.findHibernate(element, "CreationTimestamp").isPresent() || Jpa.findHibernate(element, "UpdateTimestamp").isPresent()) {
      return true;
    }
    return Jpa.findHibernate(element, "CurrentTimestamp")
        .map(c -> c.strings("event").isEmpty() || c.strings("event").stream().anyMatch(e -> e.endsWith("INSERT")))
        .orElse(false);
  }

  /**
   * Adds a prepared column as {@code claim} maps it, with the unique constraint and enum check Hibernate
   * gives it unless another mapping defines the column; false after an error.
   */
  boolean add(TableBuilder table, Prepared prepared, Attribute attribute, ColumnClaim claim) {
    Column column = prepared.column();
    if (!context.addColumn(table, column, prepared.physicalName(), attribute.element(), attribute.describe(), claim)) {
      return false;
    }
    if (table.column(column.name()).origin() != attribute.element()) {
      // The column another mapping defines keeps that mapping's constraints only.
      return true;
    }
    if (prepared.columnAnnotation().map(c -> c.bool("unique", false)).orElse(false)) {
      table.unique(new UniqueConstraint(Identifiers.uniqueName(table.name().name(), List.of(column.name())), List.of(column.name())));
    }
    List<String> anonymous = new ArrayList<>();
    String template = prepared.mapped().checkTemplate();
    if (template != null && !(column.type() instanceof ColumnType.Raw)) {
      anonymous.add(String.format(template, Identifiers.sql(prepared.physicalName())));
    }
    for (Jpa check : Jpa.findHibernateRepeatable(attribute.element(), "Check", "Checks")) {
      if (check.string("name").isEmpty()) {
        anonymous.add(check.string("constraints"));
      } else {
        table.check(new CheckConstraint(Identifiers.stored(context.naming.physical(check.string("name"))), check.string("constraints")));
      }
    }
    anonymous.addAll(prepared.validationChecks());
    // PostgreSQL names the inline checks of one column <table>_<col>_check; several become one, as Hibernate writes them.
    if (!anonymous.isEmpty()) {
      table.check(new CheckConstraint(Identifiers.checkName(table.name().name(), column.name()), anonymous.size() == 1
          ? anonymous.get(0) : String.join(" and ", anonymous.stream().map(c -> "(" + c + ")").toList())));
    }
    return true;
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, ProcessorMessage.UNSUPPORTED_MAPPING, describe(element), what);
  }

  static String describe(Element element) {
    return element instanceof TypeElement type ? type.getQualifiedName().toString()
        : element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }
}
