package dev.retort.model;

import java.util.Objects;

/**
 * A sequence: start value, increment, optional bounds (null means PostgreSQL's default for the
 * direction), cache size and whether it cycles.
 */
public record Sequence(QualifiedName name, long start, long increment, Long minValue, Long maxValue, long cache, boolean cycle) {

  public Sequence {
    Objects.requireNonNull(name, "name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " cannot have an increment of 0");
    }
    if (cache < 1) {
      throw new IllegalArgumentException("sequence " + name + " needs a cache of at least 1");
    }
  }

  /** A sequence with the given start and increment, default bounds, cache 1 and no cycling. */
  public static Sequence of(QualifiedName name, long start, long increment) {
    return new Sequence(name, start, increment, null, null, 1, false);
  }

  /** This sequence starting at {@code value}. */
  public Sequence startWith(long value) {
    return new Sequence(name, value, increment, minValue, maxValue, cache, cycle);
  }

  /** This sequence stepping by {@code value}. */
  public Sequence incrementBy(long value) {
    return new Sequence(name, start, value, minValue, maxValue, cache, cycle);
  }

  /** This sequence with the given bounds; null means PostgreSQL's default. */
  public Sequence bounds(Long min, Long max) {
    return new Sequence(name, start, increment, min, max, cache, cycle);
  }

  /** This sequence caching {@code values} numbers per session. */
  public Sequence cache(long values) {
    return new Sequence(name, start, increment, minValue, maxValue, values, cycle);
  }

  /** This sequence, wrapping around at its bound. */
  public Sequence cycling() {
    return new Sequence(name, start, increment, minValue, maxValue, cache, true);
  }

  /** This sequence under another name. */
  public Sequence withName(QualifiedName newName) {
    return new Sequence(newName, start, increment, minValue, maxValue, cache, cycle);
  }
}
