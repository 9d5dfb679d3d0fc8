package dev.retort.read;

import dev.retort.model.Column;
import dev.retort.model.Identity;
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
 * join column of a to-one {@code @MapsId} association, both NOT NULL and forming the primary key.
 */
final class CompositeKeys {

  private final ReadContext context;
  private final ColumnReader columns;

  CompositeKeys(ReadContext context, ColumnReader columns) {
    this.context = context;
    this.columns = columns;
  }

  /** The to-one attribute that {@code @MapsId} makes the whole identifier, if any. */
  static Optional<Attribute> mapsId(EntityInfo entity) {
    for (Attribute attribute : entity.columnAttributes()) {
      Optional<Jpa> mapsId = Jpa.find(attribute.element(), "MapsId");
      if (mapsId.isPresent() && mapsId.get().string("value").isEmpty()
          && (Jpa.has(attribute.element(), "ManyToOne") || Jpa.has(attribute.element(), "OneToOne"))) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
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

  /** A {@code @MapsId} to-one: its join column is the primary key and a foreign key to the target. */
  void mapsId(EntityInfo entity, Attribute attribute) {
    EntityInfo target = context.entity(attribute.type());
    if (target == null) {
      entity.keyKnown = false;
      return;
    }
    columns.read(target);
    if (!target.keyKnown || target.keyColumns.size() != 1) {
      unsupported(attribute.element(), "@MapsId to an entity with a composite key");
      entity.keyKnown = false;
      return;
    }
    EntityInfo.KeyColumn referenced = target.keyColumns.get(0);
    Optional<Jpa> joinColumn = Jpa.find(attribute.element(), "JoinColumn");
    String logical = joinColumn.map(j -> j.string("name")).filter(n -> !n.isEmpty()).orElse(attribute.name() + "_" + referenced.physicalName());
    String physical = context.naming.physical(logical);
    Column column = new Column(Identifiers.stored(physical), referenced.type(), false, null, Identity.NONE, null);
    if (!context.addColumn(entity.table, column, physical, attribute.element(), attribute.describe(),
        keyClaim(entity, attribute.name(), "@JoinColumn"))) {
      entity.keyKnown = false;
      return;
    }
    entity.keyColumns.add(new EntityInfo.KeyColumn(physical, column.name(), column.type()));
    ForeignKeys.add(context.names, attribute.element(), entity.table, List.of(physical), target.table, List.of(referenced.storedName()),
        joinColumn.flatMap(j -> j.annotation("foreignKey")));
  }

  /** Key columns are bound first and always written, whatever their annotation says. */
  static ColumnClaim keyClaim(EntityInfo entity, String attribute, String annotation) {
    return new ColumnClaim(entity, ColumnClaim.Phase.KEY, true, attribute, annotation);
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, dev.retort.message.Message.UNSUPPORTED_MAPPING, ColumnReader.describe(element), what);
  }
}
