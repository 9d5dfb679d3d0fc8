package dev.retort.model;

import java.util.List;
import java.util.Objects;

/** A named primary key over one or more columns, in key order. */
public record PrimaryKey(String name, List<String> columns) {

  public PrimaryKey {
    Objects.requireNonNull(name, "name");
    columns = Names.nonEmptyCopy(columns, "primary key " + name);
  }
}
