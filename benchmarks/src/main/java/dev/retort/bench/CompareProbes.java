package dev.retort.bench;

import dev.retort.bench.Probe.Measurement;
import dev.retort.compare.SchemaDiff;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.processor.DriftProbe;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Comparing the committed model with a live database of N tables. {@code retort-drift} is the
 * processor's drift check as {@code -Aretort.jdbcUrl} runs it (the snapshot put into the server's
 * words in a rolled-back scratch schema, then both sides introspected and diffed);
 * {@code retort-diff} is the bare introspection and diff, without that canonical pass.
 */
final class CompareProbes {

  private CompareProbes() {}

  static Measurement drift(ProbeArgs probe) throws Exception {
    Path snapshotFile = probe.path("snapshot");
    // The check connects through the driver itself; the DataSource only warms the driver as for every probe.
    probe.dataSource();
    long started = Probe.start();
    Snapshot snapshot = SnapshotFormat.parse(Files.readString(snapshotFile, StandardCharsets.UTF_8), snapshotFile.toString());
    List<String> findings = DriftProbe.run(snapshot, probe.get("url"), probe.get("user"), probe.values().getOrDefault("password", ""));
    return Measurement.since(started, "findings=" + findings.size(), findings);
  }

  static Measurement diff(ProbeArgs probe) throws Exception {
    DataSource ds = probe.dataSource();
    Path snapshotFile = probe.path("snapshot");
    long started = Probe.start();
    Snapshot snapshot = SnapshotFormat.parse(Files.readString(snapshotFile, StandardCharsets.UTF_8), snapshotFile.toString());
    SchemaModel live;
    try (Connection connection = ds.getConnection()) {
      live = PostgresIntrospector.introspect(connection).model();
    }
    List<Operation> diff = SchemaDiff.between(live, snapshot.model());
    Measurement measurement = Measurement.since(started, "tables=" + live.tables().size() + ",differences=" + diff.size(), diff);
    if (probe.flag("verbose")) {
      diff.forEach(op -> System.out.println("difference: " + op));
    }
    return measurement;
  }
}
