package dev.retort.read;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ColumnType.IntKind;
import dev.retort.model.Identity;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Makes the tables collections live in (join tables and collection tables): the table itself, the
 * columns keying it to its owner, and the {@code @OrderColumn} of a list.
 */
final class CollectionTables {

  private final ReadContext context;
  private final List<TableBuilder> tables = new ArrayList<>();
  private final ReferencedColumns referencedColumns;

  CollectionTables(ReadContext context) {
    this.context = context;
    this.referencedColumns = new ReferencedColumns(context);
  }

  /** The tables made so far. */
  List<TableBuilder> tables() {
    return tables;
  }

  /** A new table {@code logical} in {@code schema} (empty: the default one) for the collection {@code element}. */
  TableBuilder create(String schema, String logical, Element element) {
    String physical = context.naming.physical(logical);
    TableBuilder table = new TableBuilder(schema.isEmpty() ? null : context.naming.physical(schema), physical);
    context.names.check(element, null, "table", table.name().name(), ColumnReader.describe(element),
        "@JoinTable(name = \"...\") or @CollectionTable(name = \"...\")");
    tables.add(table);
    context.renames.collectionTable(element, table);
    return table;
  }

  /** Adds NOT NULL columns referencing {@code referenced}'s key to {@code table}, named {@code <prefix>_<key>} unless given; their physical names, or null. */
  List<String> keyColumns(TableBuilder table, EntityInfo referenced, List<Jpa> given, String prefix, Attribute attribute) {
    return keyColumns(table, referenced, given, key -> prefix + "_" + key.physicalName(), false, false, attribute);
  }

  /**
   * Adds the columns keying a to-one's join table to its owner: named as the owner's key columns unless
   * given; Hibernate 7 binds the table as a join of the owner, which copies a given {@code @JoinColumn}'s
   * comment, empty unless set. Their physical names, or null.
   */
  List<String> ownerKeyColumns(TableBuilder table, EntityInfo owner, List<Jpa> given, Attribute attribute) {
    return keyColumns(table, owner, given, EntityInfo.KeyColumn::physicalName, context.line.joinTableOwnerCommented(), false,
        attribute);
  }

  /**
   * Adds the columns of a to-one's join table referencing its target, as {@link #keyColumns} does, but
   * nullable when {@code optional} and the line leaves an optional target's columns nullable.
   */
  List<String> targetKeyColumns(TableBuilder table, EntityInfo target, List<Jpa> given, boolean optional, Attribute attribute) {
    return keyColumns(table, target, given, key -> attribute.name() + "_" + key.physicalName(), false,
        optional && !context.line.joinTableTargetRequired(), attribute);
  }

  private List<String> keyColumns(TableBuilder table, EntityInfo referenced, List<Jpa> given,
      java.util.function.Function<EntityInfo.KeyColumn, String> defaultName, boolean copiesComment, boolean nullable,
      Attribute attribute) {
    List<String> physicalNames = new ArrayList<>();
    for (int i = 0; i < referenced.keyColumns.size(); i++) {
      EntityInfo.KeyColumn key = referenced.keyColumns.get(i);
      Jpa joinColumn = i < given.size() ? given.get(i) : null;
      TableBuilder.Entry target = joinColumn == null ? null : referencedColumns.find(attribute, joinColumn, referenced, key);
      if (joinColumn != null && target == null) {
        return null;
      }
      ColumnType type = target == null ? key.type() : target.column().type();
      String name = joinColumn == null ? "" : joinColumn.string("name");
      String physical = context.naming.physical(name.isEmpty() ? defaultName.apply(key) : name);
      String comment = copiesComment && joinColumn != null ? joinColumn.string("comment") : null;
      Column column = new Column(Identifiers.stored(physical), type, nullable, null, Identity.NONE, comment);
      if (!context.addColumn(table, column, physical, attribute.element(), attribute.describe(), ColumnClaim.exclusive("@JoinColumn"))) {
        return null;
      }
      physicalNames.add(physical);
    }
    return physicalNames;
  }

  /**
   * The stored names of the columns of {@code referenced} that the join columns {@code given} reference:
   * each one's {@code referencedColumnName}, else the key column in its place. A referenced column
   * outside the key becomes unique, as Hibernate makes a column a foreign key may reference.
   */
  List<String> referencedColumns(EntityInfo referenced, List<Jpa> given) {
    List<String> stored = new ArrayList<>();
    for (int i = 0; i < referenced.keyColumns.size(); i++) {
      String named = i < given.size() ? given.get(i).string("referencedColumnName") : "";
      stored.add(named.isEmpty() ? referenced.keyColumns.get(i).storedName() : Identifiers.stored(context.naming.physical(named)));
    }
    List<String> key = referenced.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList();
    if (!Set.copyOf(key).equals(Set.copyOf(stored))) {
      referenced.table.unique(new UniqueConstraint(Identifiers.uniqueName(referenced.table.name().name(), stored), stored));
    }
    return stored;
  }

