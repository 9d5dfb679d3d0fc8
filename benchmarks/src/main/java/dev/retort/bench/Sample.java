package dev.retort.bench;

import java.util.Locale;

/**
 * One child run: which scenario, tool and size, which repetition (negative for warm-up), the timed
 * milliseconds the probe reported and the CPU time of its thread in them (-1 when unknown), the child
 * process's wall time, its peak heap (or -1), the machine's load average when it ended, and the
 * probe's detail.
 */
record Sample(String scenario, String tool, int n, int rep, double millis, double cpuMillis, double processMillis,
    double heapMib, double load, String detail) {

  static final String CSV_HEADER = "scenario,tool,n,rep,millis,cpu_millis,process_millis,heap_mib,load1,detail";

  boolean warmup() {
    return rep < 0;
  }

  String csv() {
    return String.format(Locale.ROOT, "%s,%s,%d,%d,%.3f,%.3f,%.1f,%.2f,%.2f,%s", scenario, tool, n, rep, millis, cpuMillis,
        processMillis, heapMib, load, detail.replace(',', ';'));
  }

  static Sample parseCsv(String line) {
    String[] f = line.split(",", 10);
    return new Sample(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
        f.length > 9 ? f[9] : "");
  }
}
