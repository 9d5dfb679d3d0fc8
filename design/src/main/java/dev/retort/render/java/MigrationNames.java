package dev.retort.render.java;

import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.ops.OperationFacts.Kind;
import dev.retort.ops.OperationVisitor;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of generated migrations: class names and revision ids that sort by creation time and
 * carry a slug of the change, e.g. {@code V20261121_1430__add_phone_number_to_drivers} and
 * {@code 20261121_1430_add_phone_number_to_drivers}.
 */
public final class MigrationNames {

  /** Slugs stop growing at the first word that would take them past this many characters. */
  public static final int MAX_SLUG_LENGTH = 50;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm", Locale.ROOT);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  private MigrationNames() {}

  /**
   * The class name and revision id of one migration.
   *
   * @param className {@code V} + creation time + {@code __} + slug: always a legal Java identifier
   *     and never a keyword, because it starts with {@code V} and digits follow
   * @param revisionId creation time + {@code _} + slug, a valid {@code Revision} id
   */
  public record Name(String className, String revisionId) {

    /**
     * These names with {@code _<suffix>} appended to both, to tell apart two migrations that would
     * otherwise share their minute and slug; {@code suffix} must be lower-case letters and digits.
     */
    public Name disambiguated(String suffix) {
      if (suffix.isEmpty() || !SEPARATORS.matcher(suffix).replaceAll("").equals(suffix)) {
        throw new IllegalArgumentException("'" + suffix + "' is not lower-case letters and digits");
      }
      return new Name(className + "_" + suffix, revisionId + "_" + suffix);
    }
  }

  /** The names of a migration created at {@code created} for the change {@code message} describes. */
  public static Name of(LocalDateTime created, String message) {
    Objects.requireNonNull(created, "created");
    String stamp = created.format(STAMP);
    String slug = slug(message);
    return new Name("V" + stamp + "__" + slug, stamp + "_" + slug);
  }

  /**
   * The names of part {@code part} (from 1) of {@code parts} of one change split into several
   * revisions, created at {@code created}: the slug of {@code message} (which names the whole change), cut shorter if need be so
   * that {@code _part_<part>_of_<parts>} always fits, with the part number padded so that the parts
   * sort in order, e.g. {@code V20261121_1430__initial_schema_part_02_of_12}.
   */
  public static Name ofPart(LocalDateTime created, String message, int part, int parts) {
    Objects.requireNonNull(created, "created");
    if (part < 1 || part > parts) {
      throw new IllegalArgumentException("part " + part + " of " + parts);
    }
    String total = Integer.toString(parts);
    String number = "0".repeat(total.length() - Integer.toString(part).length()) + part;
    String suffix = "part_" + number + "_of_" + total;
    String slug = slug(message, MAX_SLUG_LENGTH - suffix.length() - 1);
    String stamp = created.format(STAMP);
    return new Name("V" + stamp + "__" + slug + "_" + suffix, stamp + "_" + slug + "_" + suffix);
  }

  /**
   * {@code message} as lower-case ASCII words joined by {@code _}: accents transliterated,
   * apostrophes dropped inside words, any other non-alphanumeric text a word break, cut at a word
   * boundary to at most {@value #MAX_SLUG_LENGTH} characters, and {@code migration} when nothing
   * is left.
   */
  public static String slug(String message) {
    return slug(message, MAX_SLUG_LENGTH);
  }

  private static String slug(String message, int maxLength) {
    if (message == null) {
      return "migration";
    }
    String ascii = MARKS.matcher(Normalizer.normalize(transliterate(message), Normalizer.Form.NFKD)).replaceAll("");
    String lower = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    StringBuilder slug = new StringBuilder();
    for (String word : SEPARATORS.split(lower)) {
      if (word.isEmpty()) {
        continue;
      }
      if (slug.length() == 0) {
        // A single overlong word is cut; there is no word boundary to cut it at.
        slug.append(word, 0, Math.min(word.length(), maxLength));
      } else if (slug.length() + 1 + word.length() <= maxLength) {
        slug.append('_').append(word);
      } else {
        break;
      }
    }
    return slug.length() == 0 ? "migration" : slug.toString();
  }

