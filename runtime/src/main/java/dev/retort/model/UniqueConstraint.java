package dev.retort.model;

import java.util.List;
import java.util.Objects;

/** A named unique constraint over one or more columns, in key order. */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint {
    Objects.requireNonNull(name, "name");
    columns = Names.nonEmptyCopy(columns, "unique constraint " + name);
  }
}
