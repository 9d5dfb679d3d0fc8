package dev.retort.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What every scenario needs from the harness: the class path and flags of child JVMs, the work
 * directory, the database server, and Python with Alembic when this machine has it (else null).
 */
record Environment(String classPath, List<String> jvmFlags, Path work, Databases databases, String python,
    Path alembicScript) {

  boolean hasAlembic() {
    return python != null;
  }

  Path logs() {
    return work.resolve("logs");
  }
}
