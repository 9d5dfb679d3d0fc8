package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import java.util.Optional;

/**
 * Reads a simple {@code @Id} attribute: its column, made an identity column or backed by the
 * sequence or generator table its {@code @GeneratedValue} makes Hibernate create.
 */
final class IdentifierReader {

  private final ReadContext context;
  private final ColumnReader columns;

  IdentifierReader(ReadContext context, ColumnReader columns) {
    this.context = context;
    this.columns = columns;
  }

  /** Adds the column of the {@code @Id} {@code attribute} to {@code entity}'s table and key, with what its generation needs. */
  void read(EntityInfo entity, Attribute attribute) {
    Optional<ColumnReader.Prepared> prepared = columns.prepare(attribute, null, false);
    if (prepared.isEmpty()) {
      entity.keyKnown = false;
      return;
    }
    Column column = prepared.get().column().notNull();
    Optional<Jpa> generated = Jpa.find(attribute.element(), "GeneratedValue");
    if (generated.isPresent()) {
      Jpa generatedValue = generated.get();
      String strategy = generatedValue.enumName("strategy", "AUTO");
      boolean uuid = column.type() instanceof ColumnType.Uuid;
      switch (strategy) {
        case "IDENTITY":
          column = column.generatedAsIdentity();
          break;
        case "TABLE":
          context.generatorTables.add(Optional.ofNullable(context.tableGenerators.get(generatedValue.string("generator"))));
          break;
        case "UUID":
          break;
        default:
          if (context.tableGenerators.containsKey(generatedValue.string("generator"))) {
            context.generatorTables.add(Optional.of(context.tableGenerators.get(generatedValue.string("generator"))));
          } else if (!(uuid && strategy.equals("AUTO"))) {
            sequence(entity, attribute, generatedValue, column.name());
          }
          break;
      }
    }
    if (columns.add(entity.table, prepared.get().with(column), attribute,
        CompositeKeys.keyClaim(entity, attribute.name(), "@Column"))) {
      entity.keyColumns.add(new EntityInfo.KeyColumn(prepared.get().physicalName(), column.name(), column.type()));
    }
  }

  /**
   * A named generator must be declared; without one, Hibernate 7 creates {@code <table>_SEQ}
   * stepping by 50, the default allocation size.
   */
  private void sequence(EntityInfo entity, Attribute attribute, Jpa generatedValue, String column) {
    String generator = generatedValue.string("generator");
    if (generator.isEmpty()) {
      // Every table of a hierarchy draws from the root's sequence.
      String physical = context.naming.physical(entity.root().table.physicalName() + "_SEQ");
      context.sequence(Sequence.of(QualifiedName.of(Identifiers.stored(physical)), 1, 50), entity.table.name(), column);
      return;
    }
    Jpa definition = context.sequenceGenerators.get(generator);
    if (definition == null) {
      context.reporter.error(attribute.element(), generatedValue.mirror(), ProcessorMessage.UNKNOWN_GENERATOR,
          attribute.describe(), generator, generator);
      return;
    }
    String sequenceName = definition.string("sequenceName").isEmpty() ? generator : definition.string("sequenceName");
    String schema = definition.string("schema");
    QualifiedName name = new QualifiedName(
        schema.isEmpty() ? null : Identifiers.stored(context.naming.physical(schema)),
        Identifiers.stored(context.naming.physical(sequenceName)));
    if (context.names.check(attribute.element(), generatedValue.mirror(), "sequence", name.name(), attribute.describe(),
        "@SequenceGenerator(sequenceName = \"...\")")) {
      context.sequence(Sequence.of(name, definition.integer("initialValue", 1), definition.integer("allocationSize", 50)),
          entity.table.name(), column);
    }
  }
}
