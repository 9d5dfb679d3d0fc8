package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code @Table}'s unique constraints and indexes. Hibernate leaves unnamed unique
 * constraints to PostgreSQL's naming and names unnamed indexes {@code IDX} plus a hash.
 */
final class TableConstraints {

  private final ReadContext context;

  TableConstraints(ReadContext context) {
    this.context = context;
  }

  void read(EntityInfo entity) {
    hibernateAnnotations(entity);
    Jpa.find(entity.type, "Table").ifPresent(t -> read(entity, entity.table, t));
    entity.secondaryTables.values().forEach(s -> read(entity, s.table(), s.annotation()));
  }

  /** The unique constraints and indexes {@code annotation}, a {@code @Table} or {@code @SecondaryTable}, declares on {@code target}. */
  private void read(EntityInfo entity, TableBuilder target, Jpa annotation) {
    for (Jpa unique : annotation.annotations("uniqueConstraints")) {
      List<String> physical = resolve(entity, target, unique, unique.strings("columnNames"));
      if (physical != null && fits(entity, unique, "unique constraint", "@UniqueConstraint(name = \"...\")")) {
        unique(target, unique.string("name"), physical);
      }
    }
    for (Jpa index : annotation.annotations("indexes")) {
      List<String> logical = new ArrayList<>();
      List<Boolean> descending = new ArrayList<>();
      for (String part : index.string("columnList").split(",")) {
        String[] words = part.trim().split("\\s+");
        logical.add(words[0]);
        descending.add(words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc"));
      }
      List<String> resolved = resolve(entity, target, index, logical);
      if (resolved == null || !fits(entity, index, "index", "@Index(name = \"...\")")) {
        continue;
      }
      if (index.bool("unique", false)) {
        unique(target, index.string("name"), resolved);
        continue;
      }
      // Hibernate hashes an index's logical column names, as written in columnList.
      String name = index.string("name").isEmpty()
          ? HashedNames.constraint("IDX", target.physicalName(), logical)
          : index.string("name");
      List<IndexColumn> keys = new ArrayList<>();
      for (int i = 0; i < resolved.size(); i++) {
        keys.add(new IndexColumn(Identifiers.stored(resolved.get(i)), descending.get(i)));
      }
      target.index(new Index(Identifiers.stored(name), keys, false, null));
    }
  }

  /** Hibernate's {@code @Check} on the class adds table checks; its {@code @Comment} comments the table. */
  private void hibernateAnnotations(EntityInfo entity) {
    for (Jpa check : Jpa.findHibernateRepeatable(entity.type, "Check", "Checks")) {
      if (check.string("name").isEmpty()) {
        entity.table.anonymousCheck(check.string("constraints"));
      } else {
        String name = Identifiers.stored(context.naming.physical(check.string("name")));
        if (context.names.check(entity.type, check.mirror(), "check constraint", name, entity.type.getQualifiedName(), "@Check(name = \"...\")")) {
          entity.table.check(new CheckConstraint(name, check.string("constraints")));
        }
      }
    }
    Jpa.findHibernate(entity.type, "Comment").ifPresent(c -> entity.table.comment(c.string("value")));
  }

  /** Whether the name given to {@code annotation}, a constraint or index of {@code entity}'s table, fits PostgreSQL. */
  private boolean fits(EntityInfo entity, Jpa annotation, String kind, String fix) {
    String name = Identifiers.stored(annotation.string("name"));
    return context.names.check(entity.type, annotation.mirror(), kind, name, entity.type.getQualifiedName(), fix);
  }

  private void unique(TableBuilder table, String name, List<String> physical) {
    List<String> stored = physical.stream().map(Identifiers::stored).toList();
    table.unique(new UniqueConstraint(name.isEmpty() ? Identifiers.uniqueName(table.name().name(), stored) : Identifiers.stored(name), stored));
  }

  /** The physical names of the logical {@code columns}, or null after reporting one the table lacks. */
  private List<String> resolve(EntityInfo entity, TableBuilder target, Jpa annotation, List<String> columns) {
    List<String> physical = new ArrayList<>();
    for (String logical : columns) {
      String name = context.naming.physical(logical.trim());
      TableBuilder.Entry entry = target.column(Identifiers.stored(name));
      if (entry == null) {
        context.reporter.error(entity.type, annotation.mirror(), ProcessorMessage.UNKNOWN_COLUMN, "@Table of " + entity.type.getSimpleName(),
            logical, target.name(), target.storedColumnNames());
        return null;
      }
      physical.add(entry.physicalName());
    }
    return physical;
  }
}
