package dev.retort.message;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks every module's message catalog passes, over all of its entries: a stable code inside
 * the catalog's ranges and used once, a kind, as many declared arguments as its text uses, and a
 * text that shows each argument. Each catalog's test calls {@link #verify}; one test that sees
 * several catalogs calls {@link #codesAreUniqueAcross}.
 */
public final class CatalogChecks {

  /** A format specifier as {@link java.util.Formatter} reads it: index, flags, width, precision, conversion. */
  private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

  private CatalogChecks() {}

  /**
   * Checks every entry of one catalog; {@code ranges} are patterns of the codes the catalog owns,
   * such as {@code "RTR-11\\d\\d"}, so that codes of catalogs that never meet in one test cannot collide.
   */
  public static void verify(CatalogEntry[] entries, String... ranges) {
    assertTrue(entries.length > 0, "an empty catalog");
    codesAreUniqueAcross(entries);
    assertAll(Arrays.stream(entries).<Executable>map(entry -> () -> verify(entry, ranges)));
  }

  /** Checks that no code is used by two entries of {@code entries}, which may come from several catalogs. */
  public static void codesAreUniqueAcross(CatalogEntry[]... catalogs) {
    Map<String, CatalogEntry> byCode = new HashMap<>();
    for (CatalogEntry[] catalog : catalogs) {
      for (CatalogEntry entry : catalog) {
        CatalogEntry earlier = byCode.put(entry.code(), entry);
        assertEquals(null, earlier, entry.code() + " is the code of both " + earlier + " and " + entry);
      }
    }
  }

  private static void verify(CatalogEntry entry, String[] ranges) {
    assertTrue(entry.code().matches("RTR-[1-9][0-9]{2,3}"), entry + " has code " + entry.code());
    assertTrue(Arrays.stream(ranges).anyMatch(entry.code()::matches),
        entry.code() + " lies outside the catalog's ranges " + Arrays.toString(ranges));
    assertTrue(entry.category() != null, entry + " has no kind");
    List<Character> conversions = placeholders(entry.template());
    assertEquals(conversions.size(), entry.arity(), entry.code() + " declares " + entry.arity()
        + " arguments, but its text uses " + conversions.size() + ": " + entry.template());
    Object[] arguments = new Object[conversions.size()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = conversions.get(i) == 'd' ? (Object) (1000 + i) : "argument-" + i;
    }
    String text = entry.format(arguments);
    assertTrue(text.startsWith(entry.code() + " "), text);
    for (Object argument : arguments) {
      assertTrue(text.contains(argument.toString()), entry.code() + " does not show " + argument + ": " + text);
    }
    assertFalse(text.contains("%s") || text.contains("%d"), entry.code() + " leaves a placeholder: " + text);
  }

  /** The conversion of each argument the template uses, by position. */
  private static List<Character> placeholders(String template) {
    Map<Integer, Character> byIndex = new HashMap<>();
    int ordinary = 0;
    Matcher matcher = SPECIFIER.matcher(template);
    while (matcher.find()) {
      char conversion = matcher.group(2).charAt(0);
      if (conversion == '%' || conversion == 'n') {
        continue;
      }
      int index = matcher.group(1) == null ? ++ordinary : Integer.parseInt(matcher.group(1).replace("$", ""));
      byIndex.put(index, Character.toLowerCase(conversion));
    }
    List<Character> conversions = new ArrayList<>();
    for (int i = 1; i <= byIndex.size(); i++) {
      assertTrue(byIndex.containsKey(i), "argument " + i + " is never used in: " + template);
      conversions.add(byIndex.get(i));
    }
    return conversions;
  }
}
