package dev.retort.read;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Collects one table while the entities are read: columns keyed by their stored name with the
 * attribute that mapped each (to report a second one), and the table's keys and constraints.
 */
final class TableBuilder {

  /** A column with Hibernate's physical name, which constraint hashes read, and the mapping that defined it. */
  record Entry(Column column, String physicalName, Element origin, String originName, ColumnClaim claim) {}

  private final String physicalName;
  private final QualifiedName name;
  private final Map<String, Entry> columns = new LinkedHashMap<>();
  private List<String> primaryKey = List.of();
  private final Map<String, UniqueConstraint> uniques = new LinkedHashMap<>();
  private final Map<String, Index> indexes = new LinkedHashMap<>();
  private final Map<String, ForeignKey> foreignKeys = new LinkedHashMap<>();
  private final Map<String, CheckConstraint> checks = new LinkedHashMap<>();
  private String comment;

  TableBuilder(String physicalSchema, String physicalName) {
    this.physicalName = physicalName;
    this.name = new QualifiedName(physicalSchema == null ? null : Identifiers.stored(physicalSchema), Identifiers.stored(physicalName));
  }

  String physicalName() {
    return physicalName;
  }

  QualifiedName name() {
    return name;
  }

  /** The entry already holding {@code column}'s name, or null when it was added. */
  Entry add(Column column, String physicalColumn, Element origin, String originName, ColumnClaim claim) {
    Entry existing = columns.get(column.name());
    if (existing != null) {
      return existing;
    }
    columns.put(column.name(), new Entry(column, physicalColumn, origin, originName, claim));
    return null;
  }

  /**
   * Redefines the column of {@code column}'s name, in its place, by a mapping Hibernate binds earlier;
   * the checks and unique constraint the displaced mapping gave the column go with it.
   */
  void replace(Column column, String physicalColumn, Element origin, String originName, ColumnClaim claim) {
    checks.remove(Identifiers.checkName(name.name(), column.name()));
    uniques.remove(Identifiers.uniqueName(name.name(), List.of(column.name())));
    columns.put(column.name(), new Entry(column, physicalColumn, origin, originName, claim));
  }

  /** The columns in the order they were mapped. */
  List<Entry> entries() {
    return new ArrayList<>(columns.values());
  }

  /**
   * Takes over what {@code other}, a second declaration of this table, adds: its columns that this
   * table lacks, its constraints and indexes unless named alike, and its comment if this has none.
   */
  void absorb(TableBuilder other) {
    other.columns.forEach(columns::putIfAbsent);
    other.uniques.forEach(uniques::putIfAbsent);
    other.indexes.forEach(indexes::putIfAbsent);
    other.foreignKeys.forEach(foreignKeys::putIfAbsent);
    other.checks.forEach(checks::putIfAbsent);
    if (comment == null) {
      comment = other.comment;
    }
  }

  Entry column(String storedName) {
    return columns.get(storedName);
  }

  List<String> storedColumnNames() {
    return new ArrayList<>(columns.keySet());
  }

  void primaryKey(List<String> storedColumns) {
    primaryKey = List.copyOf(storedColumns);
  }

  List<String> primaryKey() {
    return primaryKey;
  }

  void unique(UniqueConstraint constraint) {
    uniques.putIfAbsent(constraint.name(), constraint);
  }

  void index(Index index) {
    indexes.putIfAbsent(index.name(), index);
  }

  void foreignKey(ForeignKey key) {
    foreignKeys.putIfAbsent(key.name(), key);
  }

  void comment(String text) {
    comment = text;
  }

  void check(CheckConstraint check) {
    checks.putIfAbsent(check.name(), check);
  }

  /** Adds an anonymous table check under the name PostgreSQL would give it, see {@link CheckNames}. */
  void anonymousCheck(String expression) {
    String name = CheckNames.name(name().name(), columns.keySet(), expression, checks::containsKey);
    checks.put(name, new CheckConstraint(name, expression));
  }

  Table build() {
    // Hibernate puts primary key columns first; the rest keep the order they were mapped in.
    List<String> keyOrder = new ArrayList<>(primaryKey);
    keyOrder.sort(KeyColumnOrder.comparing(k -> columns.get(k).column().type(), k -> columns.get(k).physicalName()));
    primaryKey = keyOrder;
    List<Column> ordered = new ArrayList<>();
    for (String key : primaryKey) {
      ordered.add(columns.get(key).column());
    }
    for (Entry entry : columns.values()) {
      if (!primaryKey.contains(entry.column().name())) {
        ordered.add(entry.column());
      }
    }
    PrimaryKey key = primaryKey.isEmpty() ? null : new PrimaryKey(Identifiers.primaryKeyName(name.name()), primaryKey);
    // Hibernate drops a unique constraint over exactly the primary key's columns: the key is unique already.
    List<UniqueConstraint> kept = uniques.values().stream()
        .filter(u -> !new HashSet<>(u.columns()).equals(new HashSet<>(primaryKey))).toList();
    return new Table(name, ordered, key, new ArrayList<>(kept), new ArrayList<>(indexes.values()),
        new ArrayList<>(foreignKeys.values()), new ArrayList<>(checks.values()), comment);
  }
}
