/**
 * What an application ships: the API generated migrations compile against, the schema model and
 * operations, PostgreSQL SQL rendering and the boot-time migrator. The migrator's internals stay
 * unexported; build tools use {@code dev.retort.runtime.tooling}.
 */
module dev.retort.runtime {
  requires transitive java.sql;
  requires org.slf4j;

  exports dev.retort.message;
  exports dev.retort.migration;
  exports dev.retort.model;
  exports dev.retort.ops;
  exports dev.retort.render.sql;
  exports dev.retort.runtime;
  exports dev.retort.runtime.tooling;
}
