package dev.retort.snapshot;

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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Valid snapshots drawn from a seeded {@link Random}: the same seed always gives the same
 * snapshot, and about a third of all strings are nasty (quotes, backslashes, line breaks,
 * invisible and bidirectional characters, lone surrogates, keywords of the format, conflict
 * markers, leading and trailing spaces).
 */
final class RandomSnapshots {

  /** Strings chosen to break a careless format. */
  private static final List<String> NASTY = List.of(
      "", " ", "none", "format", "head", "table", "primary", "unique", "index", "foreign", "check", "comment",
      "desc", "not null", "default", "<<<<<<< HEAD", "=======", ">>>>>>> branch", "# not a comment",
      "\"", "\"\"", "\\", "\\\"", "ends with backslash\\", "\\u0041", "\\n", " leading", "trailing ", "a.b", ".",
      "a,b", "(x)", "tab\there", "line\nbreak", "cr\rlf\r\n", "nul\0", "\u0085", "\u2028", "\u2029",
      "\u200B", "\u202E", "\uFEFF", "\u00A0", "\uD83D\uDE97", "\uD800", "\uDC00", "\uDC00\uD800",
      "naïve", "名前", "Mixed_Case", "UPPER", "x$1", "_", "1abc", "é", "\u0301", "'single'", "O'Brien");

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz_$0123456789ABCXYZ \"\\'.,()#-\t\n\ré名🚗\u0000"
      + "\u0085\u00A0\u200B\u2028\u202E\uFEFF\uD800\uDC00";

  private final Random random;

  private RandomSnapshots(long seed) {
    this.random = new Random(seed);
  }

  /** The snapshot of the given seed. */
  static Snapshot of(long seed) {
    return new RandomSnapshots(seed).snapshot();
  }

