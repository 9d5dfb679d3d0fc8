package dev.retort.render.java;

import dev.retort.migration.Revision;
import dev.retort.ops.Operation;
import java.util.List;
import java.util.Objects;

/**
 * Everything a generated migration class says: where it lives, its revision, a one-line summary
 * for its Javadoc, and the operations of its upgrade and downgrade bodies, in order.
 *
 * @param packageName the package of the class, or {@code ""} for the unnamed package
 * @param className the simple class name, usually {@link MigrationNames#of}'s
 * @param revision the revision the class's {@code revision()} method returns
 * @param summary the first sentence of the class Javadoc; the revision message when blank
 * @param upgrade the operations {@code upgrade(op)} records; empty for a data-migration skeleton
 * @param downgrade the operations {@code downgrade(op)} records, usually {@code Inverses.of(upgrade)}
 * @param backfills where the upgrade needs the developer to give existing rows a value
 */
public record MigrationSource(
    String packageName, String className, Revision revision, String summary,
    List<Operation> upgrade, List<Operation> downgrade, List<Backfill> backfills) {

  public MigrationSource {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(revision, "revision");
    summary = summary == null ? "" : summary;
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    backfills = List.copyOf(backfills);
  }

  /** A migration whose upgrade needs no backfill. */
  public MigrationSource(String packageName, String className, Revision revision, String summary,
      List<Operation> upgrade, List<Operation> downgrade) {
    this(packageName, className, revision, summary, upgrade, downgrade, List.of());
  }
}
