package dev.retort.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * One JPA (or Hibernate) annotation found on an element, read by name so that {@code jakarta.persistence}
 * and {@code javax.persistence} are the same to the reader; values fall back to the declared defaults.
 */
public final class Jpa {

  private static final String JAKARTA = "jakarta.persistence.";
  private static final String JAVAX = "javax.persistence.";
  private static final String HIBERNATE = "org.hibernate.annotations.";

  /**
   * The defaults of each annotation type, by attribute, while a {@link SchemaReader} reads: javac
   * compares names by decoding them to strings, and looking a default up among the annotation's
   * members for every defaulted attribute of every column was the reader's largest cost on big models.
   * Held per thread and only during a read, so no compilation's symbols outlive it.
   */
  private static final ThreadLocal<Map<Element, Map<String, AnnotationValue>>> DEFAULTS = new ThreadLocal<>();

  private final AnnotationMirror mirror;
  /** The attributes written out, by name; decoded from javac's names once per annotation. */
  private final Map<String, AnnotationValue> values;

  private Jpa(AnnotationMirror mirror) {
    this.mirror = mirror;
    Map<? extends ExecutableElement, ? extends AnnotationValue> given = mirror.getElementValues();
    if (given.isEmpty()) {
      this.values = Map.of();
    } else {
      Map<String, AnnotationValue> byName = new HashMap<>();
      given.forEach((member, value) -> byName.putIfAbsent(member.getSimpleName().toString(), value));
      this.values = byName;
    }
  }

  /** Runs {@code read} with the defaults of annotation types cached for its duration, on this thread. */
  static <T> T withDefaultsCached(Supplier<T> read) {
    if (DEFAULTS.get() != null) {
      return read.get();
    }
    DEFAULTS.set(new HashMap<>());
    try {
      return read.get();
    } finally {
      DEFAULTS.remove();
    }
  }

  /** The annotation {@code simpleName} of either persistence package on {@code element}, if present. */
  public static Optional<Jpa> find(Element element, String simpleName) {
    if (element == null) {
      return Optional.empty();
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (is(mirror, simpleName)) {
        return Optional.of(new Jpa(mirror));
      }
    }
    return Optional.empty();
  }

  /** The annotation whose type is {@code qualifiedName} on {@code element}, if present. */
  static Optional<Jpa> findQualified(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(new Jpa(mirror));
      }
    }
    return Optional.empty();
  }

  /** The annotation {@code org.hibernate.annotations.<simpleName>} on {@code element}, if present. */
  public static Optional<Jpa> findHibernate(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getSimpleName().contentEquals(simpleName) && type.getQualifiedName().contentEquals(HIBERNATE + simpleName)) {
        return Optional.of(new Jpa(mirror));
      }
    }
    return Optional.empty();
  }

  /** The Hibernate annotations {@code simpleName} on {@code element}, with those inside its container {@code containerName}. */
  public static List<Jpa> findHibernateRepeatable(Element element, String simpleName, String containerName) {
    List<Jpa> found = new ArrayList<>();
    findHibernate(element, simpleName).ifPresent(found::add);
    findHibernate(element, containerName).ifPresent(container -> found.addAll(container.annotations("value")));
    return found;
  }

  /** Whether {@code element} carries the annotation {@code simpleName} of either persistence package. */
  public static boolean has(Element element, String simpleName) {
    return find(element, simpleName).isPresent();
  }

  /** Whether {@code mirror} is the annotation {@code simpleName} of either persistence package. */
  public static boolean is(AnnotationMirror mirror, String simpleName) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    // The simple name first: javac compares its names without building a string, and it rules out
    // nearly every annotation; the reader asks this for each annotation kind on every attribute.
    if (!type.getSimpleName().contentEquals(simpleName)) {
      return false;
    }
    String name = type.getQualifiedName().toString();
    return name.equals(JAKARTA + simpleName) || name.equals(JAVAX + simpleName);
  }

  /** The annotations {@code simpleName} on {@code element}, together with those inside its container {@code containerName}. */
  public static List<Jpa> findRepeatable(Element element, String simpleName, String containerName) {
    List<Jpa> found = new ArrayList<>();
    find(element, simpleName).ifPresent(found::add);
    find(element, containerName).ifPresent(container -> found.addAll(container.annotations("value")));
    return found;
  }

  /** The annotation as javac sees it, for attaching diagnostics. */
  public AnnotationMirror mirror() {
    return mirror;
  }

  /** Whether the attribute was written out rather than defaulted. */
  public boolean isSet(String attribute) {
    return explicit(attribute) != null;
  }

  /** A string attribute; the empty string when it was not given and has no other default. */
  public String string(String attribute) {
    Object value = value(attribute);
    return value == null ? "" : value.toString();
  }

  /** An int attribute, or {@code orElse} when it has no value. */
  public int integer(String attribute, int orElse) {
    Object value = value(attribute);
    return value instanceof Integer i ? i : orElse;
  }

  /** A boolean attribute, or {@code orElse} when it has no value. */
  public boolean bool(String attribute, boolean orElse) {
    Object value = value(attribute);
    return value instanceof Boolean b ? b : orElse;
  }

  /** The constant name of an enum attribute, or {@code orElse} when it has no value. */
  public String enumName(String attribute, String orElse) {
    Object value = value(attribute);
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : orElse;
  }

  /** A class attribute, or null when it is absent or {@code void.class}. */
  public TypeMirror type(String attribute) {
    Object value = value(attribute);
    if (value instanceof DeclaredType type) {
      return type;
    }
    return null;
  }

  /** A single nested annotation attribute, if it was given. */
  public Optional<Jpa> annotation(String attribute) {
    AnnotationValue value = explicit(attribute);
    return value != null && value.getValue() instanceof AnnotationMirror nested ? Optional.of(new Jpa(nested)) : Optional.empty();
  }

  /** An array of nested annotations, empty when it was not given. */
  public List<Jpa> annotations(String attribute) {
    List<Jpa> result = new ArrayList<>();
    for (Object item : array(attribute)) {
      if (item instanceof AnnotationMirror nested) {
        result.add(new Jpa(nested));
      }
    }
    return result;
  }

  /** An array of strings, empty when it was not given. */
  public List<String> strings(String attribute) {
    List<String> result = new ArrayList<>();
    for (Object item : array(attribute)) {
      result.add(item.toString());
    }
    return result;
  }

  private List<Object> array(String attribute) {
    Object value = value(attribute);
    List<Object> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        result.add(item instanceof AnnotationValue v ? v.getValue() : item);
      }
    } else if (value != null) {
      result.add(value);
    }
    return result;
  }

  private Object value(String attribute) {
    AnnotationValue value = explicit(attribute);
    if (value == null) {
      value = defaults(mirror.getAnnotationType().asElement()).get(attribute);
    }
    return value == null ? null : value.getValue();
  }

  private static Map<String, AnnotationValue> defaults(Element annotationType) {
    Map<Element, Map<String, AnnotationValue>> cache = DEFAULTS.get();
    Map<String, AnnotationValue> defaults = cache == null ? null : cache.get(annotationType);
    if (defaults == null) {
      defaults = new HashMap<>();
      for (Element member : annotationType.getEnclosedElements()) {
        if (member instanceof ExecutableElement method && method.getDefaultValue() != null) {
          defaults.put(method.getSimpleName().toString(), method.getDefaultValue());
        }
      }
      if (cache != null) {
        cache.put(annotationType, defaults);
      }
    }
    return defaults;
  }

  private AnnotationValue explicit(String attribute) {
    return values.get(attribute);
  }
}