  /** Letters that Unicode decomposition does not reduce to ASCII but that have a common spelling. */
  private static String transliterate(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u00df':
          out.append("ss");
          break;
        case '\u00e6':
          out.append("ae");
          break;
        case '\u00c6':
          out.append("AE");
          break;
        case '\u0153':
          out.append("oe");
          break;
        case '\u0152':
          out.append("OE");
          break;
        case '\u00f8':
          out.append('o');
          break;
        case '\u00d8':
          out.append('O');
          break;
        case '\u0142':
          out.append('l');
          break;
        case '\u0141':
          out.append('L');
          break;
        case '\u0111':
        case '\u00f0':
          out.append('d');
          break;
        case '\u0110':
        case '\u00d0':
          out.append('D');
          break;
        case '\u00fe':
          out.append("th");
          break;
        case '\u00de':
          out.append("Th");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A message for operations whose author gave none, the same for the same operations: "add phone
   * number to drivers" for one added column, "add email and status to users" for several added to
   * one table (a column added nullable and then enforced counts once), what one operation does to
   * its column or object ("make email not null in users", "widen name in drivers"), "change email
   * and status in users" for alterations of columns of one table, "create vehicles and 2 more
   * tables" when tables are created, "change drivers" otherwise, "migration" for none.
   */
  public static String summarize(List<Operation> operations) {
    if (operations.isEmpty()) {
      return "migration";
    }
    // An added column often brings its index or foreign key along; the column is the news.
    List<Operation> main = operations.stream().filter(op -> !supporting(OperationFacts.of(op).kind())).toList();
    main = withoutStepsOfAddedColumns(main);
    String columns = columnsOfOneTable(main);
    if (columns != null) {
      return columns;
    }
    if (main.size() == 1) {
      String single = main.get(0).accept(SingleChange.INSTANCE);
      if (single != null) {
        return single;
      }
    } else if (main.isEmpty() && operations.size() == 1) {
      String single = operations.get(0).accept(SingleChange.INSTANCE);
      if (single != null) {
        return single;
      }
    }
    String altered = alteredColumnsOfOneTable(main);
    if (altered != null) {
      return altered;
    }
    List<QualifiedName> created = new ArrayList<>();
    List<QualifiedName> dropped = new ArrayList<>();
    Set<QualifiedName> touched = new LinkedHashSet<>();
    for (Operation operation : operations) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (facts.kind() == Kind.CREATE_TABLE) {
        created.add(facts.table());
      } else if (facts.kind() == Kind.DROP_TABLE) {
        dropped.add(facts.table());
      }
      if (facts.table() != null) {
        touched.add(facts.table());
      }
    }
    if (!created.isEmpty()) {
      return "create " + words(created.get(0).name()) + more(created.size() - 1);
    }
    if (!dropped.isEmpty()) {
      return "drop " + words(dropped.get(0).name()) + more(dropped.size() - 1);
    }
    if (touched.isEmpty()) {
      return "change schema";
    }
    return "change " + words(touched.iterator().next().name()) + more(touched.size() - 1);
  }

