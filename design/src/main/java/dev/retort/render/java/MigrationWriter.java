package dev.retort.render.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.ops.RowChecks;
import dev.retort.ops.TypeRewrites;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link MigrationSource} as the Java source of a {@link Migration} class whose
 * {@code upgrade} and {@code downgrade} record exactly the source's operations, and whose output
 * is byte-identical for equal inputs.
 */
public final class MigrationWriter {

  private static final String DATA_MIGRATION_HINT =
      "Write the data migration here, e.g. op.execute(\"UPDATE ...\");";
  private static final String DATA_DOWNGRADE_HINT =
      "Undo the data migration here, e.g. op.execute(\"UPDATE ...\");";

  /** Javadoc text width: the code's 100 columns less the {@code " * "} prefix. */
  private static final int JAVADOC_WIDTH = 97;

  /** Stands for a space inside {@code {@code ..}} while wrapping; never part of the rendered text. */
  private static final char UNBREAKABLE_SPACE = '\u0001';

  private MigrationWriter() {}

  /**
   * The migration class as a JavaPoet file, ready for {@code Filer}.
   *
   * @throws IllegalArgumentException when an operation cannot be written as source (a
   *     {@code RunJava} step, whose lambda has no source) or a name is not a Java identifier
   */
  public static JavaFile write(MigrationSource source) {
    requireNames(source);
    Expressions expressions = new Expressions();
    Statements statements = new Statements(expressions);

    MethodSpec revision = MethodSpec.methodBuilder("revision")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Revision.class)
        .addStatement("return $L", revisionExpression(source.revision()))
        .build();
    MethodSpec upgrade = body("upgrade", source.upgrade(), source.backfills(), statements, DATA_MIGRATION_HINT);
    MethodSpec downgrade = body("downgrade", source.downgrade(), List.of(), statements, DATA_DOWNGRADE_HINT);

