package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.Column;
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

/**
 * Reads the keys that are not one plain {@code @Id}: an {@code @EmbeddedId}'s columns and the
 * derived identities, where the join column of a to-one association is (part of) the key: a
 * {@code @MapsId} to-one, the one an {@code @EmbeddedId} attribute names with {@code @MapsId("...")},
 * and an {@code @Id} to-one of an {@code @IdClass} entity. All are NOT NULL and form the primary key.
 */
final class CompositeKeys {

  private final ReadContext context;
  private final ColumnReader columns;

  CompositeKeys(ReadContext context, ColumnReader columns) {
    this.context = context;
    this.columns = columns;
  }

  /**
   * The to-one attribute that {@code @MapsId} makes the whole identifier, if any: without a value, or
   * naming the entity's simple {@code @Id} attribute.
   */
  static Optional<Attribute> mapsId(EntityInfo entity) {
    for (Attribute attribute : entity.columnAttributes()) {
      Optional<Jpa> mapsId = Jpa.find(attribute.element(), "MapsId");
      if (mapsId.isPresent() && isToOne(attribute.element()) && mapsWholeId(entity, mapsId.get().string("value"))) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  private static boolean mapsWholeId(EntityInfo entity, String value) {
    if (value.isEmpty()) {
      return true;
    }
    Attribute named = entity.attribute(value);
    return named != null && Jpa.has(named.element(), "Id") && !isToOne(named.element());
  }

  /** The to-one attribute mapping the {@code @EmbeddedId} attribute {@code part} with {@code @MapsId("part")}, if any. */
  static Optional<Attribute> mapsIdPart(EntityInfo entity, String part) {
    return entity.columnAttributes().stream()
        .filter(a -> isToOne(a.element()) && Jpa.find(a.element(), "MapsId").map(m -> m.string("value")).orElse("").equals(part))
        .findFirst();
  }

  /** Whether the column pass maps {@code attribute}'s join column as (part of) {@code entity}'s key, so the association pass must not. */
  static boolean derivesKey(EntityInfo entity, Attribute attribute) {
    Element element = attribute.element();
    return isToOne(element) && (Jpa.has(element, "Id") || Jpa.has(element, "MapsId"));
  }

  static boolean isToOne(Element element) {
    return Jpa.has(element, "ManyToOne") || Jpa.has(element, "OneToOne");
  }

  /** An {@code @EmbeddedId}: Hibernate orders the key columns by the embeddable's attribute names. */
  void embeddedId(EntityInfo entity, Attribute attribute) {
    if (attribute.type().getKind() != TypeKind.DECLARED) {
      entity.keyKnown = false;
      return;
    }
    Map<String, Jpa> overrides = new HashMap<>();
    for (Jpa override : Jpa.findRepeatable(attribute.element(), "AttributeOverride", "AttributeOverrides")) {
      overrides.putIfAbsent(override.string("name"), override);
    }
    TypeElement embeddable = (TypeElement) ((DeclaredType) attribute.type()).asElement();
    AttributeScanner.Access own = context.scanner.explicitAccess(embeddable);
    List<Attribute> parts = new ArrayList<>(context.scanner.attributes(embeddable, own == null ? entity.access : own));
    parts.sort(Comparator.comparing(Attribute::name));
    for (Attribute part : parts) {
      Element element = part.element();
      if (ColumnReader.isAssociation(element) || Jpa.has(element, "Embedded")
          || (part.type().getKind() == TypeKind.DECLARED && Jpa.has(((DeclaredType) part.type()).asElement(), "Embeddable"))) {
        unsupported(element, "an association or nested embeddable inside an @EmbeddedId");
        entity.keyKnown = false;
        return;
      }
      Optional<Attribute> derived = mapsIdPart(entity, part.name());
      if (derived.isPresent()) {
        // The association's join column takes the place of the key attribute's own column.
        if (!derivedKey(entity, derived.get())) {
          return;
        }
        continue;
      }
      Jpa override = overrides.get(part.name());
      Optional<ColumnReader.Prepared> prepared = columns.prepare(part, override == null ? null : override.annotation("column").orElse(null), true);
      if (prepared.isEmpty()) {
        entity.keyKnown = false;
        return;
      }
      ColumnReader.Prepared key = prepared.get();
      Column column = key.column().notNull();
      if (!columns.add(entity.table, key.with(column), part, keyClaim(entity, part.name(), "@Column"))) {
        entity.keyKnown = false;
        return;
      }
      entity.keyColumns.add(new EntityInfo.KeyColumn(key.physicalName(), column.name(), column.type()));
    }
  }

  /**
   * An {@code @Id} to-one of an {@code @IdClass} entity: a derived key column, which a one-to-one
   * also makes unique, as the column alone is only part of the key; false when it cannot be read.
   */
  boolean idToOne(EntityInfo entity, Attribute attribute) {
    int before = entity.keyColumns.size();
    if (!derivedKey(entity, attribute)) {
      return false;
    }
    if (Jpa.has(attribute.element(), "OneToOne")) {
      List<String> column = List.of(entity.keyColumns.get(before).storedName());
      entity.table.unique(new UniqueConstraint(Identifiers.uniqueName(entity.table.name().name(), column), column));
    }
    return true;
  }

  /**
   * A derived identity: the join column of the to-one {@code attribute} becomes a key column of
   * {@code entity} and a foreign key to the target's key; false (the key unknown) when it cannot.
   */
  boolean derivedKey(EntityInfo entity, Attribute attribute) {
    EntityInfo target = context.entity(attribute.type());
    if (target == null) {
      context.reporter.error(attribute.element(), ProcessorMessage.NOT_AN_ENTITY, attribute.describe(), attribute.type(), attribute.type());
      entity.keyKnown = false;
      return false;
    }
    columns.read(target);
    if (!target.keyKnown || target.keyColumns.size() != 1) {
      if (target.keyKnown) {
        unsupported(attribute.element(), "a derived identity (@MapsId or @Id on an association) to an entity with a composite key");
      }
      entity.keyKnown = false;
      return false;
    }
    EntityInfo.KeyColumn referenced = target.keyColumns.get(0);
    Optional<Jpa> joinColumn = Jpa.find(attribute.element(), "JoinColumn");
    String logical = joinColumn.map(j -> j.string("name")).filter(n -> !n.isEmpty()).orElse(attribute.name() + "_" + referenced.physicalName());
    String physical = context.naming.physical(logical);
    Column column = new Column(Identifiers.stored(physical), referenced.type(), false, null, Identity.NONE, null);
    if (!context.addColumn(entity.table, column, physical, attribute.element(), attribute.describe(),
        keyClaim(entity, attribute.name(), "@JoinColumn"))) {
      entity.keyKnown = false;
      return false;
    }
    entity.keyColumns.add(new EntityInfo.KeyColumn(physical, column.name(), column.type()));
    ForeignKeys.add(context.names, attribute.element(), entity.table, List.of(physical), target.table, List.of(referenced.storedName()),
        joinColumn.flatMap(j -> j.annotation("foreignKey")));
    return true;
  }

  /** Key columns are bound first and always written, whatever their annotation says. */
  static ColumnClaim keyClaim(EntityInfo entity, String attribute, String annotation) {
    return new ColumnClaim(entity, ColumnClaim.Phase.KEY, true, attribute, annotation);
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, ProcessorMessage.UNSUPPORTED_MAPPING, ColumnReader.describe(element), what);
  }
}
