package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lets options come before the command word, as Alembic's and Flyway's users type them
 * ({@code retort --url ... upgrade head}): the options in front of the command word that the command
 * itself takes are moved behind it, with their values. Anything else stays where it is, so that
 * picocli still reports an unknown option or a missing command as it would.
 */
final class ArgumentOrder {

  private ArgumentOrder() {}

  /** The arguments with the options before the command word moved behind it; unchanged when there are none. */
  static String[] commandWordFirst(CommandLine root, String[] args) {
    List<String> leading = new ArrayList<>();
    int index = 0;
    while (index < args.length && args[index].startsWith("-") && !args[index].equals("--")) {
      String argument = args[index];
      if (root.getCommandSpec().findOption(nameOf(argument)) != null) {
        return args; // --help, --version: the top-level command's own
      }
      Optional<OptionSpec> option = optionOfAnyCommand(root, nameOf(argument));
      if (option.isEmpty()) {
        return args;
      }
      leading.add(argument);
      index++;
      if (takesValue(option.get()) && !argument.contains("=") && index < args.length) {
        leading.add(args[index]);
        index++;
      }
    }
    if (leading.isEmpty() || index >= args.length || !root.getSubcommands().containsKey(args[index])) {
      return args;
    }
    CommandLine command = root.getSubcommands().get(args[index]);
    for (int i = 0; i < leading.size(); i++) {
      String argument = leading.get(i);
      if (argument.startsWith("-") && command.getCommandSpec().findOption(nameOf(argument)) == null) {
        return args; // the command does not take it; picocli names it as unknown where the user put it
      }
    }
    List<String> reordered = new ArrayList<>();
    reordered.add(args[index]);
    reordered.addAll(leading);
    for (int i = index + 1; i < args.length; i++) {
      reordered.add(args[i]);
    }
    return reordered.toArray(String[]::new);
  }

  private static String nameOf(String argument) {
    int equals = argument.indexOf('=');
    return equals < 0 ? argument : argument.substring(0, equals);
  }

  private static Optional<OptionSpec> optionOfAnyCommand(CommandLine root, String name) {
    for (CommandLine command : root.getSubcommands().values()) {
      CommandSpec spec = command.getCommandSpec();
      OptionSpec option = spec.findOption(name);
      if (option != null) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  private static boolean takesValue(OptionSpec option) {
    return option.arity().max() > 0;
  }
}