    TypeSpec type = TypeSpec.classBuilder(source.className())
        .addJavadoc("$L", javadoc(source))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addMethod(revision)
        .addMethod(upgrade)
        .addMethod(downgrade)
        .build();
    JavaFile.Builder file = JavaFile.builder(source.packageName(), type).skipJavaLangImports(true);
    if (!expressions.usedDefinitions().isEmpty()) {
      file.addStaticImport(Expressions.DEFINITIONS, expressions.usedDefinitions().toArray(String[]::new));
    }
    return file.build();
  }

  /** The migration class as source text: {@code write(source).toString()}. */
  public static String render(MigrationSource source) {
    return write(source).toString();
  }

  private static void requireNames(MigrationSource source) {
    if (!SourceVersion.isName(source.className()) || source.className().contains(".")) {
      throw new IllegalArgumentException("'" + source.className() + "' is not a Java class name");
    }
    if (!source.packageName().isEmpty() && !SourceVersion.isName(source.packageName())) {
      throw new IllegalArgumentException("'" + source.packageName() + "' is not a Java package name");
    }
  }

  private static CodeBlock revisionExpression(Revision revision) {
    List<String> parents = revision.parents();
    CodeBlock call;
    if (parents.isEmpty()) {
      call = JavaCode.of("$T.base($S,$W$S)", Revision.class, revision.id(), revision.message());
    } else if (parents.size() == 1) {
      call = JavaCode.of("$T.of($S,$W$S,$W$S)", Revision.class, revision.id(), parents.get(0), revision.message());
    } else {
      call = JavaCode.of("$T.merge($S,$W$T.of($L),$W$S)", Revision.class, revision.id(), List.class,
          Expressions.strings(parents), revision.message());
    }
    return revision.transactional() ? call : CodeBlock.of("$L.nonTransactional()", call);
  }

  private static MethodSpec body(String name, List<Operation> operations, List<Backfill> backfills, Statements statements,
      String hint) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, "op");
    if (operations.isEmpty()) {
      method.addComment("$L", hint);
    }
    for (Operation operation : operations) {
      for (Backfill backfill : backfills) {
        if (backfill.precedes(operation)) {
          // The developer's step: the marker sits exactly where existing rows must get a value.
          method.addComment("$L", commentText(backfillComment(backfill)));
          method.addComment("$L", commentText("op.execute(\"UPDATE " + backfill.table() + " SET " + backfill.column()
              + " = ... WHERE " + backfill.column() + " IS NULL\");"));
        }
      }
      if (operation.losesData()) {
        // Said in the code, not only in the Javadoc, so that a review of the diff cannot miss it.
        method.addComment("$L", commentText(Descriptions.destructiveComment(operation)));
      }
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (facts.rewritesTable()) {
        method.addComment("$L", commentText(TypeRewrites.marker(facts.table())));
      }
      if (facts.rowCheck() != null) {
        for (String line : RowChecks.marker(facts.table(), facts.rowCheck())) {
          method.addComment("$L", commentText(line));
        }
      }
      method.addStatement("$L", operation.accept(statements));
    }
    return method.build();
  }

  private static String backfillComment(Backfill backfill) {
    String column = backfill.table() + "." + backfill.column();
    switch (backfill.cause()) {
      case ADDED_COLUMN:
        return "BACKFILL: " + column + " becomes NOT NULL and has no default; give existing rows a value here, for example";
      case TIGHTENED_COLUMN:
        return "BACKFILL: " + column + " becomes NOT NULL; give the rows where it is NULL a value here, for example";
      default:
        throw new IllegalArgumentException(backfill.cause().name());
    }
  }

  /** Each operation in words, as the migration's Javadoc lists it: "adds column phone to drivers". */
  public static List<String> describe(List<Operation> operations) {
    return operations.stream().map(Descriptions::bullet).toList();
  }

  /** What a data-losing operation destroys, in the words of its {@code // DESTRUCTIVE:} comment: "drops table trips and its data". */
  public static String destruction(Operation operation) {
    return Descriptions.destruction(operation);
  }

  private static String javadoc(MigrationSource source) {
    Revision revision = source.revision();
    StringBuilder doc = new StringBuilder();
    doc.append(wrap(javadocText(sentence(source)))).append("\n\n");
    doc.append(wrap("<p>Revision " + code(revision.id()) + ", " + lineage(revision) + ".")).append("\n\n");
    if (!revision.transactional()) {
      doc.append(wrap("<p>Runs in autocommit rather than in one transaction, so a failure midway leaves the"
          + " steps before it applied.")).append("\n\n");
    }
    if (!source.upgrade().isEmpty()) {
      doc.append("<p>Upgrade:\n<ul>\n");
      for (Operation operation : source.upgrade()) {
        doc.append("  <li>").append(javadocText(Descriptions.bullet(operation))).append('\n');
      }
      doc.append("</ul>\n");
    } else if (revision.parents().size() > 1) {
      doc.append("<p>No schema changes: this revision joins the heads it merges.\n");
    } else {
      doc.append("<p>No schema changes: a data migration, written by hand.\n");
    }
    return doc.toString();
  }

  /**
   * Breaks a paragraph at spaces so that Javadoc lines stay near the width of the code; JavaPoet
   * wraps code but never Javadoc.
   */
  private static String wrap(String paragraph) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : paragraph.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > JAVADOC_WIDTH) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString().replace(UNBREAKABLE_SPACE, ' ');
  }

  /** {@code {@code text}}, kept on one line by {@link #wrap}. */
  private static String code(String text) {
    return "{@code" + UNBREAKABLE_SPACE + text + "}";
  }

  private static String lineage(Revision revision) {
    List<String> parents = revision.parents();
    if (parents.isEmpty()) {
      return "the first of the history";
    }
    List<String> codes = parents.stream().map(MigrationWriter::code).toList();
    if (codes.size() == 1) {
      return "following " + codes.get(0);
    }
    return "merging " + String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
  }

  /** The summary as the Javadoc's first sentence: capitalised and ending with a full stop. */
  private static String sentence(MigrationSource source) {
    String text = source.summary().isBlank() ? source.revision().message().strip() : source.summary().strip();
    if (text.isEmpty()) {
      text = "Migration " + source.revision().id();
    }
    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
  }

  /**
   * Plain text made safe for a Javadoc: HTML special characters escaped, a {@code *}{@code /}
   * that would end the comment broken, and line breaks flattened.
   */
  static String javadocText(String text) {
    return commentText(text).chars().mapToObj(c -> {
      switch (c) {
        case '&':
          return "&amp;";
        case '<':
          return "&lt;";
        case '>':
          return "&gt;";
        case '@':
          return "&#64;";
        default:
          return String.valueOf((char) c);
      }
    }).collect(Collectors.joining()).replace("*/", "*&#47;");
  }

  /**
   * Plain text made safe for a line comment: control characters become spaces, and backslashes
   * are doubled because javac reads backslash-u escapes even inside comments.
   */
  static String commentText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (c == '\\') {
        out.append("\\\\");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
