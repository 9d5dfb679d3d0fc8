package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Identity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Adds the discriminator column of SINGLE_TABLE hierarchies (and of JOINED ones that declare
 * {@code @DiscriminatorColumn}); on Hibernate 7 with its check listing the concrete entities' values,
 * and the table check that stands in for the NOT NULL constraints a SINGLE_TABLE subclass cannot have.
 */
final class Discriminators {

  private final ReadContext context;

  Discriminators(ReadContext context) {
    this.context = context;
  }

  /** Reads the hierarchy rooted at {@code root}; call once per root, after its columns and associations. */
  void read(EntityInfo root) {
    Optional<Jpa> annotation = Jpa.find(root.type, "DiscriminatorColumn");
    boolean wanted = switch (root.strategy) {
      case SINGLE_TABLE -> !root.children.isEmpty() || annotation.isPresent();
      case JOINED -> annotation.isPresent();
      case TABLE_PER_CLASS -> false;
    };
    if (!wanted || !root.ownsTable()) {
      return;
    }
    if (Jpa.has(root.type, "DiscriminatorFormula")) {
      context.reporter.warning(root.type, ProcessorMessage.UNSUPPORTED_MAPPING, root.type.getQualifiedName(), "@DiscriminatorFormula");
      return;
    }
    String kind = annotation.map(a -> a.enumName("discriminatorType", "STRING")).orElse("STRING");
    String physical = context.naming.physical(annotation.map(a -> a.string("name")).filter(n -> !n.isEmpty()).orElse("DTYPE"));
    String definition = annotation.map(a -> a.string("columnDefinition")).orElse("");
    ColumnType type = !definition.isEmpty() ? new ColumnType.Raw(definition)
        : kind.equals("INTEGER") ? new ColumnType.Int(ColumnType.IntKind.INTEGER)
        : kind.equals("CHAR") ? new ColumnType.Char(1)
        : new ColumnType.Varchar(annotation.map(a -> a.integer("length", 31)).orElse(31));
    Column column = new Column(Identifiers.stored(physical), type, false, null, Identity.NONE, null);
    // Hibernate binds the discriminator before any attribute, which may map its column read-only.
    ColumnClaim claim = new ColumnClaim(root, ColumnClaim.Phase.DISCRIMINATOR, true, "", "@DiscriminatorColumn");
    if (!context.addColumn(root.table, column, physical, root.type, root.type.getQualifiedName() + " (discriminator)", claim)) {
      return;
    }
    List<EntityInfo> members = new ArrayList<>();
    members.add(root);
    members.addAll(Hierarchies.subclasses(root));
    List<String> values = new ArrayList<>();
    for (EntityInfo member : members) {
      String literal = literal(member, kind);
      if (literal == null) {
        return;
      }
      if (!member.isAbstract()) {
        values.add(literal);
      }
      List<String> required = requiredColumns(member);
      if (context.line.discriminatorChecked() && member.isSingleTableSubclass() && !member.isAbstract() && !required.isEmpty()) {
        // Hibernate's SingleTableSubclass.createConstraints: rows of this entity must fill its required columns.
        root.table.anonymousCheck(Identifiers.sql(physical) + " <> " + literal + " or ("
            + String.join(" and ", required.stream().map(c -> c + " is not null").toList()) + ")");
      }
    }
    if (context.line.discriminatorChecked() && !values.isEmpty()) {
      root.table.check(new CheckConstraint(Identifiers.checkName(root.table.name().name(), column.name()),
          Identifiers.sql(physical) + " in (" + String.join(",", values) + ")"));
    }
  }

  /**
   * The columns rows of {@code entity} must fill, its superclasses' first, as Hibernate's property
   * closure lists them: each class's properties sorted by attribute name, as Hibernate binds them.
   */
  private static List<String> requiredColumns(EntityInfo entity) {
    List<String> required = new ArrayList<>();
    if (entity.parent != null) {
      required.addAll(requiredColumns(entity.parent));
    }
    entity.impliedNotNull.stream().sorted(Comparator.comparing(EntityInfo.RequiredColumn::attribute))
        .forEach(c -> required.add(c.sql()));
    return required;
  }

  /** The SQL literal of {@code entity}'s discriminator value, or null after reporting a problem. */
  private String literal(EntityInfo entity, String kind) {
    Optional<Jpa> given = Jpa.find(entity.type, "DiscriminatorValue");
    String value;
    if (given.isPresent()) {
      value = given.get().string("value");
      if (value.equals("null") || value.equals("not null")) {
        context.reporter.warning(entity.type, given.get().mirror(), ProcessorMessage.UNSUPPORTED_MAPPING,
            entity.type.getQualifiedName(), "@DiscriminatorValue(\"" + value + "\")");
        return null;
      }
    } else if (kind.equals("STRING")) {
      value = entity.entityName;
    } else if (kind.equals("INTEGER")) {
      // Hibernate's EntityBinder really does fall back to the entity name's String.hashCode().
      value = String.valueOf(entity.entityName.hashCode());
    } else {
      context.reporter.error(entity.type, ProcessorMessage.DISCRIMINATOR_VALUE_REQUIRED, entity.type.getQualifiedName(), kind);
      return null;
    }
    return kind.equals("INTEGER") ? value : "'" + value.replace("'", "''") + "'";
  }
}
