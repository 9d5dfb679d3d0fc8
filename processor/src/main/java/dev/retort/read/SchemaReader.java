package dev.retort.read;

import dev.retort.compare.RenameHints;
import dev.retort.model.QualifiedName;
import dev.retort.processor.ProcessorMessage;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.processor.Reporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads the JPA entities of a compile, through {@code javax.lang.model} only, into the schema the
 * {@link HibernateLine} given (Hibernate ORM 6.6 or 7) creates for them on PostgreSQL; what it cannot
 * read yet it reports as a warning on the element, and mistakes as errors, so the model is
 * trustworthy when no error was reported.
 */
public final class SchemaReader {

  private final ReadContext context;
  private RenameDeclarations renames = RenameDeclarations.none();

  /** A reader reporting through {@code reporter} and naming as {@code naming} says, for the Hibernate line on the class path. */
  public SchemaReader(ProcessingEnvironment env, Reporter reporter, NamingStrategy naming) {
    this(env, reporter, naming, HibernateLine.detect(env.getElementUtils()));
  }

  /** A reader reporting through {@code reporter}, naming as {@code naming} says, reading the schema Hibernate {@code line} creates. */
  public SchemaReader(ProcessingEnvironment env, Reporter reporter, NamingStrategy naming, HibernateLine line) {
    this.context = new ReadContext(env, reporter, naming, line);
  }

  /** The Hibernate line this reader reads the schema of. */
  public HibernateLine hibernateLine() {
    return context.line;
  }

  /** The schema of {@code entityTypes}, the classes annotated {@code @Entity}. */
  public SchemaModel read(Collection<TypeElement> entityTypes) {
    return read(entityTypes, List.of());
  }

  /** The schema of {@code entityTypes}, with the {@code @Converter} classes {@code converterTypes} applying where they auto-apply. */
  public SchemaModel read(Collection<TypeElement> entityTypes, Collection<TypeElement> converterTypes) {
    return Jpa.withDefaultsCached(() -> readAll(entityTypes, converterTypes));
  }

  private SchemaModel readAll(Collection<TypeElement> entityTypes, Collection<TypeElement> converterTypes) {
    converterTypes.stream().sorted(Comparator.comparing(t -> t.getQualifiedName().toString())).forEach(context.converters::register);
    List<TypeElement> sorted = new ArrayList<>(entityTypes);
    // Sorting makes the model (and every diagnostic's order) independent of javac's round order.
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    List<EntityInfo> entities = new ArrayList<>();
    for (TypeElement type : sorted) {
      EntityInfo entity = guarded(type, () -> discover(type));
      if (entity != null) {
        entities.add(entity);
        context.entities.put(type.getQualifiedName().toString(), entity);
      }
    }
    entities.forEach(e -> guarded(e.type, () -> run(() -> checkMappedSuperclasses(e.type))));
    // Superclasses come first: subclasses copy their key columns.
    entities = new Hierarchies(context).link(entities, context.entities);
    ColumnReader columns = new ColumnReader(context);
    AssociationReader associations = new AssociationReader(context, columns);
    Discriminators discriminators = new Discriminators(context);
    TableConstraints constraints = new TableConstraints(context);
    // Associations need every key column, @Table constraints every join column, and discriminator
    // checks every column a subclass requires, numbered after the class's own @Check, hence the passes.
    entities.forEach(e -> guarded(e.type, () -> run(() -> columns.read(e))));
    entities.forEach(e -> guarded(e.type, () -> run(() -> associations.read(e))));
    entities.forEach(e -> guarded(e.type, () -> run(() -> constraints.read(e))));
    entities.stream().filter(e -> e.parent == null).forEach(e -> guarded(e.type, () -> run(() -> discriminators.read(e))));

    try {
      return assemble(entities, associations);
    } catch (RuntimeException e) {
      // A model the records refuse is a bug of ours: an error on the first entity, never a javac crash.
      context.reporter.error(sorted.get(0), ProcessorMessage.PROCESSOR_FAILED, "the schema of the entities", e);
      return new SchemaModel(Set.of(), List.of(), List.of(), List.of());
    }
  }

  private SchemaModel assemble(List<EntityInfo> entities, AssociationReader associations) {
    List<Table> tables = new ArrayList<>();
    Set<String> schemas = new TreeSet<>();
    List<TableBuilder> builders = new ArrayList<>();
    // Entities that name the same table share one builder, which the model must hold once.
    entities.stream().filter(EntityInfo::ownsTable).map(e -> e.table).distinct().forEach(builders::add);
    entities.forEach(e -> e.secondaryTables.values().forEach(s -> builders.add(s.table())));
    builders.addAll(associations.extraTables());
    builders.addAll(context.generatorTables.tables());
    // A table declared twice (an entity's table as another's collection table, a join table from both sides) is one table.
    for (TableBuilder builder : new SharedTables(context.reporter).merge(builders)) {
      tables.add(builder.build());
      if (builder.name().schema() != null) {
        schemas.add(builder.name().schema());
      }
    }
    renames = withIdSequences(context.renames.collect(entities));
    context.sequences.values().forEach(s -> {
      if (s.name().schema() != null) {
        schemas.add(s.name().schema());
      }
    });
    return new SchemaModel(schemas, tables, new ArrayList<>(context.sequences.values()), new ArrayList<>(context.enumTypes.values()));
  }