  /**
   * The referenced columns of a collection's key columns {@code given}, as {@link #referencedColumns}
   * gives them; empty where the line makes no foreign key from a collection key that references
   * columns outside the owner's key (6.6), and then no unique constraint for one either.
   */
  Optional<List<String>> collectionKeyReferences(EntityInfo owner, List<Jpa> given) {
    List<String> key = owner.keyColumns.stream().map(EntityInfo.KeyColumn::storedName).toList();
    boolean outsideKey = given.stream().map(j -> j.string("referencedColumnName"))
        .anyMatch(n -> !n.isEmpty() && !key.contains(Identifiers.stored(context.naming.physical(n))));
    if (outsideKey && !context.line.collectionKeysReferenceNonKeyColumns()) {
      return Optional.empty();
    }
    return Optional.of(referencedColumns(owner, given));
  }

  /**
   * Adds the list position {@code @OrderColumn} asks for: {@code <attribute>_ORDER} unless named,
   * an integer that is NOT NULL (and on Hibernate 7 checked non-negative); its stored name, or empty.
   */
  Optional<String> orderColumn(TableBuilder table, Attribute attribute) {
    return orderColumn(table, attribute, false, ColumnClaim.exclusive("@OrderColumn"));
  }

  /**
   * The {@code @OrderColumn} of a list, in {@code table} as {@code claim} maps it: NOT NULL in a
   * collection table, nullable in the target table of a one-to-many join column, whose rows need not
   * belong to a list; its stored name, or empty.
   */
  Optional<String> orderColumn(TableBuilder table, Attribute attribute, boolean nullable, ColumnClaim claim) {
    Optional<Jpa> order = Jpa.find(attribute.element(), "OrderColumn");
    if (order.isEmpty()) {
      return Optional.empty();
    }
    String physical = context.naming.physical(order.get().string("name").isEmpty() ? attribute.name() + "_ORDER" : order.get().string("name"));
    Column column = new Column(Identifiers.stored(physical), new ColumnType.Int(IntKind.INTEGER), nullable, null, Identity.NONE, null);
    if (!context.addColumn(table, column, physical, attribute.element(), attribute.describe(), claim)) {
      return Optional.empty();
    }
    if (context.line.orderColumnChecked()) {
      table.check(new CheckConstraint(Identifiers.checkName(table.name().name(), column.name()), Identifiers.sql(physical) + ">=0"));
    }
    return Optional.of(column.name());
  }

  /** Adds the map key column, {@code <attribute>_KEY} unless {@code @MapKeyColumn} names it; its stored name. */
  Optional<String> mapKey(TableBuilder table, Attribute attribute, TypeMirror keyType) {
    Optional<Jpa> keyColumn = Jpa.find(attribute.element(), "MapKeyColumn");
    // Read without the attribute's own annotations (@Lob, @Temporal), which describe the value.
    Optional<BasicType> mapped = context.typeMapper.map(keyType, null, keyColumn);
    if (mapped.isEmpty()) {
      context.reporter.error(attribute.element(), dev.retort.processor.ProcessorMessage.UNMAPPABLE_TYPE, attribute.describe() + " (map key)", keyType);
      return Optional.empty();
    }
    String logical = keyColumn.map(k -> k.string("name")).filter(n -> !n.isEmpty()).orElse(attribute.name() + "_KEY");
    String physical = context.naming.physical(logical);
    Column column = new Column(Identifiers.stored(physical), mapped.get().type(), false, null, Identity.NONE, null);
    if (!context.addColumn(table, column, physical, attribute.element(), attribute.describe(), ColumnClaim.exclusive("@MapKeyColumn"))) {
      return Optional.empty();
    }
    return Optional.of(column.name());
  }

  /** Whether a map key of {@code keyType} is a basic, which {@link #mapKey} reads. */
  boolean basicKey(TypeMirror keyType) {
    if (keyType.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element key = ((DeclaredType) keyType).asElement();
    return key.getKind() != ElementKind.ENUM && !Jpa.has(key, "Embeddable") && !Jpa.has(key, "Entity");
  }

  /** Whether {@code type} is a {@code Set}, whose rows Hibernate keys by their values. */
  boolean isSet(TypeMirror type) {
    String raw = ((TypeElement) context.types.asElement(type)).getQualifiedName().toString();
    return raw.equals("java.util.Set") || raw.equals("java.util.SortedSet") || raw.equals("java.util.NavigableSet");
  }

  /** Whether {@code type} is a {@code List}, the collection an {@code @OrderColumn} positions. */
  boolean isList(TypeMirror type) {
    return ((TypeElement) context.types.asElement(type)).getQualifiedName().contentEquals("java.util.List");
  }

  /** Whether {@code type} is a {@code Map}. */
  boolean isMap(TypeMirror type) {
    return ((TypeElement) context.types.asElement(type)).getQualifiedName().contentEquals("java.util.Map");
  }
}
