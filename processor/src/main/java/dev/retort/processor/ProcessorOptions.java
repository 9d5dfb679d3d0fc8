package dev.retort.processor;

import dev.retort.autogenerate.DeferredDrops;
import dev.retort.read.HibernateLine;
import dev.retort.read.NamingStrategy;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.util.Elements;

/** The {@code -A} options of the processor, parsed and checked. */
public record ProcessorOptions(
    NamingStrategy naming, Mode mode, String migrationPackage, Path sourceRoot, LocalDateTime timestamp,
    String jdbcUrl, String jdbcUser, String jdbcPassword, boolean autoQuoteKeyword, boolean onlinePlans,
    boolean deferDrops, boolean applyPendingDrops, HibernateLine hibernate) {

  /** Chooses the naming strategies: {@code jpa} (Hibernate's defaults) or {@code spring} (Spring Boot's). */
  public static final String NAMING = "retort.naming";
  /** Chooses what the processor does: {@code generate}, {@code check}, {@code manual} or {@code off}. */
  public static final String MODE = "retort.mode";

  /** The package of the migrations; by default {@code migrations} under the entities' common package. */
  public static final String PACKAGE = "retort.package";
  /** The source root new migrations are written into; by default the one the entities come from. */
  public static final String SOURCE_ROOT = "retort.sourceRoot";
  /** The creation time that names a new migration, for reproducible builds and tests; by default now. */
  public static final String TIMESTAMP = "retort.timestamp";

  /** A live database to compare the snapshot with, warning about drift; none by default. */
  public static final String JDBC_URL = "retort.jdbcUrl";
  /** The user for {@link #JDBC_URL}. */
  public static final String JDBC_USER = "retort.jdbcUser";
  /** The password for {@link #JDBC_URL}; never printed. */
  public static final String JDBC_PASSWORD = "retort.jdbcPassword";

  /**
   * {@code true} when the application quotes keywords ({@code hibernate.auto_quote_keyword=true}), so that
   * tables and columns named by a PostgreSQL reserved word need no warning; {@code false} by default.
   */
  public static final String AUTO_QUOTE_KEYWORD = "retort.autoQuoteKeyword";

  /**
   * {@code true} (the default) to generate the online forms of changes to tables that exist (indexes
   * built concurrently, constraints added NOT VALID and validated apart, in revisions outside a
   * transaction); {@code false} for plain DDL.
   */
  public static final String ONLINE_PLANS = "retort.onlinePlans";

  /**
   * Whether the application's Hibernate applies Jakarta Validation constraints to the DDL: {@code auto}
   * (when a validation provider is on the class path, Hibernate's default), {@code ddl} or {@code none}.
   */
  public static final String BEAN_VALIDATION = "retort.beanValidation";

  /**
   * The Hibernate ORM line whose schema the entities are read into: {@code auto} (the default: the line
   * on the compile class path, see {@link HibernateLine#detect}), {@code 6.6} or {@code 7}.
   */
  public static final String HIBERNATE = "retort.hibernate";

  /**
   * {@code true} to defer the drops of tables and columns the entities no longer have (expand, then contract):
   * the snapshot keeps them as pending until {@link #APPLY_PENDING_DROPS}; {@code false} by default.
   */
  public static final String DEFER_DROPS = "retort.deferDrops";

  /** {@code true}, for one compile, to write the pending drops as a migration of their own. */
  public static final String APPLY_PENDING_DROPS = "retort.applyPendingDrops";

  /** Every option the processor understands. */
  public static final Set<String> ALL = Set.of(NAMING, MODE, PACKAGE, SOURCE_ROOT, TIMESTAMP, JDBC_URL, JDBC_USER,
      JDBC_PASSWORD, AUTO_QUOTE_KEYWORD, ONLINE_PLANS, BEAN_VALIDATION, DEFER_DROPS, APPLY_PENDING_DROPS,
      HIBERNATE);

  /** What the migration does with the drops the entities ask for. */
  public DeferredDrops.Policy dropPolicy() {
    return applyPendingDrops ? DeferredDrops.Policy.APPLY_PENDING
        : deferDrops ? DeferredDrops.Policy.DEFER : DeferredDrops.Policy.DROP;
  }

  /** What the processor does on a compile. */
  public enum Mode {
    /** Reads the model and writes a new migration and snapshot when the entities changed. */
    GENERATE,
    /** Reads the model and fails the build, writing nothing, when the entities differ from the snapshot. */
    CHECK,
    /**
     * Reads the model and records it for the {@code retort} CLI, but writes no migration: they are
     * written by {@code retort autogenerate -m "message"}, as with Alembic.
     */
    MANUAL,
    /** Does nothing at all, for builds that must not touch migrations. */
    OFF
  }

  /** The options in {@code raw}; unknown values are reported and replaced by the defaults. */
  public static ProcessorOptions parse(Map<String, String> raw, Reporter reporter) {
    NamingStrategy naming = NamingStrategy.JPA;
    String namingValue = raw.get(NAMING);
    if (namingValue != null) {
      switch (namingValue.trim().toLowerCase(Locale.ROOT)) {
        case "jpa":
          naming = NamingStrategy.JPA;
          break;
        case "spring":
          naming = NamingStrategy.SPRING;
          break;
        default:
          reporter.error(null, ProcessorMessage.PROCESSOR_OPTION_INVALID, NAMING, namingValue, "jpa, spring");
      }
    }
    Mode mode = Mode.GENERATE;
    String modeValue = raw.get(MODE);
    if (modeValue != null) {
      try {
        mode = Mode.valueOf(modeValue.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        reporter.error(null, ProcessorMessage.PROCESSOR_OPTION_INVALID, MODE, modeValue,
            Arrays.stream(Mode.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
      }
    }
    String migrationPackage = blankToNull(raw.get(PACKAGE));
    String sourceRoot = blankToNull(raw.get(SOURCE_ROOT));
    LocalDateTime timestamp = null;
    String timestampValue = blankToNull(raw.get(TIMESTAMP));
    if (timestampValue != null) {
      try {
        timestamp = LocalDateTime.parse(timestampValue);
      } catch (DateTimeParseException e) {
        reporter.error(null, ProcessorMessage.OPTION_NOT_A_TIMESTAMP, timestampValue);
      }
    }
    boolean autoQuoteKeyword = flag(raw, AUTO_QUOTE_KEYWORD, false, reporter);
    boolean onlinePlans = flag(raw, ONLINE_PLANS, true, reporter);
    boolean deferDrops = flag(raw, DEFER_DROPS, false, reporter);
    boolean applyPendingDrops = flag(raw, APPLY_PENDING_DROPS, false, reporter);
    HibernateLine hibernate = null;
    String hibernateValue = blankToNull(raw.get(HIBERNATE));
    if (hibernateValue != null && !hibernateValue.equalsIgnoreCase("auto")) {
      hibernate = HibernateLine.named(hibernateValue).orElse(null);
      if (hibernate == null) {
        reporter.error(null, ProcessorMessage.PROCESSOR_OPTION_INVALID, HIBERNATE, hibernateValue, "auto, " + HibernateLine.choices());
      }
    }
    return new ProcessorOptions(naming, mode, migrationPackage, sourceRoot == null ? null : Path.of(sourceRoot), timestamp,
        blankToNull(raw.get(JDBC_URL)), blankToNull(raw.get(JDBC_USER)), raw.get(JDBC_PASSWORD), autoQuoteKeyword,
        onlinePlans, deferDrops, applyPendingDrops, hibernate);
  }

  /** The Hibernate line to read: the one {@link #HIBERNATE} names, else the one on the class path {@code elements} sees. */
  public HibernateLine hibernateLine(Elements elements) {
    return hibernate != null ? hibernate : HibernateLine.detect(elements);
  }

  /** The boolean option {@code name}: {@code fallback} when absent, reported and {@code fallback} when neither true nor false. */
  private static boolean flag(Map<String, String> raw, String name, boolean fallback, Reporter reporter) {
    String value = blankToNull(raw.get(name));
    if (value == null) {
      return fallback;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        reporter.error(null, ProcessorMessage.PROCESSOR_OPTION_INVALID, name, value, "true, false");
        return fallback;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
