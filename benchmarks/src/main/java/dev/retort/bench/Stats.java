package dev.retort.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Median, min and max of one tool's measured repetitions at one size; warm-ups excluded. */
record Stats(String scenario, String tool, int n, int count, double median, double min, double max) {

  static Stats of(String scenario, String tool, int n, List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int size = sorted.size();
    double median = size == 0 ? Double.NaN
        : size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    return new Stats(scenario, tool, n, size, median, size == 0 ? Double.NaN : sorted.get(0),
        size == 0 ? Double.NaN : sorted.get(size - 1));
  }

  /** The stats of every (scenario, tool, n) in {@code samples}, in first-seen order, of {@code value}. */
  static List<Stats> summarize(Collection<Sample> samples, ToDoubleFunction<Sample> value) {
    Map<String, List<Double>> groups = new LinkedHashMap<>();
    Map<String, Sample> firsts = new LinkedHashMap<>();
    for (Sample sample : samples) {
      if (sample.warmup()) {
        continue;
      }
      String key = sample.scenario() + "\u0000" + sample.tool() + "\u0000" + sample.n();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(value.applyAsDouble(sample));
      firsts.putIfAbsent(key, sample);
    }
    List<Stats> stats = new ArrayList<>();
    groups.forEach((key, values) -> {
      Sample first = firsts.get(key);
      stats.add(of(first.scenario(), first.tool(), first.n(), values));
    });
    return stats;
  }
}