  private Snapshot snapshot() {
    Set<String> schemas = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      schemas.add(string());
    }
    List<EnumType> enums = new ArrayList<>();
    Set<QualifiedName> enumNames = new HashSet<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      QualifiedName name = qualifiedName();
      if (enumNames.add(name)) {
        enums.add(new EnumType(name, new ArrayList<>(distinct(random.nextInt(5), this::string))));
      }
    }
    List<Sequence> sequences = new ArrayList<>();
    Set<QualifiedName> sequenceNames = new HashSet<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      QualifiedName name = qualifiedName();
      if (sequenceNames.add(name)) {
        sequences.add(sequence(name));
      }
    }
    List<Table> tables = new ArrayList<>();
    Set<QualifiedName> tableNames = new HashSet<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      QualifiedName name = qualifiedName();
      if (tableNames.add(name)) {
        tables.add(table(name, new ArrayList<>(tableNames)));
      }
    }
    String head = switch (random.nextInt(4)) {
      case 0 -> null;
      case 1 -> "rev_" + Long.toHexString(random.nextLong());
      case 2 -> NASTY.get(random.nextInt(NASTY.size()));
      default -> string();
    };
    return new Snapshot(head, new SchemaModel(schemas, tables, sequences, enums));
  }

  private Sequence sequence(QualifiedName name) {
    long increment = random.nextBoolean() ? 1 + random.nextInt(100) : random.nextLong();
    if (increment == 0) {
      increment = -1;
    }
    Long min = random.nextBoolean() ? null : bigOrSmall();
    Long max = random.nextBoolean() ? null : bigOrSmall();
    long cache = random.nextBoolean() ? 1 : 1 + Math.abs(random.nextInt(Integer.MAX_VALUE));
    return new Sequence(name, bigOrSmall(), increment, min, max, cache, random.nextBoolean());
  }

  private long bigOrSmall() {
    return switch (random.nextInt(4)) {
      case 0 -> Long.MIN_VALUE;
      case 1 -> Long.MAX_VALUE;
      case 2 -> random.nextLong();
      default -> random.nextInt(200) - 100;
    };
  }

  private Table table(QualifiedName name, List<QualifiedName> knownTables) {
    List<String> columnNames = new ArrayList<>(distinct(1 + random.nextInt(8), this::string));
    List<Column> columns = new ArrayList<>();
    for (String columnName : columnNames) {
      columns.add(column(columnName));
    }
    PrimaryKey primaryKey = random.nextBoolean() ? new PrimaryKey(string(), subset(columnNames)) : null;
    List<UniqueConstraint> uniques = new ArrayList<>();
    for (String uniqueName : distinct(random.nextInt(3), this::string)) {
      uniques.add(new UniqueConstraint(uniqueName, subset(columnNames)));
    }
    List<Index> indexes = new ArrayList<>();
    for (String indexName : distinct(random.nextInt(3), this::string)) {
      List<IndexColumn> keys = new ArrayList<>();
      for (String column : subset(columnNames)) {
        keys.add(new IndexColumn(column, random.nextBoolean()));
      }
      indexes.add(new Index(indexName, keys, random.nextBoolean(), random.nextInt(3) == 0 ? string() : null));
    }
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (String keyName : distinct(random.nextInt(3), this::string)) {
      List<String> columns2 = subset(columnNames);
      List<String> referenced = new ArrayList<>(distinct(columns2.size(), this::string));
      QualifiedName target = random.nextBoolean() ? knownTables.get(random.nextInt(knownTables.size())) : qualifiedName();
      foreignKeys.add(new ForeignKey(keyName, columns2, target, referenced, action(), action()));
    }
    List<CheckConstraint> checks = new ArrayList<>();
    for (String checkName : distinct(random.nextInt(3), this::string)) {
      checks.add(new CheckConstraint(checkName, nonBlank()));
    }
    String comment = random.nextInt(3) == 0 ? string() : null;
    return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
  }

  private Column column(String name) {
    Identity identity = Identity.values()[random.nextInt(3)];
    boolean nullable = identity == Identity.NONE && random.nextBoolean();
    String defaultValue = identity == Identity.NONE && random.nextInt(3) == 0 ? string() : null;
    String comment = random.nextInt(3) == 0 ? string() : null;
    return new Column(name, columnType(), nullable, defaultValue, identity, comment);
  }

  private ColumnType columnType() {
    return switch (random.nextInt(16)) {
      case 0 -> new ColumnType.Varchar(random.nextBoolean() ? null : 1 + random.nextInt(Integer.MAX_VALUE));
      case 1 -> new ColumnType.Char(1 + random.nextInt(1000));
      case 2 -> new ColumnType.Text();
      case 3 -> new ColumnType.Int(ColumnType.IntKind.values()[random.nextInt(3)]);
      case 4 -> numeric();
      case 5 -> new ColumnType.Floating(random.nextBoolean());
      case 6 -> new ColumnType.Bool();
      case 7 -> new ColumnType.Date();
      case 8 -> new ColumnType.Time(fraction(), random.nextBoolean());
      case 9 -> new ColumnType.Timestamp(fraction(), random.nextBoolean());
      case 10 -> new ColumnType.Interval(fraction());
      case 11 -> new ColumnType.Uuid();
      case 12 -> new ColumnType.Bytes();
      case 13 -> new ColumnType.Json(random.nextBoolean());
      case 14 -> new ColumnType.NativeEnum(qualifiedName());
      default -> new ColumnType.Raw(nonBlank());
    };
  }

  private ColumnType numeric() {
    if (random.nextInt(3) == 0) {
      return new ColumnType.Numeric(null, null);
    }
    int precision = 1 + random.nextInt(1000);
    return new ColumnType.Numeric(precision, random.nextBoolean() ? null : random.nextInt(precision + 1));
  }

  private Integer fraction() {
    return random.nextBoolean() ? null : random.nextInt(7);
  }

  private ReferentialAction action() {
    return ReferentialAction.values()[random.nextInt(ReferentialAction.values().length)];
  }

  private QualifiedName qualifiedName() {
    return QualifiedName.of(random.nextBoolean() ? null : nonEmpty(), nonEmpty());
  }

  /** Some of the given names, at least one, in random order and without repeats. */
  private List<String> subset(List<String> names) {
    List<String> chosen = new ArrayList<>();
    for (String name : names) {
      if (random.nextInt(3) == 0) {
        chosen.add(random.nextBoolean() ? chosen.size() : 0, name);
      }
    }
    if (chosen.isEmpty()) {
      chosen.add(names.get(random.nextInt(names.size())));
    }
    return chosen;
  }

  private Set<String> distinct(int count, Supplier<String> strings) {
    Set<String> values = new LinkedHashSet<>();
    for (int attempts = 0; values.size() < count && attempts < 10 * count; attempts++) {
      values.add(strings.get());
    }
    for (int i = 0; values.size() < count; i++) {
      values.add("filler" + i);
    }
    return values;
  }

  private String nonEmpty() {
    String value = string();
    return value.isEmpty() ? "x" : value;
  }

  private String nonBlank() {
    String value = string();
    return value.isBlank() ? "true" : value;
  }

  private String string() {
    switch (random.nextInt(6)) {
      case 0, 1 -> {
        return NASTY.get(random.nextInt(NASTY.size()));
      }
      case 2, 3 -> {
        return plainName();
      }
      default -> {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
          s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
      }
    }
  }

  private String plainName() {
    String letters = "abcdefghijklmnopqrstuvwxyz_";
    StringBuilder s = new StringBuilder().append(letters.charAt(random.nextInt(letters.length())));
    for (int i = random.nextInt(10); i > 0; i--) {
      s.append("abcdefghijklmnopqrstuvwxyz_$0123456789".charAt(random.nextInt(38)));
    }
    return s.toString();
  }
}
