package dev.retort.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A whole database schema as Retort sees it: the named schemas it owns (besides the default one),
 * tables, sequences and native enum types, each sorted so that equal schemas are equal records.
 */
public record SchemaModel(Set<String> schemas, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {

  public SchemaModel {
    schemas = Set.copyOf(schemas);
    tables = sorted(tables, Table::name);
    sequences = sorted(sequences, Sequence::name);
    enumTypes = sorted(enumTypes, EnumType::name);
  }

  /** The schema with nothing in it. */
  public static SchemaModel empty() {
    return new SchemaModel(Set.of(), List.of(), List.of(), List.of());
  }

  /** The named schemas in order. */
  public List<String> sortedSchemas() {
    return new ArrayList<>(new TreeSet<>(schemas));
  }

  /** The table with the given name, if there is one. */
  public Optional<Table> table(QualifiedName name) {
    return find(tables, Table::name, name);
  }

  /** The sequence with the given name, if there is one. */
  public Optional<Sequence> sequence(QualifiedName name) {
    return find(sequences, Sequence::name, name);
  }

  /** The enum type with the given name, if there is one. */
  public Optional<EnumType> enumType(QualifiedName name) {
    return find(enumTypes, EnumType::name, name);
  }

  /**
   * Binary search in a list sorted by name: the diff looks tables up once per table, and a linear
   * scan made comparing models of a thousand tables quadratic.
   */
  private static <T> Optional<T> find(List<T> sorted, Function<T, QualifiedName> nameOf, QualifiedName name) {
    if (name == null) {
      return Optional.empty();
    }
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = nameOf.apply(sorted.get(middle)).compareTo(name);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return Optional.of(sorted.get(middle));
      }
    }
    return Optional.empty();
  }

  private static <T> List<T> sorted(List<T> items, Function<T, QualifiedName> nameOf) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(nameOf));
    Set<QualifiedName> seen = new HashSet<>();
    for (T item : copy) {
      if (!seen.add(nameOf.apply(item))) {
        throw new IllegalArgumentException("the schema declares " + nameOf.apply(item) + " twice");
      }
    }
    return List.copyOf(copy);
  }
}
