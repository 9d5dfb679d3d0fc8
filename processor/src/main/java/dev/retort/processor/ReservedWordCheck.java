package dev.retort.processor;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.read.RenameDeclarations;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Warns about each table and column whose name is a PostgreSQL reserved word: Hibernate writes such
 * a name unquoted in its SQL ({@code insert into user ...}), which the server rejects, unless the
 * application quotes keywords ({@code hibernate.auto_quote_keyword=true}), as
 * {@code -Aretort.autoQuoteKeyword=true} tells, or the mapping quotes the name itself.
 */
final class ReservedWordCheck {

  private final Reporter reporter;

  ReservedWordCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Warns on the entity or attribute that maps each reserved name of {@code model}. */
  void run(SchemaModel model, RenameDeclarations origins) {
    for (Table table : model.tables()) {
      Optional<Element> entity = origins.tableOrigin(table.name());
      String tableName = table.name().name();
      if (reserved(tableName, entity)) {
        reporter.warning(entity.orElse(null), ProcessorMessage.RESERVED_WORD_NAME, describe(entity, table.name().toString()), "table",
            tableName, "insert into " + tableName + " ...", "@Table(name = \"...\")");
      }
      for (Column column : table.columns()) {
        Optional<Element> attribute = origins.columnOrigin(table.name(), column.name()).or(() -> entity);
        if (reserved(column.name(), attribute)) {
          reporter.warning(attribute.orElse(null), ProcessorMessage.RESERVED_WORD_NAME,
              describe(attribute, table.name() + "." + column.name()), "column", column.name(),
              "select " + column.name() + " from " + tableName + " ...", "@Column(name = \"...\")");
        }
      }
    }
  }

  /** Whether {@code name} is reserved and its mapping on {@code element} does not quote it. */
  private static boolean reserved(String name, Optional<Element> element) {
    return PostgresReservedWords.WORDS.contains(name) && element.map(e -> !quotes(e, name)).orElse(true);
  }

  /**
   * Whether an annotation of {@code element} spells {@code name} quoted ({@code "\"user\""} or
   * {@code "`user`"}), which Hibernate then quotes in its SQL too.
   */
  private static boolean quotes(Element element, String name) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (quotes(annotation, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quotes(AnnotationMirror annotation, String name) {
    for (AnnotationValue value : annotation.getElementValues().values()) {
      if (quotes(value.getValue(), name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quotes(Object value, String name) {
    if (value instanceof String text) {
      return text.equalsIgnoreCase("\"" + name + "\"") || text.equalsIgnoreCase("`" + name + "`");
    }
    if (value instanceof AnnotationMirror nested) {
      return quotes(nested, name);
    }
    if (value instanceof List<?> values) {
      for (Object item : values) {
        if (item instanceof AnnotationValue element && quotes(element.getValue(), name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(Optional<Element> element, String fallback) {
    if (element.isEmpty()) {
      return fallback;
    }
    Element e = element.get();
    return e.getKind().isClass() || e.getKind().isInterface()
        ? e.toString()
        : e.getEnclosingElement().getSimpleName() + "." + e.getSimpleName();
  }
}
