package dev.retort.read;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Identity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the tables {@code GenerationType.TABLE} draws ids from: Hibernate's {@code hibernate_sequences}
 * by default, else the table a {@code @TableGenerator} names, keyed by a {@code varchar(255)} segment
 * column with a nullable {@code bigint} value column. Hibernate inserts each segment's row on first use.
 */
final class GeneratorTables {

  private final ReadContext context;
  private final Map<String, TableBuilder> tables = new LinkedHashMap<>();

  GeneratorTables(ReadContext context) {
    this.context = context;
  }

  /** The generator tables made so far. */
  List<TableBuilder> tables() {
    return new ArrayList<>(tables.values());
  }

  /** Adds the table of {@code definition}, a {@code @TableGenerator}, or Hibernate's default when empty. */
  void add(Optional<Jpa> definition) {
    String table = definition.map(d -> d.string("table")).filter(n -> !n.isEmpty()).orElse("hibernate_sequences");
    String schema = definition.map(d -> d.string("schema")).orElse("");
    String segment = definition.map(d -> d.string("pkColumnName")).filter(n -> !n.isEmpty()).orElse("sequence_name");
    String value = definition.map(d -> d.string("valueColumnName")).filter(n -> !n.isEmpty()).orElse("next_val");
    TableBuilder builder = new TableBuilder(schema.isEmpty() ? null : context.naming.physical(schema), context.naming.physical(table));
    if (tables.containsKey(builder.name().toString())) {
      return;
    }
    String segmentPhysical = context.naming.physical(segment);
    String valuePhysical = context.naming.physical(value);
    builder.add(new Column(Identifiers.stored(segmentPhysical), new ColumnType.Varchar(255), false, null, Identity.NONE, null),
        segmentPhysical, null, "@TableGenerator", ColumnClaim.exclusive("@TableGenerator"));
    builder.add(new Column(Identifiers.stored(valuePhysical), new ColumnType.Int(ColumnType.IntKind.BIGINT), true, null, Identity.NONE, null),
        valuePhysical, null, "@TableGenerator", ColumnClaim.exclusive("@TableGenerator"));
    builder.primaryKey(List.of(Identifiers.stored(segmentPhysical)));
    tables.put(builder.name().toString(), builder);
  }
}
