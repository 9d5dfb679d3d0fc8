package dev.retort.reliability;

import dev.retort.migration.Migration;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A JVM of its own (with a small heap) that applies N revisions, each creating a table, to an
 * empty database, then boots again with nothing pending; prints for each boot the revisions it
 * applied, its time and its statements, and the peak heap of the whole run.
 *
 * <p>Arguments: JDBC URL, user, password (may be empty), N.
 */
public final class ManyRevisionsProcess {

  private ManyRevisionsProcess() {}

  /** N revisions in a line: {@code r00001} creates {@code t00001}, each following the one before. */
  static List<Migration> migrations(int count) {
    List<Migration> migrations = new ArrayList<>(count);
    String parent = null;
    for (int i = 1; i <= count; i++) {
      String id = String.format("r%05d", i);
      migrations.add(TestMigration.createTable(id, parent, String.format("t%05d", i)));
      parent = id;
    }
    return migrations;
  }

  public static void main(String[] args) {
    PGSimpleDataSource target = new PGSimpleDataSource();
    target.setURL(args[0]);
    target.setUser(args[1]);
    if (!args[2].isEmpty()) {
      target.setPassword(args[2]);
    }
    int count = Integer.parseInt(args[3]);
    CountingDataSource counting = new CountingDataSource(target);
    boot("UPGRADE", counting, count);
    boot("NOOP", counting, count);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("PEAK_HEAP " + peak);
    System.gc();
    System.out.println("LIVE_HEAP " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  private static void boot(String name, CountingDataSource counting, int count) {
    long statementsBefore = counting.statements();
    long started = System.nanoTime();
    MigrationReport report = Retort.configure().dataSource(counting).migrations(migrations(count)).migrate();
    System.out.println(name + "_MILLIS " + (System.nanoTime() - started) / 1_000_000);
    System.out.println(name + "_APPLIED " + report.steps().size());
    System.out.println(name + "_STATEMENTS " + (counting.statements() - statementsBefore));
  }
}
