package dev.retort.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Evaluates, at compile time, the arguments a migration passes to the operations API, when they are what
 * generated migrations write: literals, calls of {@code dev.retort.migration.Definitions} (statically imported
 * or qualified), methods of the values they return, arrays, {@code List.of}, enum constants of the model, and
 * lambdas over a table definition. Anything else (a variable, a helper method) is {@link Unreadable}.
 */
final class SourceValues {

  /** The expression is not one this evaluator can compute without running the project's code. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String what) {
      super(what, null, false, false);
    }
  }

  private static final List<String> PACKAGES = List.of("dev.retort.migration.", "dev.retort.model.", "java.util.");

  private final Map<String, Object> variables;

  private SourceValues(Map<String, Object> variables) {
    this.variables = variables;
  }

  /** An evaluator that knows no variable. */
  static SourceValues none() {
    return new SourceValues(Map.of());
  }

  /** The value of {@code tree}, computed by calling the runtime's own classes. */
  Object value(ExpressionTree tree) {
    if (tree instanceof ParenthesizedTree parenthesized) {
      return value(parenthesized.getExpression());
    }
    if (tree instanceof LiteralTree literal) {
      return literal.getValue();
    }
    if (tree instanceof UnaryTree unary && unary.getKind() == Tree.Kind.UNARY_MINUS
        && value(unary.getExpression()) instanceof Number number) {
      return number instanceof Long l ? (Object) (-l) : (Object) (-number.intValue());
    }
    if (tree instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
      return String.valueOf(value(binary.getLeftOperand())) + value(binary.getRightOperand());
    }
    if (tree instanceof IdentifierTree identifier && variables.containsKey(identifier.getName().toString())) {
      return variables.get(identifier.getName().toString());
    }
    if (tree instanceof MemberSelectTree select && select.getExpression() instanceof IdentifierTree owner) {
      Class<?> type = knownClass(owner.getName().toString());
      if (type != null && type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().contentEquals(select.getIdentifier())) {
            return constant;
          }
        }
      }
    }
    if (tree instanceof NewArrayTree array && array.getInitializers() != null) {
      List<Object> values = new ArrayList<>();
      array.getInitializers().forEach(element -> values.add(value(element)));
      return values.toArray();
    }
    if (tree instanceof LambdaExpressionTree lambda && lambda.getParameters().size() == 1) {
      return consumer(lambda);
    }
    if (tree instanceof MethodInvocationTree call) {
      return call(call);
    }
    throw new Unreadable(tree.toString());
  }

  private Object call(MethodInvocationTree call) {
    List<Object> arguments = new ArrayList<>();
    call.getArguments().forEach(argument -> arguments.add(value(argument)));
    if (call.getMethodSelect() instanceof IdentifierTree name) {
      return invoke(definitions(), null, name.getName().toString(), arguments);
    }
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      String method = select.getIdentifier().toString();
      if (select.getExpression() instanceof IdentifierTree owner && !variables.containsKey(owner.getName().toString())) {
        Class<?> type = knownClass(owner.getName().toString());
        if (type == null) {
          throw new Unreadable(call.toString());
        }
        return invoke(type, null, method, arguments);
      }
      Object target = value(select.getExpression());
      if (target == null) {
        throw new Unreadable(call.toString());
      }
      return invoke(target.getClass(), target, method, arguments);
    }
    throw new Unreadable(call.toString());
  }

  /** A consumer that evaluates the lambda's body with its parameter bound to the value it is given. */
  private Consumer<Object> consumer(LambdaExpressionTree lambda) {
    String parameter = lambda.getParameters().get(0).getName().toString();
    return argument -> {
      Map<String, Object> bound = new HashMap<>(variables);
      bound.put(parameter, argument);
      SourceValues inner = new SourceValues(bound);
      if (lambda.getBody() instanceof BlockTree block) {
        for (StatementTree statement : block.getStatements()) {
          if (!(statement instanceof ExpressionStatementTree expression)) {
            throw new Unreadable(statement.toString());
          }
          inner.value(expression.getExpression());
        }
      } else if (lambda.getBody() instanceof ExpressionTree expression) {
        inner.value(expression);
      } else {
        throw new Unreadable(lambda.toString());
      }
    };
  }

  /** Calls the public method {@code name} of {@code type} that takes {@code arguments} (static when target is null). */
  static Object invoke(Class<?> type, Object target, String name, List<Object> arguments) {
    for (Method method : type.getMethods()) {
      if (!method.getName().equals(name) || (target == null) != Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Object[] packed = fit(method, arguments);
      if (packed != null) {
        try {
          return method.invoke(target, packed);
        } catch (IllegalAccessException e) {
          throw new Unreadable(name);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof Unreadable unreadable) {
            throw unreadable;
          }
          throw new Unreadable(name + ": " + e.getCause());
        }
      }
    }
    throw new Unreadable(name);
  }

  /** {@code arguments} as {@code method} takes them (varargs packed), or null when they do not fit. */
  private static Object[] fit(Method method, List<Object> arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    int fixed = method.isVarArgs() ? parameters.length - 1 : parameters.length;
    if (method.isVarArgs() ? arguments.size() < fixed : arguments.size() != fixed) {
      return null;
    }
    Object[] packed = new Object[parameters.length];
    for (int i = 0; i < fixed; i++) {
      if (!fits(parameters[i], arguments.get(i))) {
        return null;
      }
      packed[i] = arguments.get(i);
    }
    if (method.isVarArgs()) {
      Class<?> component = parameters[fixed].getComponentType();
      List<Object> rest = arguments.subList(fixed, arguments.size());
      if (rest.size() == 1 && rest.get(0) instanceof Object[] given && component.isAssignableFrom(given.getClass().getComponentType())) {
        packed[fixed] = given;
        return packed;
      }
      Object array = Array.newInstance(component, rest.size());
      for (int i = 0; i < rest.size(); i++) {
        if (!fits(component, rest.get(i))) {
          return null;
        }
        Array.set(array, i, rest.get(i));
      }
      packed[fixed] = array;
    }
    return packed;
  }

  private static boolean fits(Class<?> parameter, Object argument) {
    if (argument == null) {
      return !parameter.isPrimitive();
    }
    if (parameter == int.class) {
      return argument instanceof Integer;
    }
    if (parameter == long.class) {
      return argument instanceof Long || argument instanceof Integer;
    }
    if (parameter == boolean.class) {
      return argument instanceof Boolean;
    }
    if (argument instanceof Object[] array && parameter.isArray()) {
      return java.util.Arrays.stream(array).allMatch(element -> fits(parameter.getComponentType(), element));
    }
    return parameter.isInstance(argument);
  }

  private static Class<?> definitions() {
    return dev.retort.migration.Definitions.class;
  }

  /** The runtime's or {@code java.util}'s class of that simple name, or null. */
  private static Class<?> knownClass(String simpleName) {
    for (String pkg : PACKAGES) {
      try {
        return Class.forName(pkg + simpleName, false, SourceValues.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // Not in this package.
      }
    }
    return null;
  }
}
