package dev.retort.cli;

import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.tooling.ShortIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the runtime's results into lines for people and maps for JSON. */
final class Reports {

  private Reports() {}

  /** Prints what an upgrade, downgrade or stamp did, naming revisions by their short forms (JSON: both). */
  static void print(Console console, ShortIds shortIds, MigrationReport report) {
    if (console.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("direction", report.direction().name().toLowerCase(Locale.ROOT));
      List<Map<String, Object>> steps = new ArrayList<>();
      for (MigrationReport.Step step : report.steps()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", step.revision());
        entry.put("shortId", shortIds.of(step.revision()));
        entry.put("message", step.message());
        entry.put("millis", step.elapsed().toMillis());
        steps.add(entry);
      }
      json.put("steps", steps);
      json.put("headsBefore", report.headsBefore());
      json.put("headsAfter", report.headsAfter());
      json.put("unstamped", report.unstamped());
      json.put("millis", report.elapsed().toMillis());
      console.print(json);
    } else {
      console.line(report.summary(shortIds::of));
    }
  }

  /** A history row as JSON. */
  static Map<String, Object> row(AppliedRevision row, ShortIds shortIds) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("revision", row.revision());
    json.put("shortId", shortIds.of(row.revision()));
    json.put("parents", row.parents());
    json.put("message", row.message());
    json.put("operation", row.operation());
    json.put("checksum", row.checksum());
    json.put("appliedAt", row.appliedAt() == null ? null : row.appliedAt().toString());
    json.put("appliedBy", row.appliedBy());
    json.put("millis", row.executionMillis());
    json.put("success", row.success());
    return json;
  }

  /** Milliseconds as seconds with one decimal, for people. */
  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
