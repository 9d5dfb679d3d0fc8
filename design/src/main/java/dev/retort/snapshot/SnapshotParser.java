package dev.retort.snapshot;

import dev.retort.design.DesignMessage;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads snapshot text line by line into a {@link Snapshot}. It builds each table one line at a
 * time, so that whatever the model records reject (a key naming a column the table lacks, a name
 * used twice) is reported at the line that introduced it. It has no side effects.
 */
final class SnapshotParser {

  private enum Stage { FORMAT, HEAD, BODY }

  /** The sections of a table, in the order the writer puts them; a line may not go back to an earlier one. */
  private enum Section { COLUMNS, PRIMARY_KEY, UNIQUES, INDEXES, FOREIGN_KEYS, CHECKS, COMMENT }

  private static final String TABLE_ORDER = "the lines of a table in the order columns, primary key, unique"
      + " constraints, indexes, foreign keys, checks, comment (at most one primary key and one comment)";

  private static final String EXPECTED_FORMAT = "`format " + SnapshotFormat.VERSION + "` as the first line";
  private static final String EXPECTED_HEAD = "the head line, `head <revision id>` or `head none`";
  private static final String EXPECTED_TOP = "`schema`, `enum`, `sequence` or `table`";

  private final String text;
  private final String source;

  private Stage stage = Stage.FORMAT;
  private long formatVersion;
  private final List<PendingDrop> pendingDrops = new ArrayList<>();
  private String head;
  private final Map<String, Integer> schemas = new LinkedHashMap<>();
  private final Map<QualifiedName, Integer> enumLines = new HashMap<>();
  private final Map<QualifiedName, Integer> sequenceLines = new HashMap<>();
  private final Map<QualifiedName, Integer> tableLines = new HashMap<>();
  private final List<EnumType> enumTypes = new ArrayList<>();
  private final List<Sequence> sequences = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();

  private EnumBlock openEnum;
  private TableBlock openTable;

  SnapshotParser(String text, String source) {
    this.text = text;
    this.source = source;
  }

