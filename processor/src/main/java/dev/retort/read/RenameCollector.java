package dev.retort.read;

import dev.retort.compare.RenameHints;
import dev.retort.processor.ProcessorMessage;
import dev.retort.model.QualifiedName;
import dev.retort.processor.Reporter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Learns which columns each attribute maps, and which join or collection table each collection lives
 * in, while the entities are read; then resolves every {@code @RenamedFrom} to the physical names the
 * reader computed (a column rename, or a table rename on an entity or on a collection with a table of
 * its own), reporting one that names no single column or table.
 */
final class RenameCollector {

  static final String RENAMED_FROM = "dev.retort.migration.RenamedFrom";

  private static final List<String> COLLECTIONS = List.of("OneToMany", "ManyToMany", "ElementCollection");

  /** A column an attribute maps. */
  private record Mapped(TableBuilder table, String column) {}

  private final Reporter reporter;
  private final NamingStrategy naming;
  /** The columns each attribute declaring {@code @RenamedFrom} maps. */
  private final Map<Element, Set<Mapped>> mappedBy = new LinkedHashMap<>();
  private final Map<QualifiedName, Map<String, Element>> columnOrigins = new HashMap<>();
  /** The join or collection table of each collection attribute that has one. */
  private final Map<Element, TableBuilder> collectionTables = new HashMap<>();
  /** The embedded attributes being read, which map every column their parts map. */
  private final Deque<Element> enclosing = new ArrayDeque<>();

  RenameCollector(Reporter reporter, NamingStrategy naming) {
    this.reporter = reporter;
    this.naming = naming;
  }

  /** Starts reading the embedded attribute {@code element}; the columns added until {@link #exit()} are its too. */
  void enter(Element element) {
    enclosing.push(element);
  }

  void exit() {
    enclosing.pop();
  }

  /** Notes that the attribute {@code origin} maps {@code storedColumn} of {@code table}; a class's own key columns are not attributes. */
  void mapped(Element origin, TableBuilder table, String storedColumn) {
    if (origin instanceof TypeElement) {
      return;
    }
    // Only an attribute declaring a rename needs to know its columns: every column of a big model passes here.
    Mapped mapped = null;
    if (declaresRename(origin)) {
      mapped = new Mapped(table, storedColumn);
      mappedBy.computeIfAbsent(origin, e -> new LinkedHashSet<>()).add(mapped);
    }
    for (Element embedded : enclosing) {
      if (declaresRename(embedded)) {
        mapped = mapped != null ? mapped : new Mapped(table, storedColumn);
        mappedBy.computeIfAbsent(embedded, x -> new LinkedHashSet<>()).add(mapped);
      }
    }
    columnOrigins.computeIfAbsent(table.name(), t -> new HashMap<>()).putIfAbsent(storedColumn, origin);
  }

  /** Notes that the collection attribute {@code element} lives in the join or collection table {@code table}. */
  void collectionTable(Element element, TableBuilder table) {
    collectionTables.putIfAbsent(element, table);
  }

  private static boolean declaresRename(Element element) {
    return Jpa.findQualified(element, RENAMED_FROM).isPresent();
  }

  /** The renames {@code entities} declare, resolved against what they map. */
  RenameDeclarations collect(List<EntityInfo> entities) {
    RenameHints hints = RenameHints.none();
    List<DeclaredRename> declared = new ArrayList<>();
    Map<TableBuilder, QualifiedName> oldTables = new HashMap<>();
    Map<QualifiedName, Element> tableOrigins = new HashMap<>();
    Set<Element> attributes = new LinkedHashSet<>();
    for (EntityInfo entity : entities) {
      entity.attributes.forEach(a -> attributes.add(a.element()));
      if (entity.ownsTable()) {
        tableOrigins.putIfAbsent(entity.table.name(), entity.type);
      }
      Optional<Jpa> renamed = Jpa.findQualified(entity.type, RENAMED_FROM);
      if (renamed.isEmpty()) {
        continue;
      }
      String from = renamed.get().string("value");
      if (!entity.ownsTable()) {
        reporter.error(entity.type, renamed.get().mirror(), ProcessorMessage.RENAMED_FROM_NOTHING, entity.type.getQualifiedName(), from,
            "it has no table of its own");
        continue;
      }
      QualifiedName old = new QualifiedName(entity.table.name().schema(), stored(from));
      oldTables.put(entity.table, old);
      hints = hints.renameTable(old, entity.table.name());
      declared.add(new DeclaredRename(old, entity.table.name(), null, null, entity.type));
    }
    // Attributes of embeddables are not entity attributes, but they map columns as well.
    attributes.addAll(mappedBy.keySet());
    attributes.addAll(collectionTables.keySet());
    for (Element element : attributes) {
      Optional<Jpa> renamed = Jpa.findQualified(element, RENAMED_FROM);
      if (renamed.isEmpty()) {
        continue;
      }
      String from = renamed.get().string("value");
      TableBuilder collectionTable = collectionTables.get(element);
      if (collectionTable != null) {
        // A collection's @RenamedFrom names the old join or collection table; it stays in its schema.
        QualifiedName old = new QualifiedName(collectionTable.name().schema(), stored(from));
        hints = hints.renameTable(old, collectionTable.name());
        declared.add(new DeclaredRename(old, collectionTable.name(), null, null, element));
        continue;
      }
      String problem = problem(element);
      if (problem != null) {
        reporter.error(element, renamed.get().mirror(), ProcessorMessage.RENAMED_FROM_NOTHING, ColumnReader.describe(element), from, problem);
        continue;
      }
      for (Mapped mapped : mappedBy.get(element)) {
        QualifiedName table = mapped.table().name();
        hints = hints.renameColumn(table, stored(from), mapped.column());
        declared.add(new DeclaredRename(oldTables.getOrDefault(mapped.table(), table), table, stored(from), mapped.column(),
            element));
      }
    }
    return new RenameDeclarations(hints, declared, tableOrigins, columnOrigins);
  }

  /**
   * The old name as the server stores it: the annotation's value read like an explicit
   * {@code @Column} or {@code @Table} name, through the physical naming strategy and PostgreSQL's
   * folding of unquoted names, so that it matches the name the snapshot holds.
   */
  private String stored(String oldName) {
    return Identifiers.stored(naming.physical(oldName));
  }

  /** Why {@code element} cannot carry a column rename, or null: it must map exactly one column in each table it maps. */
  private String problem(Element element) {
    for (String collection : COLLECTIONS) {
      if (Jpa.has(element, collection)) {
        return "it is a collection (@" + collection + ") without a join or collection table of its own (mappedBy or"
            + " @JoinColumn), whose columns live in its target's table and are renamed there";
      }
    }
    Set<Mapped> mapped = mappedBy.getOrDefault(element, Set.of());
    if (mapped.isEmpty()) {
      return "it maps no column";
    }
    Map<QualifiedName, List<String>> byTable = new LinkedHashMap<>();
    mapped.forEach(m -> byTable.computeIfAbsent(m.table().name(), t -> new ArrayList<>()).add(m.column()));
    for (Map.Entry<QualifiedName, List<String>> table : byTable.entrySet()) {
      if (table.getValue().size() > 1) {
        return "it maps several columns of table " + table.getKey() + " (" + String.join(", ", table.getValue()) + ")";
      }
    }
    return null;
  }
}
