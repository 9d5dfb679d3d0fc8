package dev.retort.read;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ColumnType.IntKind;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.mapping.UniqueKey;

/**
 * The oracle: compiles entity sources with plain javac, boots Hibernate ORM on them and states
 * the schema Hibernate would create on PostgreSQL as a {@link SchemaModel}, naming anonymous
 * constraints as PostgreSQL does; it also runs Hibernate's schema validation against a database.
 */
public final class HibernateOracle implements AutoCloseable {

  private final URLClassLoader loader;
  private final List<Class<?>> entities = new ArrayList<>();
  private final boolean spring;

  /** Compiles the model {@code name} and loads its {@code @Entity} and {@code @Converter} classes. */
  HibernateOracle(String name, boolean spring) throws IOException, ClassNotFoundException {
    this(compile(name), spring);
  }

  /**
   * Loads the {@code @Entity} and {@code @Converter} classes compiled into {@code classes}, through a
   * class loader of its own whose parent is the test class path; for projects built elsewhere.
   */
  public HibernateOracle(Path classes, boolean spring) throws IOException, ClassNotFoundException {
    this.spring = spring;
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, HibernateOracle.class.getClassLoader());
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String className = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        Class<?> type = Class.forName(className, false, loader);
        // Converters are registered as scanning would, so that autoApply ones apply.
        if (type.isAnnotationPresent(jakarta.persistence.Entity.class) || type.isAnnotationPresent(jakarta.persistence.Converter.class)) {
          entities.add(type);
        }
      }
    }
  }

  private static Path compile(String name) throws IOException {
    Path classes = Files.createTempDirectory("retort-oracle");
    List<Path> files = TestModels.files(name);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString(), "-cp", testClassPath()));
    files.forEach(f -> args.add(f.toString()));
    if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("javac failed on model " + name);
    }
    return classes;
  }

  /** The Hibernate line on the test class path, as {@code -Aretort.hibernate} names it: {@code 6.6} or {@code 7}. */
  static String line() {
    return org.hibernate.Version.getVersionString().startsWith("6.") ? "6.6" : "7";
  }

  /** The names of the classes Hibernate boots on, sorted. */
  public List<String> classNames() {
    return entities.stream().map(Class::getName).sorted().toList();
  }

  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }

  private StandardServiceRegistryBuilder registry(Map<String, Object> settings) {
    StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
        .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
    if (spring) {
      builder.applySetting("hibernate.physical_naming_strategy", SpringPhysicalNaming.class.getName());
      builder.applySetting("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName());
    }
    settings.forEach(builder::applySetting);
    return builder;
  }

  private Metadata metadata(StandardServiceRegistry registry) {
    MetadataSources sources = new MetadataSources(registry);
    entities.forEach(sources::addAnnotatedClass);
    return sources.buildMetadata();
  }

  /** Runs Hibernate's schema validation against {@code database}; throws when it fails. */
  public void validate(TestDatabase database) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("jakarta.persistence.jdbc.url", database.jdbcUrl());
    settings.put("jakarta.persistence.jdbc.user", database.user());
    settings.put("jakarta.persistence.jdbc.password", database.password());
    settings.put("hibernate.hbm2ddl.auto", "validate");
    StandardServiceRegistry registry = registry(settings).build();
    try {
      metadata(registry).buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** Lets Hibernate create the schema itself in {@code database}, as {@code hbm2ddl.auto=create} does; throws when a statement fails. */
  public void create(TestDatabase database) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("jakarta.persistence.jdbc.url", database.jdbcUrl());
    settings.put("jakarta.persistence.jdbc.user", database.user());
    settings.put("jakarta.persistence.jdbc.password", database.password());
    settings.put("jakarta.persistence.schema-generation.database.action", "create");
    settings.put("jakarta.persistence.create-database-schemas", "true");
    // Without it Hibernate logs a failing statement and carries on, and the comparison would blame the catalog.
    // Hibernate 6.6 inserts the first row of a generator table once per generator sharing it, and the second
    // insert fails: rows are no part of the schema, and the comparison still reports a statement that left it short.
    settings.put("hibernate.hbm2ddl.halt_on_error", String.valueOf(!line().equals("6.6")));
    StandardServiceRegistry registry = registry(settings).build();
    try {
      metadata(registry).buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** The schema Hibernate's boot metamodel declares, as PostgreSQL would store it. */
  SchemaModel model() {
    StandardServiceRegistry registry = registry(Map.of("hibernate.boot.allow_jdbc_metadata_access", "false")).build();
    try {
      Metadata metadata = metadata(registry);
      // Building the session factory instantiates generators, and @CreationTimestamp's makes its column NOT NULL;
      // it also applies Bean Validation constraints, before ordering resolves (and fixes) the column types.
      metadata.buildSessionFactory().close();
      // Schema export orders composite key columns by size, then name; so does this model.
      ((MetadataImplementor) metadata).orderColumns(true);
      Set<String> schemas = new TreeSet<>();
      List<Table> tables = new ArrayList<>();
      List<Sequence> sequences = new ArrayList<>();
      List<EnumType> enumTypes = enumTypes(metadata);
      Map<String, QualifiedName> enumNames = new LinkedHashMap<>();
      enumTypes.forEach(e -> enumNames.put(e.name().name(), e.name()));
      for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
        // getSchema() and getForeignKeys() are the accessors both Hibernate lines have (7 deprecates them).
      String schema = namespace.getName().getSchema() == null ? null : stored(namespace.getName().getSchema());
        if (schema != null) {
          schemas.add(schema);
        }
        for (org.hibernate.mapping.Table table : namespace.getTables()) {
          if (table.isPhysicalTable()) {
            tables.add(table(metadata, schema, table, enumNames));
          }
        }
        for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
          sequences.add(Sequence.of(new QualifiedName(schema, stored(sequence.getName().getSequenceName())),
              sequence.getInitialValue(), sequence.getIncrementSize()));
        }
      }
      return new SchemaModel(schemas, tables, sequences, enumTypes);
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static final Pattern CREATE_ENUM = Pattern.compile("(?is)create type (\\S+) as enum \\((.*)\\)");

  /** The PostgreSQL enum types Hibernate creates, from the DDL of its auxiliary database objects. */
  private static List<EnumType> enumTypes(Metadata metadata) {
    SqlStringGenerationContext context = SqlStringGenerationContextImpl.forTests(metadata.getDatabase().getJdbcEnvironment());
    List<EnumType> types = new ArrayList<>();
    for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
      for (String sql : object.sqlCreateStrings(context)) {
        Matcher m = CREATE_ENUM.matcher(sql.trim());
        if (m.matches()) {
          List<String> values = new ArrayList<>();
          for (String label : m.group(2).split(",")) {
            values.add(label.trim().replaceAll("^'|'$", "").replace("''", "'"));
          }
          types.add(new EnumType(QualifiedName.of(stored(m.group(1))), values));
        }
      }
    }
    return types;
  }

  private static Table table(Metadata metadata, String schema, org.hibernate.mapping.Table source, Map<String, QualifiedName> enumNames) {
    String name = stored(source.getNameIdentifier());
    Set<String> keyColumns = new HashSet<>();
    PrimaryKey primaryKey = null;
    if (source.getPrimaryKey() != null && !source.getPrimaryKey().getColumns().isEmpty()) {
      List<String> key = source.getPrimaryKey().getColumns().stream().map(HibernateOracle::stored).toList();
      keyColumns.addAll(key);
      primaryKey = new PrimaryKey(Identifiers.primaryKeyName(name), key);
    }
    List<Column> columns = new ArrayList<>();
    Map<String, UniqueConstraint> uniques = new LinkedHashMap<>();
    List<CheckConstraint> checks = new ArrayList<>();
    for (org.hibernate.mapping.Column column : source.getColumns()) {
      String columnName = stored(column);
      // An explicit columnDefinition is DDL Hibernate passes through untouched.
      String sqlType = column.getSqlType(metadata);
      QualifiedName enumType = enumNames.get(stored(sqlType));
      // Hibernate sets a named enum's type on the column as if it were a columnDefinition.
      ColumnType type = enumType != null ? new ColumnType.NativeEnum(enumType)
          : column.getSqlType() != null ? new ColumnType.Raw(column.getSqlType()) : parse(sqlType);
      boolean nullable = column.isNullable() && !keyColumns.contains(columnName);
      Column model = new Column(columnName, type, nullable, column.getDefaultValue(), Identity.NONE, column.getComment());
      columns.add(column.isIdentity() ? model.generatedAsIdentity() : model);
      // Schema export leaves out the unique of a column that is the whole primary key, which the key already enforces.
      if (column.isUnique() && !keyColumns.equals(Set.of(columnName))) {
        uniques.put(columnName, new UniqueConstraint(Identifiers.uniqueName(name, List.of(columnName)), List.of(columnName)));
      }
      List<String> anonymous = new ArrayList<>();
      for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
        if (check.isAnonymous()) {
          anonymous.add(check.getConstraint());
        } else {
          checks.add(new CheckConstraint(stored(check.getName()), check.getConstraint()));
        }
      }
      if (!anonymous.isEmpty()) {
        String expression = anonymous.size() == 1 ? anonymous.get(0)
            : String.join(" and ", anonymous.stream().map(c -> "(" + c + ")").toList());
        checks.add(new CheckConstraint(Identifiers.checkName(name, columnName), expression));
      }
    }
    Set<String> checkNames = new HashSet<>();
    checks.forEach(c -> checkNames.add(c.name()));
    for (org.hibernate.mapping.CheckConstraint check : source.getChecks()) {
      String checkName = !check.isAnonymous() ? stored(check.getName())
          : CheckNames.name(name, columns.stream().map(Column::name).toList(), check.getConstraint(), checkNames::contains);
      checkNames.add(checkName);
      checks.add(new CheckConstraint(checkName, check.getConstraint()));
    }
    for (UniqueKey key : source.getUniqueKeys().values()) {
      List<String> keyColumnNames = key.getColumns().stream().map(HibernateOracle::stored).toList();
      // Hibernate leaves implicitly named unique keys anonymous in PostgreSQL's DDL.
      String keyName = key.isNameExplicit() ? stored(key.getName()) : Identifiers.uniqueName(name, keyColumnNames);
      uniques.put(String.join(",", keyColumnNames), new UniqueConstraint(keyName, keyColumnNames));
    }
    List<Index> indexes = new ArrayList<>();
    for (org.hibernate.mapping.Index index : source.getIndexes().values()) {
      List<IndexColumn> keys = new ArrayList<>();
      for (org.hibernate.mapping.Column column : index.getColumns()) {
        String order = index.getColumnOrderMap().get(column);
        keys.add(new IndexColumn(stored(column), order != null && order.trim().equalsIgnoreCase("desc")));
      }
      indexes.add(new Index(stored(index.getName()), keys, index.isUnique(), null));
    }
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (org.hibernate.mapping.ForeignKey key : source.getForeignKeys().values()) {
      if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
        continue;
      }
      org.hibernate.mapping.Table referenced = key.getReferencedTable();
      List<org.hibernate.mapping.Column> referencedColumns = key.isReferenceToPrimaryKey()
          ? referenced.getPrimaryKey().getColumns() : key.getReferencedColumns();
      String referencedSchema = referenced.getSchema() == null ? null : stored(referenced.getSchema());
      foreignKeys.add(ForeignKey.of(stored(key.getName()), key.getColumns().stream().map(HibernateOracle::stored).toList(),
          new QualifiedName(referencedSchema, stored(referenced.getNameIdentifier())),
          referencedColumns.stream().map(HibernateOracle::stored).toList()));
    }
    return new Table(new QualifiedName(schema, name), columns, primaryKey, new ArrayList<>(uniques.values()), indexes,
        foreignKeys, checks, source.getComment());
  }

  private static final Pattern TYPE = Pattern.compile("([a-z][a-z0-9 ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone)?");

  /** Hibernate's PostgreSQL DDL type names as logical types; anything unknown stays raw. */
  static ColumnType parse(String sql) {
    Matcher m = TYPE.matcher(sql.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return new ColumnType.Raw(sql);
    }
    Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    boolean zoned = m.group(4) != null;
    switch (m.group(1)) {
      case "varchar": return new ColumnType.Varchar(first);
      case "char": return new ColumnType.Char(first == null ? 1 : first);
      case "text": return new ColumnType.Text();
      case "smallint": return new ColumnType.Int(IntKind.SMALLINT);
      case "integer": return new ColumnType.Int(IntKind.INTEGER);
      case "bigint": return new ColumnType.Int(IntKind.BIGINT);
      case "numeric": return new ColumnType.Numeric(first, first == null ? null : (second == null ? 0 : second));
      case "float4": case "real": return new ColumnType.Floating(false);
      case "float": return new ColumnType.Floating(first == null || first > 24);
      case "float8": case "double precision": return new ColumnType.Floating(true);
      case "boolean": return new ColumnType.Bool();
      case "date": return new ColumnType.Date();
      case "time": return new ColumnType.Time(first, zoned);
      case "timestamp": return new ColumnType.Timestamp(first, zoned);
      case "uuid": return new ColumnType.Uuid();
      case "bytea": return new ColumnType.Bytes();
      case "json": return new ColumnType.Json(false);
      case "jsonb": return new ColumnType.Json(true);
      default: return new ColumnType.Raw(sql);
    }
  }

  private static String stored(Identifier identifier) {
    return identifier.isQuoted() ? identifier.getText() : identifier.getText().toLowerCase(Locale.ROOT);
  }

  private static String stored(org.hibernate.mapping.Column column) {
    return column.isQuoted() ? column.getName() : column.getName().toLowerCase(Locale.ROOT);
  }

  private static String stored(String unquoted) {
    return Identifiers.stored(unquoted);
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
