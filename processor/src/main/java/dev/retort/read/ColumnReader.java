package dev.retort.read;

import dev.retort.message.Message;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.UniqueConstraint;
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
  record Prepared(Column column, String physicalName, BasicType mapped, Optional<Jpa> columnAnnotation) {}

  private final ReadContext context;

  ColumnReader(ReadContext context) {
    this.context = context;
  }

  void read(EntityInfo entity) {
    if (Jpa.has(entity.type, "IdClass")) {
      unsupported(entity.type, "@IdClass");
      entity.keyKnown = false;
    }
    for (Attribute attribute : entity.attributes) {
      Element element = attribute.element();
      if (Jpa.has(element, "Id")) {
        id(entity, attribute);
      } else if (Jpa.has(element, "EmbeddedId")) {
        unsupported(element, "@EmbeddedId");
        entity.keyKnown = false;
      } else if (isAssociation(element)) {
        continue;
      } else if (isEmbedded(attribute)) {
        embedded(entity.table, attribute, "", new HashMap<>(), entity.access);
      } else {
        prepare(attribute, null, false).ifPresent(p -> add(entity.table, p, attribute));
      }
    }
    if (entity.keyColumns.isEmpty()) {
      if (entity.keyKnown) {
        context.reporter.error(entity.type, Message.ENTITY_WITHOUT_ID, entity.type.getQualifiedName());
      }
      entity.keyKnown = false;
    } else {
      entity.table.primaryKey(entity.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList());
    }
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

  private void id(EntityInfo entity, Attribute attribute) {
    Optional<Prepared> prepared = prepare(attribute, null, false);
    if (prepared.isEmpty()) {
      entity.keyKnown = false;
      return;
    }
    Column column = prepared.get().column().notNull();
    Optional<Jpa> generated = Jpa.find(attribute.element(), "GeneratedValue");
    if (generated.isPresent()) {
      Jpa generatedValue = generated.get();
      String strategy = generatedValue.enumName("strategy", "AUTO");
      boolean uuid = column.type() instanceof ColumnType.Uuid;
      switch (strategy) {
        case "IDENTITY":
          column = column.generatedAsIdentity();
          break;
        case "TABLE":
          unsupported(attribute.element(), "@GeneratedValue(strategy = TABLE)");
          break;
        case "UUID":
          break;
        default:
          if (!(uuid && strategy.equals("AUTO"))) {
            sequence(entity, attribute, generatedValue);
          }
          break;
      }
    }
    if (add(entity.table, new Prepared(column, prepared.get().physicalName(), prepared.get().mapped(), prepared.get().columnAnnotation()), attribute)) {
      entity.keyColumns.add(new EntityInfo.KeyColumn(prepared.get().physicalName(), column.name(), column.type()));
    }
  }

  /**
   * A named generator must be declared; without one, Hibernate 7 creates {@code <table>_SEQ}
   * stepping by 50, the default allocation size.
   */
  private void sequence(EntityInfo entity, Attribute attribute, Jpa generatedValue) {
    String generator = generatedValue.string("generator");
    if (generator.isEmpty()) {
      String physical = context.naming.physical(entity.table.physicalName() + "_SEQ");
      context.sequence(Sequence.of(QualifiedName.of(Identifiers.stored(physical)), 1, 50));
      return;
    }
    Jpa definition = context.sequenceGenerators.get(generator);
    if (definition == null) {
      context.reporter.error(attribute.element(), generatedValue.mirror(), Message.UNKNOWN_GENERATOR,
          attribute.describe(), generator, generator);
      return;
    }
    String sequenceName = definition.string("sequenceName").isEmpty() ? generator : definition.string("sequenceName");
    String schema = definition.string("schema");
    QualifiedName name = new QualifiedName(
        schema.isEmpty() ? null : Identifiers.stored(context.naming.physical(schema)),
        Identifiers.stored(context.naming.physical(sequenceName)));
    context.sequence(Sequence.of(name, definition.integer("initialValue", 1), definition.integer("allocationSize", 50)));
  }

  /**
   * The columns of an embedded attribute, named after each leaf attribute as Hibernate's JPA
   * strategy does; {@code overrides} holds the outermost {@code @AttributeOverride} per path.
   */
  private void embedded(TableBuilder table, Attribute attribute, String prefix, Map<String, Jpa> overrides, AttributeScanner.Access access) {
    for (Jpa override : Jpa.findRepeatable(attribute.element(), "AttributeOverride", "AttributeOverrides")) {
      overrides.putIfAbsent(prefix + override.string("name"), override);
    }
    if (attribute.type().getKind() != TypeKind.DECLARED) {
      context.reporter.error(attribute.element(), Message.UNMAPPABLE_TYPE, attribute.describe(), attribute.type());
      return;
    }
    TypeElement embeddable = (TypeElement) ((DeclaredType) attribute.type()).asElement();
    AttributeScanner.Access own = context.scanner.explicitAccess(embeddable);
    for (Attribute part : context.scanner.attributes(embeddable, own == null ? access : own)) {
      String path = prefix + part.name();
      if (isAssociation(part.element())) {
        unsupported(part.element(), "an association inside an @Embeddable");
      } else if (isEmbedded(part)) {
        embedded(table, part, path + ".", overrides, own == null ? access : own);
      } else {
        Jpa override = overrides.get(path);
        Jpa column = override == null ? null : override.annotation("column").orElse(null);
        prepare(part, column, true).ifPresent(p -> add(table, p, part));
      }
    }
  }

  /**
   * The column of a basic attribute; {@code columnOverride} replaces its {@code @Column}. Primitives
   * are NOT NULL, except inside an embeddable, whose columns Hibernate leaves nullable.
   */
  Optional<Prepared> prepare(Attribute attribute, Jpa columnOverride, boolean inEmbeddable) {
    return prepare(attribute, attribute.type(), attribute.name(), columnOverride, inEmbeddable);
  }

  Optional<Prepared> prepare(Attribute attribute, TypeMirror type, String defaultName, Jpa columnOverride, boolean inEmbeddable) {
    Element element = attribute.element();
    if (Jpa.has(element, "Convert")) {
      unsupported(element, "@Convert");
      return Optional.empty();
    }
    Optional<Jpa> column = columnOverride != null ? Optional.of(columnOverride) : Jpa.find(element, "Column");
    Optional<BasicType> mapped = context.typeMapper.map(type, element, column);
    if (mapped.isEmpty()) {
      context.reporter.error(element, Message.UNMAPPABLE_TYPE, attribute.describe(), type);
      return Optional.empty();
    }
    if (mapped.get().serialized()) {
      context.reporter.warning(element, Message.SERIALIZED_ATTRIBUTE, attribute.describe(), type);
    }
    String logical = column.map(c -> c.string("name")).filter(n -> !n.isEmpty()).orElse(defaultName);
    String physical = context.naming.physical(logical);
    String definition = column.map(c -> c.string("columnDefinition")).orElse("");
    ColumnType columnType = definition.isEmpty() ? mapped.get().type() : new ColumnType.Raw(definition);
    boolean nullable = !(mapped.get().primitive() && !inEmbeddable)
        && column.map(c -> c.bool("nullable", true)).orElse(true)
        && Jpa.find(element, "Basic").map(b -> b.bool("optional", true)).orElse(true);
    Column result = new Column(Identifiers.stored(physical), columnType, nullable, null, Identity.NONE, null);
    return Optional.of(new Prepared(result, physical, mapped.get(), column));
  }

  /** Adds a prepared column with the unique constraint and enum check Hibernate gives it. */
  boolean add(TableBuilder table, Prepared prepared, Attribute attribute) {
    Column column = prepared.column();
    if (!context.addColumn(table, column, prepared.physicalName(), attribute.element(), attribute.describe())) {
      return false;
    }
    if (prepared.columnAnnotation().map(c -> c.bool("unique", false)).orElse(false)) {
      table.unique(new UniqueConstraint(Identifiers.uniqueName(table.name().name(), List.of(column.name())), List.of(column.name())));
    }
    String template = prepared.mapped().checkTemplate();
    if (template != null && !(column.type() instanceof ColumnType.Raw)) {
      String sqlName = Identifiers.isQuoted(prepared.physicalName()) ? "\"" + column.name() + "\"" : prepared.physicalName();
      table.check(new CheckConstraint(Identifiers.checkName(table.name().name(), column.name()), String.format(template, sqlName)));
    }
    return true;
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, Message.UNSUPPORTED_MAPPING, describe(element), what);
  }

  static String describe(Element element) {
    return element instanceof TypeElement type ? type.getQualifiedName().toString()
        : element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }
}
