package dev.retort.read;

import java.util.Optional;

/**
 * How one mapping claims a column of a table: the entity whose mapping Hibernate checks it in (null
 * for tables no entity maps, such as join tables, where every column is mapped once), whether it
 * writes the column, when Hibernate binds it, the attribute's name, and the annotation that names it.
 */
record ColumnClaim(EntityInfo entity, Phase phase, boolean writable, String attribute, String annotation) {

  /** Hibernate's binding order: a column keeps the definition of the mapping bound first. */
  enum Phase {
    /** Identifier columns, bound with the entity before its properties. */
    KEY,
    /** The discriminator, bound with the root entity before its properties. */
    DISCRIMINATOR,
    /** Basic and embedded properties, bound in the order of their names. */
    BASIC,
    /** To-one join columns, bound in a second pass once every referenced key is known. */
    TO_ONE,
    /** A unidirectional one-to-many's join column on its target, bound last with the collection. */
    COLLECTION_KEY
  }

  /** A column of a table only one mapping may name, fixed with {@code annotation}. */
  static ColumnClaim exclusive(String annotation) {
    return new ColumnClaim(null, Phase.BASIC, true, "", annotation);
  }

  /** A mapping of {@code entity}'s attribute that {@code column} (a {@code @Column} or {@code @JoinColumn}) may make read-only. */
  static ColumnClaim of(EntityInfo entity, Phase phase, String attribute, Optional<Jpa> column, String annotation) {
    return new ColumnClaim(entity, phase, writes(column), attribute, annotation);
  }

  /** Whether Hibernate writes the column: unless the annotation says both insertable and updatable false. */
  static boolean writes(Optional<Jpa> column) {
    return column.map(c -> c.bool("insertable", true) || c.bool("updatable", true)).orElse(true);
  }

  /** Whether this mapping is checked against {@code other}'s: same entity, or one inherits the other's mapping. */
  boolean sameEntityAs(ColumnClaim other) {
    return inherits(entity, other.entity) || inherits(other.entity, entity);
  }

  /** Whether Hibernate binds this mapping's column before {@code other}'s, so that its definition is the one kept. */
  boolean bindsBefore(ColumnClaim other) {
    if (phase != other.phase) {
      return phase.compareTo(other.phase) < 0;
    }
    return phase == Phase.BASIC && attribute.compareTo(other.attribute) < 0;
  }

  private static boolean inherits(EntityInfo entity, EntityInfo ancestor) {
    for (EntityInfo current = entity; current != null; current = current.parent) {
      if (current == ancestor) {
        return true;
      }
    }
    return false;
  }
}
