package dev.retort.processor;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the revision id and parents of a migration being compiled from the source of its
 * {@code revision()} method, which is a call of {@code Revision.base}, {@code Revision.of} or
 * {@code Revision.merge} with literal arguments in every generated migration (and in hand-written
 * ones that follow them). The classes are not compiled yet, so their code cannot be run.
 */
final class RevisionScanner {

  /**
   * A migration's place in the history, as its source declares it; {@code exact} when the
   * {@code revision()} body is nothing but {@code return Revision.base/of/merge(literals)},
   * optionally followed by {@code .nonTransactional()} and {@code .lockWaitTimeout(..)}: then the
   * revision is certain without running the code, and the index may record it so that the runtime
   * builds the revision graph without loading the class.
   */
  record DeclaredRevision(TypeElement type, String id, List<String> parents, boolean exact) {}

  private final ProcessingEnvironment env;

  RevisionScanner(ProcessingEnvironment env) {
    this.env = env;
  }

  /** The revision {@code type} declares, when its {@code revision()} source has the usual form. */
  Optional<DeclaredRevision> scan(TypeElement type) {
    return revisionBody(type).flatMap(body -> {
      Optional<DeclaredRevision> exact = exactly(body, type);
      if (exact.isPresent()) {
        return exact;
      }
      RevisionCall call = new RevisionCall();
      body.accept(call, null);
      return call.result(type, false);
    });
  }

  /** The revision when the body is a single {@code return} of the revision call. */
  private static Optional<DeclaredRevision> exactly(BlockTree body, TypeElement type) {
    List<? extends StatementTree> statements = body.getStatements();
    if (statements.size() != 1 || !(statements.get(0) instanceof ReturnTree returned)
        || !(returned.getExpression() instanceof MethodInvocationTree call)) {
      return Optional.empty();
    }
    while (isRunSetting(call)
        && ((MemberSelectTree) call.getMethodSelect()).getExpression() instanceof MethodInvocationTree inner) {
      call = inner;
    }
    RevisionCall found = new RevisionCall();
    found.match(call);
    return found.result(type, true);
  }

  /**
   * Whether {@code call} is {@code .nonTransactional()} or {@code .lockWaitTimeout(..)} on a revision:
   * how the revision runs, which leaves its id and parents as the call before it states them.
   */
  private static boolean isRunSetting(MethodInvocationTree call) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return false;
    }
    int arguments = call.getArguments().size();
    return select.getIdentifier().contentEquals("nonTransactional") && arguments == 0
        || select.getIdentifier().contentEquals("lockWaitTimeout") && arguments == 1;
  }

  private Optional<BlockTree> revisionBody(TypeElement type) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals("revision")
          && method.getParameters().isEmpty()) {
        TreePath path = trees.getPath(method);
        if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
          return Optional.empty();
        }
        return Optional.of(tree.getBody());
      }
    }
    return Optional.empty();
  }

  /** Finds the first {@code Revision.base/of/merge(...)} call with literal arguments. */
  private static final class RevisionCall extends TreeScanner<Void, Void> {

    private String id;
    private List<String> parents;

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      if (id == null && match(call)) {
        return null;
      }
      return super.visitMethodInvocation(call, unused);
    }

    /** Whether {@code call} itself is a {@code Revision.base/of/merge} call with literal arguments, remembered if so. */
    boolean match(MethodInvocationTree call) {
      if (call.getMethodSelect() instanceof MemberSelectTree select
          && select.getExpression().toString().endsWith("Revision")) {
        List<? extends ExpressionTree> args = call.getArguments();
        String name = select.getIdentifier().toString();
        if ("base".equals(name) && args.size() == 2) {
          id = literal(args.get(0));
          parents = List.of();
        } else if ("of".equals(name) && args.size() == 3) {
          id = literal(args.get(0));
          String parent = literal(args.get(1));
          parents = parent == null ? null : List.of(parent);
        } else if ("merge".equals(name) && args.size() == 3 && args.get(1) instanceof MethodInvocationTree list) {
          id = literal(args.get(0));
          parents = literals(list.getArguments());
        }
        if (id != null && parents != null) {
          return true;
        }
        id = null;
      }
      return false;
    }

    Optional<DeclaredRevision> result(TypeElement type, boolean exact) {
      return id == null || parents == null ? Optional.empty() : Optional.of(new DeclaredRevision(type, id, parents, exact));
    }

    private static String literal(Tree tree) {
      return tree instanceof LiteralTree literal && literal.getValue() instanceof String text ? text : null;
    }

    private static List<String> literals(List<? extends ExpressionTree> trees) {
      List<String> values = new ArrayList<>();
      for (ExpressionTree tree : trees) {
        String value = literal(tree);
        if (value == null) {
          return null;
        }
        values.add(value);
      }
      return values;
    }
  }
}
