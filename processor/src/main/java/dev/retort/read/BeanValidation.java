package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.processor.ProcessorOptions;
import dev.retort.processor.Reporter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Applies Jakarta Validation constraints to a basic attribute's column exactly where Hibernate's
 * {@code TypeSafeActivator} does: {@code @NotNull}, {@code @NotEmpty} and {@code @NotBlank} make it
 * NOT NULL (not in a SINGLE_TABLE subclass), {@code @Size(max)} and {@code @Length(max)} on a
 * {@code String} set its length, {@code @Digits} its precision and scale, and {@code @Min}/{@code @Max}
 * add checks; only Default-group constraints count, composed constraints through their parts.
 */
final class BeanValidation {

  private static final String CONSTRAINTS = "jakarta.validation.constraints.";
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
  private static final String LENGTH = "org.hibernate.validator.constraints.Length";
  private static final String COMPOSITION = "org.hibernate.validator.constraints.ConstraintComposition";
  /** Providers Jakarta Validation's bootstrap finds; Hibernate applies the DDL in AUTO mode only if one is present. */
  private static final List<String> PROVIDERS = List.of("org.hibernate.validator.HibernateValidator",
      "org.apache.bval.jsr.ApacheValidationProvider");

  /** What a column gets from the constraints on its attribute. */
  record Effect(boolean notNull, Integer length, Integer precision, Integer scale, List<String> checks) {
    static final Effect NONE = new Effect(false, null, null, null, List.of());
  }

  /** One embedded attribute being read: whether Hibernate walks into it, and may make its columns NOT NULL. */
  private record Level(boolean cascaded, boolean notNullAllowed) {}

  private final Elements elements;
  private final HibernateLine line;
  private final boolean active;
  private final Deque<Level> embedding = new ArrayDeque<>();

  BeanValidation(ProcessingEnvironment env, Reporter reporter, HibernateLine line) {
    this.elements = env.getElementUtils();
    this.line = line;
    this.active = active(env, reporter);
  }

