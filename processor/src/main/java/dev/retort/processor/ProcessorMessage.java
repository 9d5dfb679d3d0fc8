package dev.retort.processor;

import dev.retort.message.Category;
import dev.retort.message.CatalogEntry;

/**
 * The catalog of the messages the annotation processor shows on the elements it reads: mappings (RTR-9xx) and the
 * migrations it writes (RTR-10xx). Each entry names the element or revision at
 * fault and says how to fix it; its code is stable.
 */
public enum ProcessorMessage implements CatalogEntry {
  // --- processor (RTR-9xx): add entries of the annotation processor here ---
  PROCESSOR_OPTION_INVALID("RTR-901", Category.USAGE, 3,
      "The processor option -A%s=%s is not understood. Use one of: %s."),
  ENTITY_WITHOUT_ID("RTR-902", Category.USAGE, 1,
      "Entity %s has no identifier: neither it nor a superclass declares @Id or @EmbeddedId. Annotate the"
          + " identifier field (or its getter) with @Id."),
  DUPLICATE_COLUMN("RTR-903", Category.USAGE, 4,
      "%s maps to column %s of table %s, which %s already maps. Give one of them another column name with"
          + " @Column(name = \"...\") or @AttributeOverride."),
  NAME_TOO_LONG("RTR-904", Category.USAGE, 5,
      "The %s name \"%s\" of %s is %d bytes long, but PostgreSQL keeps only the first 63 bytes of a name and would"
          + " silently truncate it. Give it a name of at most 63 bytes with %s."),
  RESERVED_WORD_NAME("RTR-930", Category.USAGE, 5,
      "%s maps to %s %s, a reserved word in PostgreSQL. Hibernate writes it unquoted in its SQL (%s), which the"
          + " server rejects, unless the application sets hibernate.auto_quote_keyword=true. Rename it with %s, or set"
          + " hibernate.auto_quote_keyword=true and build with -Aretort.autoQuoteKeyword=true to silence this warning."),
  MAPPED_SUPERCLASS_TABLE("RTR-931", Category.USAGE, 4,
      "@MappedSuperclass %s declares @%s, which Hibernate does not apply to a mapped superclass and Hibernate"
          + " ORM 7 refuses at boot (AnnotationException). Move @%s to the entities that extend %s, or remove it."),
  JOIN_TABLE_COLUMN_MUTABILITY("RTR-932", Category.USAGE, 4,
      "%s declares join table column %s with insertable = %s but updatable = %s, which Hibernate ORM 7 refuses"
          + " on a collection (AnnotationException: must be defined with the same insertable and updatable"
          + " attributes). Give both the same value, or remove both."),
  UNMAPPABLE_TYPE("RTR-905", Category.USAGE, 2,
      "%s has type %s, which Hibernate cannot map to a column. Use a basic type, an @Embeddable or an entity"
          + " association; add an AttributeConverter with @Convert; or mark the attribute @Transient."),
  MAPPED_BY_UNKNOWN("RTR-906", Category.USAGE, 4,
      "%s is mappedBy \"%s\", but %s has no such attribute. Name the attribute of %s that owns the association."),
  UNSUPPORTED_MAPPING("RTR-907", Category.USAGE, 2,
      "%s uses %s, which Retort does not read yet, so the schema model lacks it. Write that part of the schema in"
          + " a migration by hand (op.execute(\"...\")) until Retort supports it."),
  SERIALIZED_ATTRIBUTE("RTR-908", Category.USAGE, 2,
      "%s has type %s, which Hibernate stores as serialized Java bytes in a bytea column. Map it to a basic type,"
          + " an @Embeddable or add an AttributeConverter with @Convert, unless serialized bytes are intended."),
  PROCESSOR_FAILED("RTR-909", Category.USAGE, 2,
      "Retort failed while reading %s: %s. This is a bug in Retort; please report it with this message and"
          + " the entity's source."),
  PROCESSOR_CRASHED("RTR-929", Category.INTERNAL, 2,
      "Retort failed unexpectedly while %s: %s. This is a bug in Retort, and it wrote nothing rather than a"
          + " half-made migration; please report it with this message. Until it is fixed, build with"
          + " -Aretort.mode=off to compile without Retort."),
  UNKNOWN_GENERATOR("RTR-910", Category.USAGE, 3,
      "%s uses generator \"%s\", but no @SequenceGenerator of that name is declared on the attribute, its class"
          + " or its package. Declare @SequenceGenerator(name = \"%s\", sequenceName = \"...\")."),
  NOT_AN_ENTITY("RTR-911", Category.USAGE, 3,
      "%s refers to %s, which is not an @Entity. Annotate %s with @Entity, or map the attribute as @Embedded or"
          + " as a basic value."),
  UNKNOWN_COLUMN("RTR-912", Category.USAGE, 4,
      "%s names column %s, which table %s does not have. Use one of its columns: %s."),
  DISCRIMINATOR_VALUE_REQUIRED("RTR-913", Category.USAGE, 2,
      "Entity %s has no @DiscriminatorValue, and Hibernate derives none for a discriminator of type %s. Annotate"
          + " it with @DiscriminatorValue(\"...\")."),
  CONVERTED_ENUMERATED("RTR-914", Category.USAGE, 2,
      "%s has both @Enumerated and @Convert(converter = %s), which Hibernate refuses at boot. Keep one of them."),
  TABLE_COLUMN_CONFLICT("RTR-915", Category.USAGE, 7,
      "%s of entity %s maps column %s of table %s as %s, but entity %s, which shares that table, maps the column as %s;"
          + " Hibernate creates the column only once, so one of the entities would not get the column it expects. Make"
          + " both mappings agree on type, length and nullability, or give the column or the entity's table another"
          + " name with @Column(name = \"...\") or @Table(name = \"...\")."),
  SHARED_TABLE_COLUMN_CONFLICT("RTR-918", Category.USAGE, 6,
      "%s declares table %s, which another mapping declares too, and maps its column %s as %s, but %s maps that column"
          + " as %s; Hibernate creates the table and the column only once, so one of the mappings would not get the"
          + " column it expects. Make both declarations agree on the column's type and length, or give one of them"
          + " another table or column name with @Table, @JoinTable, @CollectionTable or @Column(name = \"...\")."),
  UNKNOWN_SECONDARY_TABLE("RTR-916", Category.USAGE, 5,
      "%s maps to table %s, which entity %s does not declare as a secondary table (it declares %s). Declare"
          + " @SecondaryTable(name = \"%s\") on the entity, or name one of its secondary tables."),
  RENAMED_FROM_NOTHING("RTR-917", Category.USAGE, 3,
      "%s is annotated @RenamedFrom(\"%s\"), but %s, so Retort cannot tell what was renamed. Put @RenamedFrom on the"
          + " attribute that maps the renamed column (one column per table: a basic, embedded or to-one attribute),"
          + " on the entity class that owns the renamed table, or on the collection attribute whose join or collection"
          + " table was renamed; else remove it."),
  // --- autogenerate (RTR-10xx): the processor's generation of migrations ---
  SOURCE_ROOT_UNKNOWN("RTR-1001", Category.USAGE, 2,
      "Retort cannot tell where the source tree of %s is (%s). Set it with -Aretort.sourceRoot=<dir>, e.g."
          + " -Aretort.sourceRoot=${project.basedir}/src/main/java."),
  SNAPSHOT_UNREADABLE("RTR-1002", Category.USAGE, 2,
      "Cannot read the schema snapshot %s: %s. Check the file's permissions; Retort left it untouched."),
  MIGRATION_GENERATED("RTR-1003", Category.DIFFERENCE, 4,
      "Retort wrote migration %s (%s) to %s and updated %s. Review it, then commit both files."),
  MIGRATIONS_GENERATED("RTR-1018", Category.DIFFERENCE, 5,
      "Retort wrote %d migrations, %s to %s, into %s and updated %s: in one migration the change would lock more"
          + " tables than a default PostgreSQL can in one transaction, so each part creates some of them and follows"
          + " the part before it. Review them, then commit them all with the snapshot."),
  ONLINE_MIGRATIONS_GENERATED("RTR-1041", Category.DIFFERENCE, 5,
      "Retort wrote %d migrations, %s to %s, into %s and updated %s: the steps on tables that already exist take"
          + " their online forms (indexes built concurrently, constraints validated apart), which run outside a"
          + " transaction, so they are revisions of their own, each following the one before it. Review them, then"
          + " commit them all with the snapshot (-Aretort.onlinePlans=false writes plain DDL in one migration)."),
  MODEL_DIFFERS_FROM_SNAPSHOT("RTR-1005", Category.DIFFERENCE, 2,
      "The entities differ from the schema snapshot %s, and retort.mode=check writes no migration. Pending changes:%s"
          + "%nBuild once without -Aretort.mode=check and commit the migration it writes."),
  GENERATION_FAILED("RTR-1006", Category.USAGE, 2,
      "Retort could not write %s: %s. Nothing was changed; fix the cause and build again."),
  OPTION_NOT_A_TIMESTAMP("RTR-1007", Category.USAGE, 1,
      "-Aretort.timestamp=%s is not a date and time like 2026-11-21T14:30. Fix or remove the option."),
  GENERATION_SKIPPED("RTR-1009", Category.USAGE, 1,
      "The sources of %s were not read from files, so Retort wrote no migration; it generates migrations only"
          + " when it compiles a source tree (or when -Aretort.sourceRoot names one)."),
  SNAPSHOT_REJECTED("RTR-1008", Category.INTEGRITY, 2,
      "%s Retort wrote no migration and left %s untouched; repair it and build again."),
  RENAME_HINT_INERT("RTR-1010", Category.DIFFERENCE, 5,
      "@RenamedFrom(\"%s\") on %s is already in the migrations: the snapshot %s has no %s %s any more. Remove the"
          + " annotation; it no longer does anything."),
  RENAME_NOT_DECLARED("RTR-1011", Category.DIFFERENCE, 9,
      "Migration %s drops column %s of table %s and adds column %s, so the values in %s will be lost. If the column"
          + " was renamed, annotate the attribute of %s with @RenamedFrom(\"%s\") (dev.retort.migration.RenamedFrom),"
          + " delete %s, restore %s from version control and build again."),
  RENAME_NOT_DECLARED_TABLE("RTR-1012", Category.DIFFERENCE, 8,
      "Migration %s drops %s and creates table %s, so rows will be lost if %s is a dropped table renamed. If it"
          + " is, annotate entity %s with @RenamedFrom(\"%s\")"
          + " (dev.retort.migration.RenamedFrom) naming the old table, delete %s, restore %s from version control"
          + " and build again."),
  RENAME_NOT_DECLARED_COLLECTION_TABLE("RTR-1060", Category.DIFFERENCE, 9,
      "Migration %s drops %s and creates table %s, the table of %s, so rows will be lost if %s is a dropped table"
          + " renamed. If it is, annotate the collection %s with @RenamedFrom(\"%s\")"
          + " (dev.retort.migration.RenamedFrom) naming the old table, delete %s, restore %s from version control"
          + " and build again."),
  DRIFT_CHECK_FAILED("RTR-1015", Category.CONNECTION, 2,
      "Retort could not compare the snapshot with the database at %s: %s. The build goes on without the drift"
          + " check; fix -Aretort.jdbcUrl, -Aretort.jdbcUser or -Aretort.jdbcPassword, or remove them."),
  DRIFT_DATABASE_BEHIND("RTR-1016", Category.DIFFERENCE, 3,
      "The database at %s is at %s, not at the snapshot's head %s, so it was not compared for drift; apply the"
          + " pending migrations first."),
  SNAPSHOT_REWOUND("RTR-1019", Category.DIFFERENCE, 5,
      "Migration %s (revision %s) is gone from %s, so Retort rewound the schema snapshot %s to revision %s, which it"
          + " followed, and compares the entities with that. If it was deleted by mistake, restore it and the snapshot"
          + " from version control."),

  ;

  private final Definition definition;

  ProcessorMessage(String code, Category category, int arity, String template) {
    this.definition = new Definition(code, category, arity, template);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
