package dev.retort.introspect;

import dev.retort.design.DesignMessage;
import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a live PostgreSQL schema from {@code pg_catalog} into a {@link SchemaModel}, in seven
 * set-based queries however many tables there are (an eighth names the columns of tables outside
 * the scope that foreign keys reference, when there are any).
 *
 * <p>Names in the connection's {@code current_schema()} get a null schema, the model's default
 * schema; every other schema in scope keeps its name and is listed in {@link SchemaModel#schemas()}.
 *
 * <p>Default expressions, check expressions and partial-index predicates are kept in the server's
 * canonical text ({@code pg_get_expr}): {@code DEFAULT 'x'} reads back as
 * {@code 'x'::character varying}, {@code CHECK (qty > 0)} as {@code (qty > 0)}. The one rewrite is
 * of the form an array of literals takes after a {@code pg_dump} and restore, which reads as the
 * form the server gave it before ({@link RestoredExpressions}), so a restored schema shows no drift. The server prints
 * names outside the connection's {@code search_path} schema-qualified, so the same database reads
 * the same only under the same {@code search_path}.
 *
 * <p>What the model cannot represent is left out, or read in part, with a warning: expression
 * indexes, indexes with {@code INCLUDE} columns, a method other than btree, a non-default operator
 * class or {@code NULLS} order; exclusion constraints; stored generated columns (read as ordinary
 * columns). A partitioned table reads as a plain table and its partitions are not reported, because
 * the model has no partitioning and a partition's keys and indexes are cloned from its parent's.
 * Properties the model has no field for are not read and not warned about: a sequence's data type,
 * an identity's sequence options, column collations, {@code DEFERRABLE}, {@code NOT VALID},
 * {@code NO INHERIT}, {@code NULLS NOT DISTINCT} and whether an index is valid.
 *
 * <p>Sequences that implement an identity column are not reported: the column's {@link Identity}
 * already says they exist, and recreating the model recreates them. Free-standing sequences (what
 * Hibernate creates for {@code GenerationType.SEQUENCE}) and those a {@code serial} column owns are
 * reported: nothing else in the model creates them, yet a column default such as
 * {@code nextval('t_id_seq'::regclass)} needs them.
 */
public final class PostgresIntrospector {

  /** Resolves the scope: the current schema, and which of the wanted schemas exist. */
  private static final String SCOPE_SQL = """
      WITH wanted AS (SELECT ?::text[] AS names)
      SELECT current_schema(),
             ARRAY(SELECT n.nspname::text
                   FROM pg_namespace n, wanted w
                   WHERE n.nspname = ANY (CASE WHEN cardinality(w.names) = 0
                                               THEN ARRAY[current_schema()::text] ELSE w.names END)
                   ORDER BY 1)
      FROM wanted""";

  /** The tables every later query reads the parts of; partitions belong to their parent. */
  private static final String IN_SCOPE =
      " n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition ";

  // Comments come from a join with pg_description rather than obj_description() and col_description(),
  // which look pg_description up once per row: a thousand tables have fifteen thousand columns.
  private static final String TABLES_SQL = """
      SELECT c.oid, n.nspname, c.relname, c.relkind, ds.description
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
      WHERE""" + IN_SCOPE + """
      ORDER BY n.nspname, c.relname""";

  // Not sorted here: the rows are wide and many, and PostgreSQL spilled their sort to disk; each
  // table's columns are put in attnum order as they are built. format_type() runs once per distinct
  // type and modifier (a lateral subquery the planner memoizes), not once per column. Only enum
  // types need their name apart: fifteen thousand rows need not carry pg_catalog and int4.
  private static final String COLUMNS_SQL = """
      SELECT a.attrelid, a.attnum, a.attname, f.formatted, t.typtype = 'e',
             CASE WHEN t.typtype = 'e' THEN tn.nspname END, CASE WHEN t.typtype = 'e' THEN t.typname END,
             a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, ds.description
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_namespace tn ON tn.oid = t.typnamespace
      CROSS JOIN LATERAL (SELECT format_type(a.atttypid, a.atttypmod) AS formatted OFFSET 0) f
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND""" + IN_SCOPE;

  // Key columns come as attnums (conkey, confkey) and are named from the columns already read: a
  // subquery per constraint that unnests them and joins pg_attribute cost more than the rest of the
  // query. conparentid <> 0 marks the clones PostgreSQL adds for partitions, e.g. one foreign key
  // per partition of a referenced partitioned table; they are not the user's constraints.
  private static final String CONSTRAINTS_SQL = """
      SELECT con.conrelid, con.conname, con.contype, con.conkey::text, rn.nspname, rc.relname,
             con.confrelid, con.confkey::text, con.confdeltype, con.confupdtype,
             CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_class rc ON rc.oid = con.confrelid
      LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND con.conparentid = 0 AND""" + IN_SCOPE + """
      ORDER BY con.conrelid, con.conname""";

  /** The columns of tables outside the scope that a foreign key in it references. */
  private static final String REFERENCED_COLUMNS_SQL = """
      SELECT a.attrelid, a.attnum, a.attname
      FROM pg_attribute a
      WHERE a.attrelid = ANY (?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped""";

  // An index that backs a primary key, unique or exclusion constraint is that constraint's. Key
  // columns come as attnums (indkey, as "1 2"), named from the columns already read; the
  // non-default operator classes are listed once, not looked up per index.
  private static final String INDEXES_SQL = """
      SELECT i.indrelid, ic.relname, i.indisunique, am.amname, i.indnatts <> i.indnkeyatts,
             i.indkey::text, i.indnkeyatts, i.indoption::text,
             NOT (i.indclass::oid[] && ARRAY(SELECT o.oid FROM pg_opclass o WHERE NOT o.opcdefault)),
             pg_get_expr(i.indpred, i.indrelid)
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_am am ON am.oid = ic.relam
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT EXISTS (SELECT FROM pg_constraint k
                        WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
        AND""" + IN_SCOPE + """
      ORDER BY i.indrelid, ic.relname""";

  // An identity column's sequence depends on the column internally ('i'); a serial column's
  // sequence only automatically ('a'), and is reported (see the class comment).
  private static final String SEQUENCES_SQL = """
      SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
             s.seqmin, s.seqmax, s.seqcache, s.seqcycle
      FROM pg_sequence s
      JOIN pg_class c ON c.oid = s.seqrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY (?)
        AND NOT EXISTS (SELECT FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i')""";

  private static final String ENUMS_SQL = """
      SELECT n.nspname, t.typname,
             ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
      FROM pg_type t
      JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typtype = 'e' AND n.nspname = ANY (?)""";

  /** {@code pg_index.indoption} bits, from PostgreSQL's {@code pg_index.h}. */
  private static final int INDOPTION_DESC = 1;
  private static final int INDOPTION_NULLS_FIRST = 2;

  private static final ColumnNames NO_COLUMNS = new ColumnNames();

  private final Connection connection;
  private final List<String> warnings = new ArrayList<>();
  /** The column names of every table read, by {@code pg_class.oid}: keys name their columns by attnum. */
  private final Map<Long, ColumnNames> columnNames = new HashMap<>();
  private String currentSchema;
  private Array schemas;

  private PostgresIntrospector(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** The schema in the connection's {@code current_schema()}, without {@code retort_history}. */
  public static Introspection introspect(Connection connection) {
    return introspect(connection, IntrospectionScope.currentSchema());
  }

  /**
   * The schemas in {@code scope} as the model sees them, with a warning for each object the model
   * cannot represent; schemas in scope that do not exist are skipped.
   *
   * @throws RetortException ({@link Message#DATABASE_ERROR}) when a catalog query fails
   */
  public static Introspection introspect(Connection connection, IntrospectionScope scope) {
    Objects.requireNonNull(scope, "scope");
    try {
      return new PostgresIntrospector(connection).read(scope);
    } catch (SQLException e) {
      String what = scope.schemas().isEmpty() ? "the current schema" : "the schemas " + scope.schemas();
      throw new RetortException(e, Message.DATABASE_ERROR, "reading the catalog of " + what, e.getMessage());
    }
  }

  private Introspection read(IntrospectionScope scope) throws SQLException {
    List<String> present = resolveScope(scope.schemas());
    schemas = connection.createArrayOf("text", present.toArray());
    String historySchema = scope.historySchema() == null ? currentSchema : scope.historySchema();

    Map<Long, TableParts> tables = readTables(new QualifiedName(historySchema, scope.historyTable()));
    readColumns(tables);
    readConstraints(tables);
    readIndexes(tables);
    List<Sequence> sequences = readSequences();
    List<EnumType> enumTypes = readEnumTypes();

    Set<String> named = new HashSet<>(present);
    named.remove(currentSchema);
    List<Table> built = tables.values().stream().map(TableParts::build).toList();
    return new Introspection(new SchemaModel(named, built, sequences, enumTypes), warnings);
  }

  private List<String> resolveScope(List<String> wanted) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SCOPE_SQL)) {
      statement.setArray(1, connection.createArrayOf("text", wanted.toArray()));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        currentSchema = row.getString(1);
        return List.of(strings(row.getArray(2)));
      }
    }
  }

  /** Keyed by {@code pg_class.oid}, which the later queries report their rows by. */
  private Map<Long, TableParts> readTables(QualifiedName historyTable) throws SQLException {
    Map<Long, TableParts> tables = new LinkedHashMap<>();
    try (PreparedStatement statement = prepare(TABLES_SQL); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String schema = rows.getString(2);
        String name = rows.getString(3);
        if (new QualifiedName(schema, name).equals(historyTable)) {
          continue;
        }
        QualifiedName table = name(schema, name);
        if (rows.getString(4).equals("p")) {
          warnings.add(DesignMessage.INTROSPECTED_PARTITIONED_TABLE.format(table));
        }
        tables.put(rows.getLong(1), new TableParts(table, rows.getString(5)));
      }
    }
    return tables;
  }

  private void readColumns(Map<Long, TableParts> tables) throws SQLException {
    Map<String, ColumnType> parsedTypes = new HashMap<>();
    try (PreparedStatement statement = prepare(COLUMNS_SQL); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        long relation = rows.getLong(1);
        int attnum = rows.getInt(2);
        String name = rows.getString(3);
        // Every table in scope, the history table too: a foreign key may reference it.
        columnNames.computeIfAbsent(relation, k -> new ColumnNames()).put(attnum, name);
        TableParts table = tables.get(relation);
        if (table == null) {
          continue;
        }
        ColumnType type = rows.getBoolean(5)
            ? new ColumnType.NativeEnum(name(rows.getString(6), rows.getString(7)))
            : parsedTypes.computeIfAbsent(rows.getString(4), FormatTypes::parse);
        String defaultValue = rows.getString(9);
        Identity identity = identity(rows.getString(10));
        if (!rows.getString(11).isEmpty()) {
          warnings.add(DesignMessage.INTROSPECTED_GENERATED_COLUMN.format(name, table.name, defaultValue));
          defaultValue = null;
        }
        table.addColumn(attnum, new Column(name, type, !rows.getBoolean(8), defaultValue, identity, rows.getString(12)));
      }
    }
  }

  private void readConstraints(Map<Long, TableParts> tables) throws SQLException {
    List<ConstraintRow> constraints = new ArrayList<>();
    Set<Long> unread = new LinkedHashSet<>();
    try (PreparedStatement statement = prepare(CONSTRAINTS_SQL); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableParts table = tables.get(rows.getLong(1));
        if (table == null) {
          continue;
        }
        ConstraintRow row = new ConstraintRow(table, rows.getLong(1), rows.getString(2), rows.getString(3),
            attnums(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getLong(7), attnums(rows.getString(8)),
            rows.getString(9), rows.getString(10), rows.getString(11));
        constraints.add(row);
        if (row.type.equals("f") && !columnNames.containsKey(row.referencedRelation)) {
          unread.add(row.referencedRelation);
        }
      }
    }
    readReferencedColumns(unread);
    for (ConstraintRow row : constraints) {
      TableParts table = row.table;
      List<String> columns = named(row.relation, row.keys);
      switch (row.type) {
        case "p" -> table.primaryKey = new PrimaryKey(row.name, columns);
        case "u" -> table.uniques.add(new UniqueConstraint(row.name, columns));
        case "f" -> table.foreignKeys.add(new ForeignKey(row.name, columns,
            name(row.referencedSchema, row.referencedTable), named(row.referencedRelation, row.referencedKeys),
            action(row.onDelete), action(row.onUpdate)));
        case "c" -> table.checks.add(new CheckConstraint(row.name, RestoredExpressions.canonical(row.expression)));
        default -> warnings.add(DesignMessage.INTROSPECTED_EXCLUSION_CONSTRAINT.format(row.name, table.name));
      }
    }
  }

  /** The names of a table's columns {@code attnums}; null for an unknown one (0 is an index's expression key). */
  private List<String> named(long relation, int[] attnums) {
    return columnNames.getOrDefault(relation, NO_COLUMNS).named(attnums);
  }

  /** Names the columns of referenced tables outside the scope; no query when there are none. */
  private void readReferencedColumns(Set<Long> relations) throws SQLException {
    if (relations.isEmpty()) {
      return;
    }
    StringBuilder oids = new StringBuilder("{");
    for (Long relation : relations) {
      oids.append(oids.length() > 1 ? "," : "").append(relation);
    }
    try (PreparedStatement statement = connection.prepareStatement(REFERENCED_COLUMNS_SQL)) {
      statement.setString(1, oids.append('}').toString());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columnNames.computeIfAbsent(rows.getLong(1), k -> new ColumnNames()).put(rows.getInt(2), rows.getString(3));
        }
      }
    }
  }

  private void readIndexes(Map<Long, TableParts> tables) throws SQLException {
    try (PreparedStatement statement = prepare(INDEXES_SQL); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableParts table = tables.get(rows.getLong(1));
        if (table == null) {
          continue;
        }
        String name = rows.getString(2);
        int[] allKeys = attnums(rows.getString(6));
        int[] keyAttnums = Arrays.copyOf(allKeys, Math.min(rows.getInt(7), allKeys.length));
        String[] keys = named(rows.getLong(1), keyAttnums).toArray(String[]::new);
        int[] options = attnums(rows.getString(8));
        String unrepresentable = unrepresentable(rows.getString(4), rows.getBoolean(5), keys, options, rows.getBoolean(9));
        if (unrepresentable != null) {
          warnings.add(DesignMessage.INTROSPECTED_INDEX_LEFT_OUT.format(name, table.name, unrepresentable));
          continue;
        }
        List<IndexColumn> columns = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
          columns.add(new IndexColumn(keys[i], (options[i] & INDOPTION_DESC) != 0));
        }
        table.indexes.add(new Index(name, columns, rows.getBoolean(3), RestoredExpressions.canonical(rows.getString(10))));
      }
    }
  }

  /** Why the index does not fit the model, or null when it does. */
  private static String unrepresentable(String method, boolean includes, String[] keys, int[] options, boolean defaultOpclasses) {
    if (!method.equals("btree")) {
      return "uses the " + method + " method";
    }
    if (Arrays.asList(keys).contains(null)) {
      return "has an expression key";
    }
    if (includes) {
      return "has INCLUDE columns";
    }
    if (!defaultOpclasses) {
      return "uses a non-default operator class";
    }
    for (int i = 0; i < keys.length; i++) {
      int option = options[i];
      // The model's DESC means PostgreSQL's default NULLS FIRST for DESC and NULLS LAST for ASC.
      boolean descending = (option & INDOPTION_DESC) != 0;
      boolean nullsFirst = (option & INDOPTION_NULLS_FIRST) != 0;
      if (descending != nullsFirst) {
        return "orders key " + keys[i] + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
      }
    }
    return null;
  }

  private List<Sequence> readSequences() throws SQLException {
    List<Sequence> sequences = new ArrayList<>();
    try (PreparedStatement statement = prepare(SEQUENCES_SQL); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        long increment = rows.getLong(5);
        SequenceBounds defaults = SequenceBounds.of(rows.getString(3), increment);
        long min = rows.getLong(6);
        long max = rows.getLong(7);
        sequences.add(new Sequence(name(rows.getString(1), rows.getString(2)), rows.getLong(4), increment,
            min == defaults.min ? null : min, max == defaults.max ? null : max,
            rows.getLong(8), rows.getBoolean(9)));
      }
    }
    return sequences;
  }

  private List<EnumType> readEnumTypes() throws SQLException {
    List<EnumType> types = new ArrayList<>();
    try (PreparedStatement statement = prepare(ENUMS_SQL); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        types.add(new EnumType(name(rows.getString(1), rows.getString(2)), List.of(strings(rows.getArray(3)))));
      }
    }
    return types;
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setArray(1, schemas);
    return statement;
  }

  /** The model's name: the current schema is the model's default schema, written null. */
  private QualifiedName name(String schema, String name) {
    return new QualifiedName(schema.equals(currentSchema) ? null : schema, name);
  }

  /**
   * The numbers of an {@code int2[]} ({@code {1,2}}) or {@code int2vector} ({@code 1 2}) in text;
   * none for null. Parsed here rather than through {@link Array}: thousands of rows carry them.
   */
  static int[] attnums(String text) {
    if (text == null) {
      return new int[0];
    }
    int[] numbers = new int[text.length() / 2 + 1];
    int count = 0;
    int value = 0;
    boolean negative = false;
    boolean inNumber = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        inNumber = true;
      } else if (c == '-') {
        negative = true;
      } else if (inNumber) {
        numbers[count++] = negative ? -value : value;
        value = 0;
        negative = false;
        inNumber = false;
      }
    }
    if (inNumber) {
      numbers[count++] = negative ? -value : value;
    }
    return Arrays.copyOf(numbers, count);
  }

  private static String[] strings(Array array) throws SQLException {
    return (String[]) array.getArray();
  }

  private static Identity identity(String attidentity) {
    return switch (attidentity) {
      case "a" -> Identity.ALWAYS;
      case "d" -> Identity.BY_DEFAULT;
      default -> Identity.NONE;
    };
  }

  private static ReferentialAction action(String code) {
    return switch (code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  /** The bounds PostgreSQL gives a sequence of this type and direction when none are declared. */
  private record SequenceBounds(long min, long max) {
    static SequenceBounds of(String dataType, long increment) {
      SequenceBounds type = switch (dataType) {
        case "smallint" -> new SequenceBounds(Short.MIN_VALUE, Short.MAX_VALUE);
        case "integer" -> new SequenceBounds(Integer.MIN_VALUE, Integer.MAX_VALUE);
        default -> new SequenceBounds(Long.MIN_VALUE, Long.MAX_VALUE);
      };
      return increment > 0 ? new SequenceBounds(1, type.max) : new SequenceBounds(type.min, -1);
    }
  }

  /** One table's parts as the queries deliver them, table by table. */
  private static final class TableParts {
    final QualifiedName name;
    final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final List<Integer> attnums = new ArrayList<>();
    private boolean inOrder = true;
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();

    TableParts(QualifiedName name, String comment) {
      this.name = name;
      this.comment = comment;
    }

    void addColumn(int attnum, Column column) {
      inOrder &= attnums.isEmpty() || attnums.get(attnums.size() - 1) < attnum;
      attnums.add(attnum);
      columns.add(column);
    }

    Table build() {
      return new Table(name, inOrder ? columns : byAttnum(), primaryKey, uniques, indexes, foreignKeys, checks, comment);
    }

    private List<Column> byAttnum() {
      Integer[] order = new Integer[columns.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingInt(attnums::get));
      List<Column> sorted = new ArrayList<>();
      for (Integer i : order) {
        sorted.add(columns.get(i));
      }
      return sorted;
    }
  }

  /** One table's column names by attnum. */
  private static final class ColumnNames {
    private String[] byAttnum = new String[16];

    void put(int attnum, String name) {
      if (attnum >= byAttnum.length) {
        byAttnum = Arrays.copyOf(byAttnum, Math.max(attnum + 1, byAttnum.length * 2));
      }
      byAttnum[attnum] = name;
    }

    /** The names of {@code attnums} in their order; null for 0, an index's expression key. */
    List<String> named(int[] attnums) {
      List<String> names = new ArrayList<>(attnums.length);
      for (int attnum : attnums) {
        names.add(attnum > 0 && attnum < byAttnum.length ? byAttnum[attnum] : null);
      }
      return names;
    }
  }

  /** A constraint as its query delivers it, kept until the referenced tables' columns are known. */
  private record ConstraintRow(TableParts table, long relation, String name, String type, int[] keys,
      String referencedSchema, String referencedTable, long referencedRelation, int[] referencedKeys,
      String onDelete, String onUpdate, String expression) {
  }
}
