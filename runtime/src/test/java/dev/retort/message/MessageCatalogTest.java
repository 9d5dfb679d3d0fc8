package dev.retort.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every entry of the catalog, checked as a whole: its code, its kind and the arguments its text takes. */
class MessageCatalogTest {

  /** A format specifier as {@link java.util.Formatter} reads it: index, flags, width, precision, conversion. */
  private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

  @Test
  void everyCodeIsAStableTagUsedByOneEntryOnly() {
    Map<String, Message> byCode = new HashMap<>();
    for (Message message : Message.values()) {
      assertTrue(message.code().matches("RTR-[1-9][0-9]{2,3}"), message + " has code " + message.code());
      Message earlier = byCode.put(message.code(), message);
      assertEquals(null, earlier, message.code() + " is the code of both " + earlier + " and " + message);
    }
  }

  @Test
  void everyEntryDeclaresItsKindAndAsManyArgumentsAsItsTextUses() {
    for (Message message : Message.values()) {
      assertTrue(message.category() != null, message + " has no kind");
      assertEquals(placeholders(message.template()).size(), message.arity(),
          message.code() + " declares " + message.arity() + " arguments, but its text uses "
              + placeholders(message.template()).size() + ": " + message.template());
    }
  }

  @Test
  void everyEntryFormatsWithItsDeclaredArgumentsAndShowsEachOfThem() {
    for (Message message : Message.values()) {
      List<Character> conversions = placeholders(message.template());
      Object[] arguments = new Object[conversions.size()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = conversions.get(i) == 'd' ? (Object) (1000 + i) : "argument-" + i;
      }
      String text = message.format(arguments);
      assertTrue(text.startsWith(message.code() + " "), text);
      for (Object argument : arguments) {
        assertTrue(text.contains(argument.toString()), message.code() + " does not show " + argument + ": " + text);
      }
      assertFalse(text.contains("%s") || text.contains("%d"), message.code() + " leaves a placeholder: " + text);
    }
  }

  @Test
  void aCallThatPassesTheWrongNumberOfArgumentsFailsWhereAssertionsRun() {
    AssertionError error = assertThrows(AssertionError.class, () -> Message.UNKNOWN_REVISION.text("a", "b", "c"));
    assertEquals("RTR-206 takes 2 arguments, not 3", error.getMessage());
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
