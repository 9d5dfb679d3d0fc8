package dev.retort.read;

import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps {@code @ElementCollection}s of basics and embeddables, as sets, lists (with or without
 * {@code @OrderColumn}) and maps with basic keys, to collection tables keyed as Hibernate keys them.
 */
final class CollectionReader {

  private final ReadContext context;
  private final ColumnReader columns;
  private final CollectionTables tables;

  CollectionReader(ReadContext context, ColumnReader columns, CollectionTables tables) {
    this.context = context;
    this.columns = columns;
    this.tables = tables;
  }

  /** Adds the collection table of {@code entity}'s element collection {@code attribute}. */
  void read(EntityInfo entity, Attribute attribute) {
    Element element = attribute.element();
    if (!(attribute.type() instanceof DeclaredType declared) || declared.getTypeArguments().isEmpty()) {
      context.reporter.error(element, dev.retort.processor.ProcessorMessage.UNMAPPABLE_TYPE, attribute.describe(), attribute.type());
      return;
    }
    boolean map = tables.isMap(attribute.type());
    TypeMirror valueType = declared.getTypeArguments().get(map ? 1 : 0);
    if (map && !tables.basicKey(declared.getTypeArguments().get(0))) {
      unsupported(element, "a java.util.Map whose key is an enum, an embeddable or an entity");
      return;
    }
    if (isDeclared(valueType, "Entity")) {
      unsupported(element, "an @ElementCollection of entities");
      return;
    }
    if (!entity.keyKnown) {
      return;
    }
    Optional<Jpa> collectionTable = Jpa.find(element, "CollectionTable");
    String logical = collectionTable.map(c -> c.string("name")).filter(n -> !n.isEmpty()).orElse(entity.entityName + "_" + attribute.name());
    TableBuilder table = tables.create(collectionTable.map(c -> c.string("schema")).orElse(""), logical, element);
    List<String> ownerPhysical = tables.keyColumns(table, entity,
        collectionTable.map(c -> c.annotations("joinColumns")).orElse(List.of()), entity.entityName, attribute);
    if (ownerPhysical == null) {
      return;
    }
    List<String> key = new ArrayList<>(ownerPhysical.stream().map(Identifiers::stored).toList());
    List<String> values = values(table, attribute, valueType, entity.access);
    if (values == null) {
      return;
    }
    Optional<String> position = tables.isList(attribute.type()) ? tables.orderColumn(table, attribute) : Optional.empty();
    if (map) {
      tables.mapKey(table, attribute, declared.getTypeArguments().get(0)).ifPresent(k -> {
        key.add(k);
        table.primaryKey(key);
      });
    } else if (position.isPresent()) {
      key.add(position.get());
      table.primaryKey(key);
    } else if (tables.isSet(attribute.type())) {
      // A set's rows are unique by owner and value; nullable values allow only a unique constraint (on 7).
      key.addAll(values);
      if (key.stream().allMatch(c -> !table.column(c).column().nullable())) {
        table.primaryKey(key);
      } else if (context.line.nullableElementsUnique()) {
        table.unique(new UniqueConstraint(Identifiers.uniqueName(table.name().name(), key), key));
      }
    }
    tables.collectionKeyReferences(entity, collectionTable.map(c -> c.annotations("joinColumns")).orElse(List.of()))
        .ifPresent(referenced -> ForeignKeys.add(context.names, element, table, ownerPhysical, entity.table, referenced,
            collectionTable.flatMap(c -> c.annotation("foreignKey"))));
  }

  /**
   * Adds the value columns, one for a basic, one per leaf attribute of an embeddable; their stored
   * names in the order Hibernate lists an embeddable's attributes (by name), or null.
   */
  private List<String> values(TableBuilder table, Attribute attribute, TypeMirror valueType, AttributeScanner.Access access) {
    if (isDeclared(valueType, "Embeddable")) {
      Map<String, String> byPath = new HashMap<>();
      columns.embedded(table, null, new Attribute(attribute.name(), attribute.element(), valueType), "", new HashMap<>(),
          access, byPath);
      // Hibernate sorts an embeddable's attributes by name at every level of nesting.
      return byPath.entrySet().stream()
          .sorted(Map.Entry.comparingByKey(Comparator.comparing((String path) -> path.replace('.', '\0'))))
          .map(Map.Entry::getValue).toList();
    }
    Optional<ColumnReader.Prepared> value = columns.prepare(attribute, valueType, attribute.name(), null, false);
    if (value.isEmpty() || !columns.add(table, value.get(), attribute, ColumnClaim.exclusive("@Column"))) {
      return null;
    }
    return List.of(value.get().column().name());
  }

  private static boolean isDeclared(TypeMirror type, String annotation) {
    return type.getKind() == TypeKind.DECLARED && Jpa.has(((DeclaredType) type).asElement(), annotation);
  }

  private void unsupported(Element element, String what) {
    context.reporter.warning(element, dev.retort.processor.ProcessorMessage.UNSUPPORTED_MAPPING, ColumnReader.describe(element), what);
  }
}