  private boolean active(ProcessingEnvironment env, Reporter reporter) {
    String value = env.getOptions().getOrDefault(ProcessorOptions.BEAN_VALIDATION, "auto").trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "none":
        return false;
      case "ddl":
        return true;
      case "auto":
        return elements.getTypeElement("jakarta.validation.Validation") != null
            && PROVIDERS.stream().anyMatch(p -> elements.getTypeElement(p) != null);
      default:
        reporter.error(null, ProcessorMessage.PROCESSOR_OPTION_INVALID, ProcessorOptions.BEAN_VALIDATION, value, "auto, ddl, none");
        return false;
    }
  }

  /**
   * Enters embedded attribute {@code attribute} of {@code entity} (null for a collection's embeddable):
   * Hibernate applies the constraints inside only through {@code @Valid}, and their NOT NULL only when
   * the embedded attribute itself is not-null too.
   */
  void enter(EntityInfo entity, Attribute attribute) {
    Level outer = embedding.isEmpty() ? new Level(entity != null, true) : embedding.peek();
    boolean cascaded = outer.cascaded() && sides(attribute.element()).stream().anyMatch(e -> e.getAnnotationMirrors().stream()
        .anyMatch(m -> typeName(m).equals("jakarta.validation.Valid")));
    embedding.push(new Level(cascaded, cascaded && outer.notNullAllowed() && active && effect(attribute).notNull()));
  }

  /** Leaves the embedded attribute {@link #enter} entered last. */
  void exit() {
    embedding.pop();
  }

  /** The column of basic attribute {@code attribute}, changed as its constraints make Hibernate change it. */
  ColumnReader.Prepared apply(EntityInfo entity, Attribute attribute, ColumnReader.Prepared prepared) {
    Level level = embedding.isEmpty() ? new Level(true, true) : embedding.peek();
    if (!active || entity == null || !level.cascaded()) {
      return prepared;
    }
    Effect effect = effect(attribute);
    Column column = prepared.column();
    // Hibernate leaves a SINGLE_TABLE subclass's columns nullable: the other subclasses' rows share them.
    if (effect.notNull() && level.notNullAllowed() && !entity.isSingleTableSubclass()) {
      column = column.nullable(false);
    }
    ColumnType type = column.type();
    if (effect.length() != null && type instanceof ColumnType.Varchar) {
      type = new ColumnType.Varchar(effect.length());
    }
    if (effect.precision() != null && type instanceof ColumnType.Numeric) {
      type = new ColumnType.Numeric(effect.precision(), effect.scale());
    }
    if (type != column.type()) {
      column = new Column(column.name(), type, column.nullable(), column.defaultValue(), column.identity(), column.comment());
    }
    List<String> checks = effect.checks().stream().map(c -> Identifiers.sql(prepared.physicalName()) + c).toList();
    return prepared.with(column).withChecks(checks);
  }

  /** Whether the constraints on to-one {@code attribute} of {@code entity} make Hibernate require its join column. */
  boolean requiresJoinColumn(EntityInfo entity, Attribute attribute) {
    return active && !entity.isSingleTableSubclass() && effect(attribute).notNull();
  }

  private Effect effect(Attribute attribute) {
    Accumulator result = new Accumulator(isString(attribute.type()));
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (Element element : sides(attribute.element())) {
      annotations.addAll(element.getAnnotationMirrors());
    }
    result.notNull = result.apply(annotations, true, false);
    return new Effect(result.notNull, result.length, result.precision, result.scale, List.copyOf(result.checks));
  }

  /** Jakarta Validation reads a property's constraints from its field and its getter alike. */
  private List<Element> sides(Element element) {
    List<Element> sides = new ArrayList<>(List.of(element));
    String name = element.getKind() == ElementKind.FIELD ? element.getSimpleName().toString() : propertyName(element);
    for (Element sibling : element.getEnclosingElement().getEnclosedElements()) {
      if (sibling == element) {
        continue;
      }
      boolean field = sibling.getKind() == ElementKind.FIELD && sibling.getSimpleName().contentEquals(name);
      boolean getter = sibling.getKind() == ElementKind.METHOD && ((ExecutableElement) sibling).getParameters().isEmpty()
          && name.equals(propertyName(sibling));
      if (field || getter) {
        sides.add(sibling);
      }
    }
    return sides;
  }

  private static String propertyName(Element method) {
    String name = method.getSimpleName().toString();
    String bare = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
    return bare.isEmpty() ? "" : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private static boolean isString(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  /** Collects the effects of the constraints of one property as Hibernate walks them. */
  private final class Accumulator {
    final boolean string;
    boolean notNull;
    Integer length;
    Integer precision;
    Integer scale;
    final List<String> checks = new ArrayList<>();

    Accumulator(boolean string) {
      this.string = string;
    }

    /**
     * Applies the constraints among {@code annotations}; whether they make the column NOT NULL: any of
     * them does, or with {@code or} (an OR composition) every one must.
     */
    boolean apply(List<? extends AnnotationMirror> annotations, boolean topLevel, boolean or) {
      boolean first = true;
      boolean result = false;
      for (AnnotationMirror mirror : constraints(annotations)) {
        boolean own = false;
        if (!topLevel || inDefaultGroup(mirror)) {
          own = one(mirror);
          List<AnnotationMirror> parts = constraints(mirror.getAnnotationType().asElement().getAnnotationMirrors());
          if (!parts.isEmpty()) {
            own |= apply(parts, false, parts.size() >= 2 && line.orCompositionsHonoured() && isOrComposition(mirror));
          }
        }
        result = first ? own : or ? result && own : result || own;
        first = false;
      }
      return result;
    }

    /** Applies one constraint's own effect; whether it is a not-null constraint. */
    private boolean one(AnnotationMirror mirror) {
      String type = typeName(mirror);
      Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
      switch (type) {
        case CONSTRAINTS + "NotNull", CONSTRAINTS + "NotEmpty", CONSTRAINTS + "NotBlank" -> {
          return true;
        }
        case CONSTRAINTS + "Size", LENGTH -> {
          int max = (Integer) value(values, "max");
          if (string && max < Integer.MAX_VALUE) {
            length = max;
          }
        }
        case CONSTRAINTS + "Digits" -> {
          int integer = (Integer) value(values, "integer");
          int fraction = (Integer) value(values, "fraction");
          precision = integer + fraction;
          scale = fraction;
        }
        case CONSTRAINTS + "Min" -> addCheck(">=" + value(values, "value"));
        case CONSTRAINTS + "Max" -> addCheck("<=" + value(values, "value"));
        default -> { }
      }
      return false;
    }

    private void addCheck(String check) {
      // Hibernate skips a check the column already has.
      if (!checks.contains(check)) {
        checks.add(check);
      }
    }
  }

  /** The constraints among {@code annotations}, with repeated ones taken out of their {@code List} containers. */
  private List<AnnotationMirror> constraints(List<? extends AnnotationMirror> annotations) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationMirror mirror : annotations) {
      Element type = mirror.getAnnotationType().asElement();
      if (isConstraint(type)) {
        result.add(mirror);
      } else if (type.getSimpleName().contentEquals("List") && type.getEnclosingElement() instanceof TypeElement outer
          && isConstraint(outer)) {
        Object value = value(elements.getElementValuesWithDefaults(mirror), "value");
        if (value instanceof List<?> repeated) {
          repeated.forEach(v -> result.add((AnnotationMirror) ((AnnotationValue) v).getValue()));
        }
      }
    }
    return result;
  }

  private static boolean isConstraint(Element annotationType) {
    return annotationType.getAnnotationMirrors().stream().anyMatch(m -> typeName(m).equals(CONSTRAINT));
  }

  private boolean inDefaultGroup(AnnotationMirror mirror) {
    Object groups = value(elements.getElementValuesWithDefaults(mirror), "groups");
    if (!(groups instanceof List<?> list) || list.isEmpty()) {
      return true;
    }
    return list.stream().anyMatch(g -> ((AnnotationValue) g).getValue() instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(DEFAULT_GROUP));
  }

  private boolean isOrComposition(AnnotationMirror mirror) {
    for (AnnotationMirror meta : mirror.getAnnotationType().asElement().getAnnotationMirrors()) {
      if (typeName(meta).equals(COMPOSITION)) {
        Object value = value(elements.getElementValuesWithDefaults(meta), "value");
        return value != null && value.toString().equals("OR");
      }
    }
    return false;
  }

  private static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static Object value(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }
}