  Snapshot parse() {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      // Tolerated because git on Windows may check the file out with CRLF line endings.
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      line(i + 1, line);
    }
    closeBlock();
    int endOfFile = lines.length;
    if (stage == Stage.FORMAT) {
      throw new SnapshotException(source, endOfFile, DesignMessage.SNAPSHOT_MALFORMED, EXPECTED_FORMAT, "the end of the file");
    }
    if (stage == Stage.HEAD) {
      throw new SnapshotException(source, endOfFile, DesignMessage.SNAPSHOT_MALFORMED, EXPECTED_HEAD, "the end of the file");
    }
    return new Snapshot(head, new SchemaModel(schemas.keySet(), tables, sequences, enumTypes), pendingDrops);
  }

  private void line(int number, String line) {
    if (isConflictMarker(line)) {
      throw new SnapshotException(source, number, DesignMessage.SNAPSHOT_MERGE_CONFLICT);
    }
    if (line.isBlank()) {
      return;
    }
    int indent = 0;
    while (line.charAt(indent) == ' ') {
      indent++;
    }
    if (line.charAt(indent) == '#') {
      return;
    }
    if (line.charAt(indent) == '\t' || indent != 0 && indent != 2) {
      throw new SnapshotException(source, number, DesignMessage.SNAPSHOT_MALFORMED,
          "a line indented by two spaces or not at all",
          line.charAt(indent) == '\t' ? "a tab" : indent + " spaces");
    }
    LineCursor in = new LineCursor(source, number, line, indent);
    switch (stage) {
      case FORMAT -> format(in, indent);
      case HEAD -> head(in, indent);
      case BODY -> {
        if (indent == 0) {
          topLevel(in);
        } else {
          body(in);
        }
      }
    }
  }

  private static boolean isConflictMarker(String line) {
    return line.startsWith("<<<<<<<") || line.startsWith(">>>>>>>") || line.startsWith("|||||||")
        || line.startsWith("=======");
  }

  private void format(LineCursor in, int indent) {
    if (indent != 0 || !in.tryKeyword("format")) {
      throw in.malformed(EXPECTED_FORMAT);
    }
    int at = in.mark();
    long version = in.longValue();
    if (version > SnapshotFormat.VERSION) {
      throw new SnapshotException(source, in.number(), DesignMessage.SNAPSHOT_TOO_NEW, Long.toString(version), SnapshotFormat.VERSION);
    }
    if (version != SnapshotFormat.VERSION && version != SnapshotFormat.VERSION_WITHOUT_PENDING_DROPS) {
      in.reset(at);
      throw in.malformed("format version " + SnapshotFormat.VERSION_WITHOUT_PENDING_DROPS + " or " + SnapshotFormat.VERSION);
    }
    formatVersion = version;
    in.end();
    stage = Stage.HEAD;
  }

  private void head(LineCursor in, int indent) {
    if (indent != 0 || !in.tryKeyword("head")) {
      throw in.malformed(EXPECTED_HEAD);
    }
    head = in.revision();
    in.end();
    stage = Stage.BODY;
  }

  private void topLevel(LineCursor in) {
    closeBlock();
    if (in.tryKeyword("schema")) {
      String schema = in.name();
      in.end();
      Integer earlier = schemas.putIfAbsent(schema, in.number());
      if (earlier != null) {
        throw in.invalid("schema " + SnapshotSyntax.name(schema) + " is declared twice, first at line " + earlier, null);
      }
    } else if (in.tryKeyword("enum")) {
      QualifiedName name = in.qualifiedName();
      in.end();
      declare(in, enumLines, name, "enum type");
      openEnum = new EnumBlock(name);
    } else if (in.tryKeyword("sequence")) {
      sequence(in);
    } else if (formatVersion >= 2 && in.tryKeyword("pending")) {
      pendingDrop(in);
    } else if (in.tryKeyword("table")) {
      QualifiedName name = in.qualifiedName();
      in.end();
      declare(in, tableLines, name, "table");
      openTable = new TableBlock(Table.named(name));
    } else {
      throw in.malformed(EXPECTED_TOP);
    }
  }

  /** {@code pending drop table <table>} or {@code pending drop column <table> <column>}, after {@code pending}. */
  private void pendingDrop(LineCursor in) {
    in.keyword("drop");
    if (in.tryKeyword("table")) {
      QualifiedName table = in.qualifiedName();
      in.end();
      pendingDrops.add(PendingDrop.ofTable(table));
    } else {
      in.keyword("column");
      QualifiedName table = in.qualifiedName();
      String column = in.name();
      in.end();
      pendingDrops.add(PendingDrop.ofColumn(table, column));
    }
  }

  private static void declare(LineCursor in, Map<QualifiedName, Integer> lines, QualifiedName name, String kind) {
    Integer earlier = lines.putIfAbsent(name, in.number());
    if (earlier != null) {
      throw in.invalid(kind + " " + SnapshotSyntax.name(name) + " is declared twice, first at line " + earlier, null);
    }
  }

  private void sequence(LineCursor in) {
    QualifiedName name = in.qualifiedName();
    in.keyword("start");
    long start = in.longValue();
    in.keyword("increment");
    long increment = in.longValue();
    Long min = in.tryKeyword("minvalue") ? in.longValue() : null;
    Long max = in.tryKeyword("maxvalue") ? in.longValue() : null;
    in.keyword("cache");
    long cache = in.longValue();
    boolean cycle = in.tryKeyword("cycle");
    in.end();
    Sequence sequence = in.model(() -> new Sequence(name, start, increment, min, max, cache, cycle));
    declare(in, sequenceLines, name, "sequence");
    sequences.add(sequence);
  }

  private void body(LineCursor in) {
    if (openTable != null) {
      openTable.line(in);
    } else if (openEnum != null) {
      openEnum.value(in);
    } else {
      throw in.malformed("a `table` or `enum` line before this indented line");
    }
  }

  private void closeBlock() {
    if (openTable != null) {
      tables.add(openTable.finish());
      openTable = null;
    }
    if (openEnum != null) {
      enumTypes.add(new EnumType(openEnum.name, openEnum.values));
      openEnum = null;
    }
  }

  /** The enum type being read: its labels, one quoted label per indented line. */
  private static final class EnumBlock {
    final QualifiedName name;
    final List<String> values = new ArrayList<>();

    EnumBlock(QualifiedName name) {
      this.name = name;
    }

    void value(LineCursor in) {
      String value = in.text();
      in.end();
      if (values.contains(value)) {
        throw in.invalid("enum type " + SnapshotSyntax.name(name) + " repeats the value " + SnapshotSyntax.text(value), null);
      }
      values.add(value);
    }
  }

  /**
   * The table being read, valid after every line so that errors point at the line that broke it.
   * Its columns are collected first and the table made once they end: making a new table for each
   * column re-checked every column before it, which was quadratic in a table's width.
   */
  private static final class TableBlock {
    Table table;
    Section section = Section.COLUMNS;
    final List<Column> columns = new ArrayList<>();
    final Set<String> columnNames = new HashSet<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();

    TableBlock(Table table) {
      this.table = table;
    }

    void line(LineCursor in) {
      int start = in.mark();
      Section kind = kind(in);
      boolean once = kind == Section.PRIMARY_KEY || kind == Section.COMMENT;
      if (kind.compareTo(section) < 0 || once && kind == section) {
        in.reset(start);
        throw in.malformed(TABLE_ORDER);
      }
      if (section == Section.COLUMNS && kind != Section.COLUMNS) {
        withColumns(in);
      }
      section = kind;
      switch (kind) {
        case COLUMNS -> column(in);
        case PRIMARY_KEY -> primaryKey(in);
        case UNIQUES -> unique(in);
        case INDEXES -> index(in, start);
        case FOREIGN_KEYS -> foreignKey(in);
        case CHECKS -> check(in);
        case COMMENT -> comment(in);
      }
    }

    /** Which section the line belongs to, consuming its keywords except those of a unique index. */
    private static Section kind(LineCursor in) {
      if (in.tryKeyword("primary")) {
        in.keyword("key");
        return Section.PRIMARY_KEY;
      }
      if (in.peekKeyword("unique")) {
        int start = in.mark();
        in.keyword("unique");
        if (in.peekKeyword("index")) {
          in.reset(start);
          return Section.INDEXES;
        }
        return Section.UNIQUES;
      }
      if (in.peekKeyword("index")) {
        return Section.INDEXES;
      }
      if (in.tryKeyword("foreign")) {
        in.keyword("key");
        return Section.FOREIGN_KEYS;
      }
      if (in.tryKeyword("check")) {
        return Section.CHECKS;
      }
      if (in.tryKeyword("comment")) {
        return Section.COMMENT;
      }
      return Section.COLUMNS;
    }

    private void column(LineCursor in) {
      String name = in.name();
      ColumnType type = TypeSyntax.read(in);
      boolean nullable = true;
      if (in.tryKeyword("not")) {
        in.keyword("null");
        nullable = false;
      }
      Identity identity = Identity.NONE;
      if (in.tryKeyword("generated")) {
        if (in.tryKeyword("always")) {
          identity = Identity.ALWAYS;
        } else if (in.tryKeyword("by")) {
          in.keyword("default");
          identity = Identity.BY_DEFAULT;
        } else {
          throw in.malformed("`always` or `by default`");
        }
        in.keyword("as");
        in.keyword("identity");
      }
      String defaultValue = in.tryKeyword("default") ? in.text() : null;
      String comment = in.tryKeyword("comment") ? in.text() : null;
      if (!in.atEnd()) {
        throw in.malformed("`not null`, `generated ... as identity`, `default \"...\"`, `comment \"...\"`"
            + " (in this order) or the end of the line");
      }
      boolean isNullable = nullable;
      Identity generation = identity;
      Column column = in.model(() -> new Column(name, type, isNullable, defaultValue, generation, comment));
      if (!columnNames.add(name)) {
        throw in.invalid("table " + table.name() + " declares column " + name + " twice", null);
      }
      columns.add(column);
    }

    /** The table with the columns read so far, made once they end. */
    private void withColumns(LineCursor in) {
      table = in.model(() -> new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints(),
          table.indexes(), table.foreignKeys(), table.checks(), table.comment()));
    }

    /** The table read, once its block has ended. */
    Table finish() {
      return section == Section.COLUMNS
          ? new Table(table.name(), columns, null, List.of(), List.of(), List.of(), List.of(), null)
          : table;
    }

    private void primaryKey(LineCursor in) {
      String name = in.name();
      List<String> columns = in.nameList();
      in.end();
      PrimaryKey key = in.model(() -> new PrimaryKey(name, columns));
      table = in.model(() -> table.withPrimaryKey(key));
    }

    private void unique(LineCursor in) {
      String name = in.name();
      List<String> columns = in.nameList();
      in.end();
      uniques.add(in.model(() -> new UniqueConstraint(name, columns)));
      table = in.model(() -> table.withUniqueConstraints(uniques));
    }

    private void index(LineCursor in, int start) {
      in.reset(start);
      boolean unique = in.tryKeyword("unique");
      in.keyword("index");
      String name = in.name();
      List<IndexColumn> keys = new ArrayList<>();
      in.punct('(');
      do {
        keys.add(new IndexColumn(in.name(), in.tryKeyword("desc")));
      } while (in.tryPunct(','));
      in.punct(')');
      String where = in.tryKeyword("where") ? in.text() : null;
      in.end();
      indexes.add(in.model(() -> new Index(name, keys, unique, where)));
      table = in.model(() -> table.withIndexes(indexes));
    }

    private void foreignKey(LineCursor in) {
      String name = in.name();
      List<String> columns = in.nameList();
      in.keyword("references");
      QualifiedName referenced = in.qualifiedName();
      List<String> referencedColumns = in.nameList();
      ReferentialAction onDelete = null;
      ReferentialAction onUpdate = null;
      while (in.tryKeyword("on")) {
        if (onDelete == null && in.tryKeyword("delete")) {
          onDelete = action(in);
        } else if (onUpdate == null && in.tryKeyword("update")) {
          onUpdate = action(in);
        } else {
          throw in.malformed(onDelete == null ? "`delete` or `update`" : "`update`");
        }
      }
      in.end();
      ReferentialAction delete = onDelete;
      ReferentialAction update = onUpdate;
      foreignKeys.add(in.model(() -> new ForeignKey(name, columns, referenced, referencedColumns, delete, update)));
      table = in.model(() -> table.withForeignKeys(foreignKeys));
    }

    private static ReferentialAction action(LineCursor in) {
      for (ReferentialAction action : ReferentialAction.values()) {
        int start = in.mark();
        String[] words = SnapshotWriter.action(action).split(" ");
        boolean matched = true;
        for (String word : words) {
          if (!in.tryKeyword(word)) {
            matched = false;
            break;
          }
        }
        if (matched) {
          return action;
        }
        in.reset(start);
      }
      throw in.malformed("`cascade`, `restrict`, `set null`, `set default` or `no action`");
    }

    private void check(LineCursor in) {
      String name = in.name();
      String expression = in.text();
      in.end();
      checks.add(in.model(() -> new CheckConstraint(name, expression)));
      table = in.model(() -> table.withChecks(checks));
    }

    private void comment(LineCursor in) {
      String comment = in.text();
      in.end();
      table = table.withComment(comment);
    }
  }
}
