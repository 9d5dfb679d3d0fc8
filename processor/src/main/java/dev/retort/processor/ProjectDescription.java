package dev.retort.processor;

import dev.retort.compare.RenameHints;
import dev.retort.model.QualifiedName;
import dev.retort.read.HibernateLine;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the processor learned on the last compile that the {@code retort} CLI needs and cannot read
 * from the classes: where migrations are written, the renames the entities declare, the sequence
 * each sequence-generated id draws from, whether migrations take the online forms
 * ({@code retort.onlinePlans}), whether drops are deferred ({@code retort.deferDrops}), and the
 * Hibernate line whose schema the model is ({@code retort.hibernate}, detected or given). Written to
 * the class output as {@value #PATH} next to the model.
 */
public record ProjectDescription(String migrationPackage, Path sourceRoot, RenameHints renames, boolean onlinePlans,
    boolean deferDrops, HibernateLine hibernate) {

  /** A project with online plans, the default, that drops in the next migration, on Hibernate 7. */
  public ProjectDescription(String migrationPackage, Path sourceRoot, RenameHints renames) {
    this(migrationPackage, sourceRoot, renames, true);
  }

  /** A project that drops what the entities no longer have in the migration that follows (the default), on Hibernate 7. */
  public ProjectDescription(String migrationPackage, Path sourceRoot, RenameHints renames, boolean onlinePlans) {
    this(migrationPackage, sourceRoot, renames, onlinePlans, false, HibernateLine.V7);
  }

  /** Where the description goes, relative to the class output. */
  public static final String PATH = "META-INF/retort/project.properties";

  /** The description as properties text, in a stable order, with no timestamp. */
  public String write() {
    Properties properties = new Properties();
    properties.setProperty("package", migrationPackage);
    properties.setProperty("sourceRoot", sourceRoot.toAbsolutePath().toString());
    if (!onlinePlans) {
      // Written only when off, so that a project with the defaults keeps the description it had.
      properties.setProperty("onlinePlans", "false");
    }
    if (deferDrops) {
      properties.setProperty("deferDrops", "true");
    }
    if (hibernate != HibernateLine.V7) {
      // Likewise written only for the older line, so that descriptions of Hibernate 7 projects stay as they were.
      properties.setProperty("hibernate", hibernate.label());
    }
    List<Map.Entry<QualifiedName, QualifiedName>> tables = new ArrayList<>(renames.tables().entrySet());
    tables.sort(Map.Entry.comparingByKey());
    for (int i = 0; i < tables.size(); i++) {
      putName(properties, "renameTable." + i + ".from", tables.get(i).getKey());
      putName(properties, "renameTable." + i + ".to", tables.get(i).getValue());
    }
    int column = 0;
    List<QualifiedName> renamedIn = renames.columns().keySet().stream().sorted().toList();
    for (QualifiedName table : renamedIn) {
      List<Map.Entry<String, String>> pairs = new ArrayList<>(renames.columns().get(table).entrySet());
      pairs.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
      for (Map.Entry<String, String> pair : pairs) {
        putName(properties, "renameColumn." + column + ".table", table);
        properties.setProperty("renameColumn." + column + ".from", pair.getKey());
        properties.setProperty("renameColumn." + column + ".to", pair.getValue());
        column++;
      }
    }
    int id = 0;
    for (QualifiedName table : renames.idSequences().keySet().stream().sorted().toList()) {
      for (Map.Entry<String, QualifiedName> drawn : new TreeMap<>(renames.idSequences().get(table)).entrySet()) {
        putName(properties, "idSequence." + id + ".table", table);
        properties.setProperty("idSequence." + id + ".column", drawn.getKey());
        putName(properties, "idSequence." + id + ".sequence", drawn.getValue());
        id++;
      }
    }
    StringWriter text = new StringWriter();
    try {
      properties.store(text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // store() begins with a date comment; drop it, and sort, so that equal descriptions are equal files.
    List<String> lines = new ArrayList<>(text.toString().lines().filter(line -> !line.startsWith("#")).sorted().toList());
    lines.add(0, "# Written by Retort's annotation processor for the retort CLI; do not edit.");
    return String.join("\n", lines) + "\n";
  }

  /** The description in {@code text}, as {@link #write()} wrote it. */
  public static ProjectDescription parse(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RenameHints renames = RenameHints.none();
    for (int i = 0; properties.containsKey("renameTable." + i + ".from.name"); i++) {
      renames = renames.renameTable(name(properties, "renameTable." + i + ".from"), name(properties, "renameTable." + i + ".to"));
    }
    for (int i = 0; properties.containsKey("renameColumn." + i + ".from"); i++) {
      renames = renames.renameColumn(name(properties, "renameColumn." + i + ".table"),
          properties.getProperty("renameColumn." + i + ".from"), properties.getProperty("renameColumn." + i + ".to"));
    }
    for (int i = 0; properties.containsKey("idSequence." + i + ".column"); i++) {
      renames = renames.idSequence(name(properties, "idSequence." + i + ".table"),
          properties.getProperty("idSequence." + i + ".column"), name(properties, "idSequence." + i + ".sequence"));
    }
    return new ProjectDescription(properties.getProperty("package"), Path.of(properties.getProperty("sourceRoot")), renames,
        !"false".equals(properties.getProperty("onlinePlans")), "true".equals(properties.getProperty("deferDrops")),
        HibernateLine.named(properties.getProperty("hibernate", HibernateLine.V7.label())).orElse(HibernateLine.V7));
  }

  private static void putName(Properties properties, String key, QualifiedName name) {
    if (name.schema() != null) {
      properties.setProperty(key + ".schema", name.schema());
    }
    properties.setProperty(key + ".name", name.name());
  }

  private static QualifiedName name(Properties properties, String key) {
    return QualifiedName.of(properties.getProperty(key + ".schema"), properties.getProperty(key + ".name"));
  }
}
