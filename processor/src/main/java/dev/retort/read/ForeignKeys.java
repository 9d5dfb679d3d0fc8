package dev.retort.read;

import dev.retort.model.ForeignKey;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/** Adds foreign keys as Hibernate names them: the {@code @ForeignKey} name, else its {@code FK} hash. */
final class ForeignKeys {

  private ForeignKeys() {}

  /**
   * Adds a key from {@code physicalColumns} of {@code from} to {@code referencedStored} of
   * {@code to}, unless {@code annotation} says {@code NO_CONSTRAINT}; a given name too long for
   * PostgreSQL is reported on {@code origin} instead.
   */
  static void add(NameLengths names, Element origin, TableBuilder from, List<String> physicalColumns, TableBuilder to, List<String> referencedStored, Optional<Jpa> annotation) {
    if (annotation.isPresent() && annotation.get().enumName("value", "CONSTRAINT").equals("NO_CONSTRAINT")) {
      return;
    }
    String name = annotation.map(a -> a.string("name")).filter(n -> !n.isEmpty())
        .orElse(HashedNames.foreignKey(from.physicalName(), to.physicalName(), physicalColumns));
    if (annotation.isPresent() && !names.check(origin, null, "foreign key", Identifiers.stored(name),
        ColumnReader.describe(origin), "@ForeignKey(name = \"...\")")) {
      return;
    }
    from.foreignKey(ForeignKey.of(Identifiers.stored(name), physicalColumns.stream().map(Identifiers::stored).toList(),
        to.name(), referencedStored));
  }
}
