package dev.retort.model;

import java.util.HashSet;
import java.util.List;

/** Checks shared by the records that list column names. */
final class Names {

  private Names() {}

  static List<String> nonEmptyCopy(List<String> names, String owner) {
    if (names == null || names.isEmpty()) {
      throw new IllegalArgumentException(owner + " needs at least one column");
    }
    List<String> copy = List.copyOf(names);
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException(owner + " repeats a column: " + copy);
    }
    return copy;
  }
}
