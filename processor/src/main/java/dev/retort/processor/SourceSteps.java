package dev.retort.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.retort.lint.LintedRevision;
import dev.retort.lint.Step;
import dev.retort.migration.Acknowledgement;
import dev.retort.migration.Operations;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the steps of a migration's {@code upgrade} from its source, for the lint: each statement
 * {@code op.step(..)} (optionally followed by {@code .acknowledge(code, reason)} and further steps) becomes the
 * operation the runtime would record, computed by calling the runtime's own builder with the arguments
 * {@link SourceValues} can evaluate, or an unread step naming the call when it cannot. Statements that do not
 * start at the upgrade's parameter (loops over helpers, calls passing {@code op} on) are not seen.
 */
final class SourceSteps {

  /** What the source says: the revision as the lint reads it, the call of each step, and the file. */
  record Read(LintedRevision revision, List<Tree> calls, CompilationUnitTree unit) {}

  private SourceSteps() {}

  /** The upgrade of {@code type}, revision {@code id}; empty when its source cannot be read (not javac, no body). */
  static Optional<Read> read(Trees trees, TypeElement type, String id) {
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals("upgrade")
          && method.getParameters().size() == 1) {
        TreePath path = trees.getPath(method);
        if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
          return Optional.empty();
        }
        Scanner scanner = new Scanner(tree.getParameters().get(0).getName().toString());
        tree.getBody().accept(scanner, null);
        return Optional.of(new Read(new LintedRevision(id, scanner.steps, scanner.acknowledged), scanner.calls,
            path.getCompilationUnit()));
      }
    }
    return Optional.empty();
  }

  /** Visits every statement of the body, nested blocks included, and reads those that call the builder. */
  private static final class Scanner extends TreeScanner<Void, Void> {

    private final String parameter;
    private final Operations builder = new Operations();
    private final List<Step> steps = new ArrayList<>();
    private final List<Tree> calls = new ArrayList<>();
    private final List<Acknowledgement> acknowledged = new ArrayList<>();

    Scanner(String parameter) {
      this.parameter = parameter;
    }

    @Override
    public Void visitExpressionStatement(ExpressionStatementTree statement, Void unused) {
      List<MethodInvocationTree> chain = new ArrayList<>();
      ExpressionTree at = statement.getExpression();
      while (at instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
        chain.add(0, call);
        at = select.getExpression();
      }
      if (at instanceof IdentifierTree root && root.getName().contentEquals(parameter) && !chain.isEmpty()) {
        Operations receiver = builder;
        for (MethodInvocationTree call : chain) {
          receiver = read(receiver, call);
        }
        return null;
      }
      return super.visitExpressionStatement(statement, unused);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
      // A lambda's statements run when something calls it, not as steps of the upgrade.
      return null;
    }

    /** Reads one call of the chain on {@code receiver}; the builder the chain goes on with. */
    private Operations read(Operations receiver, MethodInvocationTree call) {
      String name = ((MemberSelectTree) call.getMethodSelect()).getIdentifier().toString();
      List<? extends ExpressionTree> arguments = call.getArguments();
      if (name.equals("acknowledge") && arguments.size() == 2) {
        acknowledged.add(new Acknowledgement(steps.size() - 1, text(arguments.get(0)), text(arguments.get(1))));
        return receiver;
      }
      if (name.equals("inSchema") && arguments.size() == 1 && literal(arguments.get(0)) != null) {
        return receiver.inSchema(literal(arguments.get(0)));
      }
      int before = builder.operations().size();
      try {
        List<Object> values = new ArrayList<>();
        for (ExpressionTree argument : arguments) {
          values.add(name.equals("run") && argument instanceof LambdaExpressionTree ? noCallback() : SourceValues.none().value(argument));
        }
        SourceValues.invoke(Operations.class, receiver, name, values);
        for (Operation operation : builder.operations().subList(before, builder.operations().size())) {
          steps.add(new Step.Known(operation));
          calls.add(call);
        }
      } catch (RuntimeException e) {
        // Unreadable arguments, or ones the builder refuses: either way the lint cannot know the step.
        String table = arguments.isEmpty() ? null : literal(arguments.get(0));
        steps.add(new Step.Unread(name, table == null ? null : QualifiedName.of(null, table), name.equals("createTable")));
        calls.add(call);
      }
      return receiver;
    }

    /** A string literal's value; any other expression's source, which the lint then reads as written. */
    private static String text(ExpressionTree tree) {
      String literal = literal(tree);
      return literal != null ? literal : tree.toString();
    }

    private static dev.retort.migration.JdbcCallback noCallback() {
      return connection -> { };
    }

    private static String literal(ExpressionTree tree) {
      return tree instanceof LiteralTree literal && literal.getValue() instanceof String text ? text : null;
    }
  }
}
