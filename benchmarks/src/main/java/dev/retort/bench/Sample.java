package dev.retort.bench;

import java.util.Locale;

/**
 * One child run: which scenario, tool and size, which repetition (negative for warm-up), the timed
 * milliseconds the probe reported, the child process's wall time, its peak heap (or -1) and the
 * probe's detail.
 */
record Sample(String scenario, String tool, int n, int rep, double millis, double processMillis, double heapMib,
    String detail) {

  static final String CSV_HEADER = "scenario,tool,n,rep,millis,process_millis,heap_mib,detail";

  boolean warmup() {
    return rep < 0;
  }

  String csv() {
    return String.format(Locale.ROOT, "%s,%s,%d,%d,%.3f,%.1f,%.2f,%s", scenario, tool, n, rep, millis, processMillis,
        heapMib, detail.replace(',', ';'));
  }

  static Sample parseCsv(String line) {
    String[] f = line.split(",", 8);
    return new Sample(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
        Double.parseDouble(f[5]), Double.parseDouble(f[6]), f.length > 7 ? f[7] : "");
  }
}
