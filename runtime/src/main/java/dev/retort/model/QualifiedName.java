package dev.retort.model;

import java.util.Objects;

/**
 * The name of a schema object, optionally qualified by its schema; a {@code null} schema means
 * the connection's default schema (the first entry of PostgreSQL's {@code search_path}).
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

  public QualifiedName {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a name must not be empty");
    }
    if (schema != null && schema.isEmpty()) {
      throw new IllegalArgumentException("a schema name must not be empty; use null for the default schema");
    }
  }

  /** A name in the default schema. */
  public static QualifiedName of(String name) {
    return new QualifiedName(null, name);
  }

  /** A name in the given schema, or in the default schema when {@code schema} is null. */
  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  /** The same schema with another object name. */
  public QualifiedName withName(String newName) {
    return new QualifiedName(schema, newName);
  }

  /** Default-schema names first, then by schema, then by name. */
  @Override
  public int compareTo(QualifiedName other) {
    if (!Objects.equals(schema, other.schema)) {
      if (schema == null) {
        return -1;
      }
      if (other.schema == null) {
        return 1;
      }
      return schema.compareTo(other.schema);
    }
    return name.compareTo(other.name);
  }

  /** {@code schema.name}, or {@code name} in the default schema; for messages, never for SQL. */
  @Override
  public String toString() {
    return schema == null ? name : schema + "." + name;
  }
}
