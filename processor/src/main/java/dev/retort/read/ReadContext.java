package dev.retort.read;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.processor.Reporter;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** State shared by the readers of one compile: javac's utilities, options, entities, converters and sequences. */
final class ReadContext {

  final Types types;
  final Reporter reporter;
  final NamingStrategy naming;
  /** The Hibernate line whose schema is read; the rules in which the lines differ. */
  final HibernateLine line;
  final TypeMapper typeMapper;
  final AttributeScanner scanner;
  final Converters converters;
  final Map<String, EntityInfo> entities = new HashMap<>();
  final Map<String, Jpa> sequenceGenerators = new HashMap<>();
  final Map<String, Jpa> tableGenerators = new HashMap<>();
  final GeneratorTables generatorTables = new GeneratorTables(this);
  final SecondaryTables secondaryTables = new SecondaryTables(this);
  final RenameCollector renames;
  final Map<String, Sequence> sequences = new TreeMap<>();
  /** The sequence each sequence-generated id column draws from. */
  final Map<TableColumn, QualifiedName> idSequences = new HashMap<>();
  /** The PostgreSQL enum types {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} attributes store their values in, by name. */
  final Map<String, EnumType> enumTypes = new TreeMap<>();
  final NameLengths names;
  final BeanValidation beanValidation;
  private final SharedColumns sharedColumns;
  private final Map<String, TableBuilder> entityTables = new HashMap<>();

  ReadContext(ProcessingEnvironment env, Reporter reporter, NamingStrategy naming, HibernateLine line) {
    this.types = env.getTypeUtils();
    this.reporter = reporter;
    this.naming = naming;
    this.line = line;
    this.typeMapper = new TypeMapper(env.getTypeUtils(), env.getElementUtils(), line);
    this.scanner = new AttributeScanner(env.getTypeUtils());
    this.converters = new Converters(env.getTypeUtils(), reporter);
    this.names = new NameLengths(reporter);
    this.sharedColumns = new SharedColumns(reporter);
    this.renames = new RenameCollector(reporter, naming);
    this.beanValidation = new BeanValidation(env, reporter, line);
  }

  /** The entity {@code type} names, if it is one being compiled. */
  EntityInfo entity(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return entities.get(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
  }

  /** Adds {@code column} to {@code table} as {@code claim} maps it, see {@link SharedColumns}; false after an error. */
  boolean addColumn(TableBuilder table, Column column, String physical, Element origin, String originName, ColumnClaim claim) {
    if (!sharedColumns.add(table, column, physical, origin, originName, claim)) {
      return false;
    }
    renames.mapped(origin, table, column.name());
    return true;
  }

  /**
   * The table of an entity: entities naming the same table share it, as Hibernate maps them to one;
   * {@code origin} is the entity, where a name too long for PostgreSQL is reported.
   */
  TableBuilder entityTable(String physicalSchema, String physicalName, TypeElement origin) {
    TableBuilder table = new TableBuilder(physicalSchema, physicalName);
    TableBuilder shared = entityTables.putIfAbsent(table.name().toString(), table);
    if (shared != null) {
      return shared;
    }
    names.check(origin, null, "table", table.name().name(), origin.getQualifiedName(), "@Table(name = \"...\")");
    return table;
  }

  /** Declares {@code sequence}, which the id column {@code column} of {@code table} draws its values from. */
  void sequence(Sequence sequence, QualifiedName table, String column) {
    sequences.putIfAbsent(sequence.name().toString(), sequence);
    idSequences.put(new TableColumn(table, column), sequence.name());
  }

  /** A column of a table, where an id draws from a sequence. */
  record TableColumn(QualifiedName table, String column) {}
}
