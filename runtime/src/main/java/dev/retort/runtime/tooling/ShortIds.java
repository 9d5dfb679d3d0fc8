package dev.retort.runtime.tooling;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The short form of revision ids that tools show people, as git abbreviates hashes: the shortest
 * prefix no other of the ids starts with, never shorter than the creation minute an id starts with
 * ({@code 20261121_1300}), or {@link #MINIMUM} characters for ids without one. Every short form names
 * its revision back wherever a revision is accepted (an id or its unique prefix), so it is never a
 * word those places read otherwise ({@code base}, {@code head}, {@code heads}, {@code current}) nor
 * ends in {@code -N}, which reads as steps back.
 */
public final class ShortIds {

  /** The fewest characters of an id without a creation minute that are shown. */
  public static final int MINIMUM = 7;

  private static final Pattern MINUTE = Pattern.compile("^\\d{8}_\\d{4}");
  private static final Pattern STEPS = Pattern.compile(".*-\\d+$");
  private static final List<String> WORDS = List.of("base", "head", "heads", "current");

  private final List<String> ids;
  private final Map<String, String> shortened = new LinkedHashMap<>();

  private ShortIds(List<String> ids) {
    this.ids = ids;
  }

  /** Short forms unique among {@code ids}: the build's revisions and any the database has that the build lacks. */
  public static ShortIds of(Collection<String> ids) {
    return new ShortIds(List.copyOf(new java.util.LinkedHashSet<>(ids)));
  }

  /** The short form of {@code id}; the id itself when no shorter prefix is unique. */
  public String of(String id) {
    return shortened.computeIfAbsent(id, this::shorten);
  }

  /** The short forms of {@code ids}, joined with ", ". */
  public String join(Collection<String> ids) {
    return String.join(", ", ids.stream().map(this::of).toList());
  }

  private String shorten(String id) {
    java.util.regex.Matcher minute = MINUTE.matcher(id);
    int length = Math.min(id.length(), minute.find() ? minute.end() : MINIMUM);
    for (; length < id.length(); length++) {
      String prefix = id.substring(0, length);
      if (readsBack(prefix, id)) {
        return prefix;
      }
    }
    return id;
  }

  /** Whether {@code prefix} names only {@code id} among the ids and reads as a prefix, not as a word or steps. */
  private boolean readsBack(String prefix, String id) {
    if (WORDS.contains(prefix) || STEPS.matcher(prefix).matches() || prefix.endsWith("_") || prefix.endsWith(".")) {
      return false;
    }
    for (String other : ids) {
      if (!other.equals(id) && other.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }
}