  /**
   * {@code operations} without the NOT NULL step of a column they add: a column added nullable,
   * backfilled and then enforced is one change, the added column.
   */
  private static List<Operation> withoutStepsOfAddedColumns(List<Operation> operations) {
    Set<List<Object>> added = new HashSet<>();
    for (Operation operation : operations) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (facts.kind() == Kind.ADD_COLUMN) {
        added.add(List.of(facts.table(), facts.column()));
      }
    }
    return operations.stream().filter(op -> {
      OperationFacts.Facts facts = OperationFacts.of(op);
      return !(facts.kind() == Kind.ALTER_COLUMN_NULLABILITY && added.contains(List.of(facts.table(), facts.column())));
    }).toList();
  }

  /**
   * "add email and status to users" when every operation adds a column to one table, "drop phone
   * and fax from users" when every one drops a column of it; null otherwise, or for a single column.
   */
  private static String columnsOfOneTable(List<Operation> operations) {
    if (operations.size() < 2) {
      return null;
    }
    List<String> names = new ArrayList<>();
    Set<QualifiedName> tables = new HashSet<>();
    Kind first = OperationFacts.of(operations.get(0)).kind();
    boolean adds = first == Kind.ADD_COLUMN;
    Kind wanted = adds ? Kind.ADD_COLUMN : Kind.DROP_COLUMN;
    for (Operation operation : operations) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (facts.kind() != wanted) {
        return null;
      }
      names.add(words(facts.column()));
      tables.add(facts.table());
    }
    if (tables.size() != 1) {
      return null;
    }
    return (adds ? "add " : "drop ") + listed(names) + (adds ? " to " : " from ") + words(tables.iterator().next().name());
  }

  /**
   * "change name in drivers" when every operation alters a column of one table in place (its type,
   * nullability, default or identity) and they alter one column, "change email and status in users"
   * when they alter several; null otherwise, or for a single operation.
   */
  private static String alteredColumnsOfOneTable(List<Operation> operations) {
    if (operations.size() < 2) {
      return null;
    }
    Set<String> columns = new LinkedHashSet<>();
    Set<QualifiedName> tables = new HashSet<>();
    for (Operation operation : operations) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (!altersColumnInPlace(facts.kind())) {
        return null;
      }
      columns.add(words(facts.column()));
      tables.add(facts.table());
    }
    if (tables.size() != 1) {
      return null;
    }
    List<String> names = List.copyOf(columns);
    return "change " + (names.size() == 1 ? names.get(0) : listed(names)) + " in " + words(tables.iterator().next().name());
  }

  /** Whether an operation of this kind changes a column that stays where it is, under its name. */
  private static boolean altersColumnInPlace(Kind kind) {
    return switch (kind) {
      case ALTER_COLUMN_TYPE, ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_IDENTITY, SET_COLUMN_COMMENT -> true;
      case CREATE_SCHEMA, DROP_SCHEMA, CREATE_TABLE, DROP_TABLE, RENAME_TABLE, SET_TABLE_COMMENT, ADD_COLUMN, DROP_COLUMN,
          RENAME_COLUMN, ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE_CONSTRAINT, DROP_UNIQUE_CONSTRAINT, ADD_FOREIGN_KEY,
          DROP_FOREIGN_KEY, ADD_CHECK_CONSTRAINT, DROP_CHECK_CONSTRAINT, CREATE_INDEX, DROP_INDEX, CREATE_SEQUENCE,
          ALTER_SEQUENCE, DROP_SEQUENCE, CREATE_ENUM_TYPE, DROP_ENUM_TYPE, ADD_ENUM_VALUE, DROP_ENUM_VALUE, EXECUTE,
          RUN_JAVA -> false;
    };
  }

  /** "a and b", "a, b and c", or "a, b and 2 more columns" for more than three. */
  private static String listed(List<String> names) {
    if (names.size() > 3) {
      return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more columns";
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** Whether an operation of this kind usually accompanies another rather than being the change itself. */
  private static boolean supporting(Kind kind) {
    return switch (kind) {
      case CREATE_INDEX, DROP_INDEX, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY, ADD_UNIQUE_CONSTRAINT, DROP_UNIQUE_CONSTRAINT,
          ADD_CHECK_CONSTRAINT, DROP_CHECK_CONSTRAINT, ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, SET_TABLE_COMMENT,
          SET_COLUMN_COMMENT -> true;
      case CREATE_SCHEMA, DROP_SCHEMA, CREATE_TABLE, DROP_TABLE, RENAME_TABLE, ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN,
          ALTER_COLUMN_TYPE, ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_IDENTITY, CREATE_SEQUENCE,
          ALTER_SEQUENCE, DROP_SEQUENCE, CREATE_ENUM_TYPE, DROP_ENUM_TYPE, ADD_ENUM_VALUE, DROP_ENUM_VALUE, EXECUTE,
          RUN_JAVA -> false;
    };
  }

  private static String words(String identifier) {
    return identifier.replace('_', ' ').strip();
  }

  private static String more(int tables) {
    if (tables == 0) {
      return "";
    }
    return " and " + tables + " more " + (tables == 1 ? "table" : "tables");
  }

  /**
   * The message of a migration of just this operation, or null to use the general rule: what it
   * does to which column or object, "make email not null in users", "widen name in drivers".
   */
  private static final class SingleChange implements OperationVisitor<String> {

    static final SingleChange INSTANCE = new SingleChange();

    @Override
    public String visit(Operation.CreateSchema op) {
      return "create schema " + words(op.name());
    }

    @Override
    public String visit(Operation.DropSchema op) {
      return "drop schema " + words(op.name());
    }

    @Override
    public String visit(Operation.CreateTable op) {
      return null;
    }

    @Override
    public String visit(Operation.DropTable op) {
      return null;
    }

    @Override
    public String visit(Operation.RenameTable op) {
      return "rename " + words(op.from().name()) + " to " + words(op.to());
    }

    @Override
    public String visit(Operation.SetTableComment op) {
      return (op.to() == null ? "remove comment of " : "comment on ") + words(op.table().name());
    }

    @Override
    public String visit(Operation.AddColumn op) {
      return "add " + words(op.column().name()) + " to " + words(op.table().name());
    }

    @Override
    public String visit(Operation.DropColumn op) {
      return "drop " + words(op.column().name()) + " from " + words(op.table().name());
    }

    @Override
    public String visit(Operation.RenameColumn op) {
      return "rename " + words(op.from()) + " to " + words(op.to()) + " in " + words(op.table().name());
    }

    @Override
    public String visit(Operation.AlterColumnType op) {
      String column = words(op.column()) + " in " + words(op.table().name());
      if (!op.losesData()) {
        return "widen " + column;
      }
      return (op.inverse().losesData() ? "change type of " : "narrow ") + column;
    }

    @Override
    public String visit(Operation.AlterColumnNullability op) {
      return "make " + words(op.column()) + (op.nullable() ? " nullable" : " not null") + " in " + words(op.table().name());
    }

    @Override
    public String visit(Operation.AlterColumnDefault op) {
      String verb = op.to() == null ? "drop default of " : op.from() == null ? "set default of " : "change default of ";
      return verb + words(op.column()) + " in " + words(op.table().name());
    }

    @Override
    public String visit(Operation.AlterColumnIdentity op) {
      String verb = op.to() == Identity.NONE ? "drop identity of " : op.from() == Identity.NONE ? "add identity to " : "change identity of ";
      return verb + words(op.column()) + " in " + words(op.table().name());
    }

    @Override
    public String visit(Operation.SetColumnComment op) {
      return (op.to() == null ? "remove comment of " : "comment on ") + words(op.column()) + " in " + words(op.table().name());
    }

    @Override
    public String visit(Operation.AddPrimaryKey op) {
      return "add primary key to " + words(op.table().name());
    }

    @Override
    public String visit(Operation.DropPrimaryKey op) {
      return "drop primary key of " + words(op.table().name());
    }

    @Override
    public String visit(Operation.AddUniqueConstraint op) {
      return "add unique " + words(op.constraint().name()) + " to " + words(op.table().name());
    }

    @Override
    public String visit(Operation.DropUniqueConstraint op) {
      return "drop unique " + words(op.constraint().name()) + " from " + words(op.table().name());
    }

    @Override
    public String visit(Operation.AddForeignKey op) {
      return "add foreign key " + words(op.foreignKey().name()) + " to " + words(op.table().name());
    }

    @Override
    public String visit(Operation.DropForeignKey op) {
      return "drop foreign key " + words(op.foreignKey().name()) + " from " + words(op.table().name());
    }

    @Override
    public String visit(Operation.AddCheckConstraint op) {
      return "add check " + words(op.check().name()) + " to " + words(op.table().name());
    }

    @Override
    public String visit(Operation.DropCheckConstraint op) {
      return "drop check " + words(op.check().name()) + " from " + words(op.table().name());
    }

    @Override
    public String visit(Operation.CreateIndex op) {
      return "add index " + words(op.index().name()) + " to " + words(op.table().name());
    }

    @Override
    public String visit(Operation.DropIndex op) {
      return "drop index " + words(op.index().name()) + " from " + words(op.table().name());
    }

    @Override
    public String visit(Operation.CreateSequence op) {
      return "create sequence " + words(op.sequence().name().name());
    }

    @Override
    public String visit(Operation.AlterSequence op) {
      return "alter sequence " + words(op.to().name().name());
    }

    @Override
    public String visit(Operation.DropSequence op) {
      return "drop sequence " + words(op.sequence().name().name());
    }

    @Override
    public String visit(Operation.CreateEnumType op) {
      return "create enum " + words(op.type().name().name());
    }

    @Override
    public String visit(Operation.DropEnumType op) {
      return "drop enum " + words(op.type().name().name());
    }

    @Override
    public String visit(Operation.AddEnumValue op) {
      return "add " + words(op.value()) + " to " + words(op.type().name().name());
    }

    @Override
    public String visit(Operation.DropEnumValue op) {
      return "drop " + words(op.value()) + " from " + words(op.type().name().name());
    }

    @Override
    public String visit(Operation.Execute op) {
      return null;
    }

    @Override
    public String visit(Operation.RunJava op) {
      return null;
    }
  }
}
