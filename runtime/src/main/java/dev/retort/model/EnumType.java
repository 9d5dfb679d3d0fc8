package dev.retort.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A native enum type ({@code CREATE TYPE ... AS ENUM}) with its labels in sort order. */
public record EnumType(QualifiedName name, List<String> values) {

  public EnumType {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    if (new HashSet<>(values).size() != values.size()) {
      throw new IllegalArgumentException("enum type " + name + " repeats a value: " + values);
    }
  }
}
