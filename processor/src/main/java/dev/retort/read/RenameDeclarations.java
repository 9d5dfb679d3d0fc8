package dev.retort.read;

import dev.retort.compare.RenameHints;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * What a read found about renames: the hints the diff applies, each declaration with its element,
 * and the class or attribute that maps each table and column, where advice to declare a rename goes.
 */
public record RenameDeclarations(RenameHints hints, List<DeclaredRename> declared, Map<QualifiedName, Element> tableOrigins,
    Map<QualifiedName, Map<String, Element>> columnOrigins) {

  public RenameDeclarations {
    declared = List.copyOf(declared);
    tableOrigins = Map.copyOf(tableOrigins);
    columnOrigins = Map.copyOf(columnOrigins);
  }

  /** No renames and no origins, as before any read. */
  public static RenameDeclarations none() {
    return new RenameDeclarations(RenameHints.none(), List.of(), Map.of(), Map.of());
  }

  /** The entity class that maps {@code table}, if one does. */
  public Optional<Element> tableOrigin(QualifiedName table) {
    return Optional.ofNullable(tableOrigins.get(table));
  }

  /** The attribute that maps {@code column} of {@code table}, if one does. */
  public Optional<Element> columnOrigin(QualifiedName table, String column) {
    return Optional.ofNullable(columnOrigins.getOrDefault(table, Map.of()).get(column));
  }
}