  /** Warns of table-level annotations on the mapped superclasses above {@code type}, which Hibernate does not apply to them. */
  private void checkMappedSuperclasses(TypeElement type) {
    for (TypeElement current = context.scanner.superclass(type); current != null; current = context.scanner.superclass(current)) {
      if (!Jpa.has(current, "MappedSuperclass")) {
        continue;
      }
      for (String annotation : List.of("Table", "Inheritance")) {
        if (Jpa.has(current, annotation)) {
          context.reporter.warning(current, ProcessorMessage.MAPPED_SUPERCLASS_TABLE, current.getQualifiedName(), annotation, annotation,
              current.getSimpleName());
        }
      }
    }
  }

  /**
   * The renames the entities declare with {@code @RenamedFrom}, and the sequence each sequence-generated id
   * draws from, by the names this read computed; valid after {@code read}.
   */
  public RenameHints renameHints() {
    return renames.hints();
  }

  /** {@code declarations} whose hints also say which sequence each sequence-generated id draws from. */
  private RenameDeclarations withIdSequences(RenameDeclarations declarations) {
    RenameHints hints = declarations.hints();
    for (Map.Entry<ReadContext.TableColumn, QualifiedName> id : context.idSequences.entrySet()) {
      hints = hints.idSequence(id.getKey().table(), id.getKey().column(), id.getValue());
    }
    return new RenameDeclarations(hints, declarations.declared(), declarations.tableOrigins(), declarations.columnOrigins());
  }

  /** The renames with the elements declaring them, and where each table and column is mapped; valid after {@code read}. */
  public RenameDeclarations renameDeclarations() {
    return renames;
  }

  private EntityInfo discover(TypeElement type) {
    AttributeScanner scanner = context.scanner;
    String entityName = Jpa.find(type, "Entity").map(e -> e.string("name")).filter(n -> !n.isEmpty()).orElse(unqualified(type));
    String logicalTable = Jpa.find(type, "Table").map(t -> t.string("name")).filter(n -> !n.isEmpty()).orElse(entityName);
    String schema = Jpa.find(type, "Table").map(t -> t.string("schema")).filter(n -> !n.isEmpty()).orElse(null);
    TableBuilder table = context.entityTable(schema == null ? null : context.naming.physical(schema), context.naming.physical(logicalTable), type);
    AttributeScanner.Access access = scanner.accessOf(type);
    List<Attribute> attributes = scanner.attributes(type, access);
    // JPA generator names are global to the persistence unit, wherever they are declared.
    collectGenerators(type);
    for (Attribute attribute : attributes) {
      collectGenerators(attribute.element());
    }
    EntityInfo entity = new EntityInfo(type, entityName, table, access, attributes);
    context.secondaryTables.declare(entity);
    return entity;
  }

  private void collectGenerators(Element element) {
    for (Jpa generator : Jpa.findRepeatable(element, "SequenceGenerator", "SequenceGenerators")) {
      context.sequenceGenerators.putIfAbsent(generator.string("name"), generator);
    }
    for (Jpa generator : Jpa.findRepeatable(element, "TableGenerator", "TableGenerators")) {
      context.tableGenerators.putIfAbsent(generator.string("name"), generator);
    }
  }

  /** Hibernate's unqualified entity name: the binary class name after its package. */
  private static String unqualified(TypeElement type) {
    String name = type.getQualifiedName().toString();
    Element enclosing = type.getEnclosingElement();
    StringBuilder binary = new StringBuilder(type.getSimpleName());
    while (enclosing instanceof TypeElement outer) {
      binary.insert(0, outer.getSimpleName() + "$");
      enclosing = outer.getEnclosingElement();
    }
    return name.isEmpty() ? type.getSimpleName().toString() : binary.toString();
  }

  private static Void run(Runnable runnable) {
    runnable.run();
    return null;
  }

  /** Runs one step for {@code type}, turning a bug of ours into an error on the type instead of a javac crash. */
  private <T> T guarded(TypeElement type, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      context.reporter.error(type, ProcessorMessage.PROCESSOR_FAILED, type.getQualifiedName(), e);
      return null;
    }
  }
}
