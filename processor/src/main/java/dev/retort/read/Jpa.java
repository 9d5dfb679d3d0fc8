package dev.retort.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
   * What a {@link SchemaReader} remembers while it reads, held per thread and only during a read, so
   * no compilation's symbols outlive it. The reader asks each attribute for some thirty annotation
   * kinds, and javac compares names by decoding them to strings: scanning an element's annotations
   * for every question was the reader's largest cost on big models, so each element's annotations
   * are indexed once, each annotation type's name decoded once, and each annotation's defaults found once.
   */
  private static final class ReadCache {
    final Map<Element, Map<String, AnnotationValue>> defaults = new HashMap<>();
    final Map<Element, Found> found = new IdentityHashMap<>();
    final Map<Element, String> typeNames = new IdentityHashMap<>();
  }

  /**
   * The annotations of one element: the persistence ones (of either package) and Hibernate's by
   * simple name, and every one by qualified name; the first of each, as a scan in declaration order
   * would find it.
   */
  private record Found(Map<String, Jpa> persistence, Map<String, Jpa> hibernate, Map<String, Jpa> qualified) {

    static final Found NONE = new Found(Map.of(), Map.of(), Map.of());
  }

  private static final ThreadLocal<ReadCache> CACHE = new ThreadLocal<>();

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
    if (CACHE.get() != null) {
      return read.get();
    }
    CACHE.set(new ReadCache());
    try {
      return read.get();
    } finally {
      CACHE.remove();
    }
  }

  /** The annotation {@code simpleName} of either persistence package on {@code element}, if present. */
  public static Optional<Jpa> find(Element element, String simpleName) {
    if (element == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(found(element).persistence().get(simpleName));
  }

  /** The annotation whose type is {@code qualifiedName} on {@code element}, if present. */
  static Optional<Jpa> findQualified(Element element, String qualifiedName) {
    return Optional.ofNullable(found(element).qualified().get(qualifiedName));
  }

  /** The annotation {@code org.hibernate.annotations.<simpleName>} on {@code element}, if present. */
  public static Optional<Jpa> findHibernate(Element element, String simpleName) {
    return Optional.ofNullable(found(element).hibernate().get(simpleName));
  }

  /** The annotations of {@code element}, indexed once per read. */
  private static Found found(Element element) {
    ReadCache cache = CACHE.get();
    if (cache == null) {
      return index(element, null);
    }
    Found found = cache.found.get(element);
    if (found == null) {
      found = index(element, cache);
      cache.found.put(element, found);
    }
    return found;
  }

  private static Found index(Element element, ReadCache cache) {
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    if (mirrors.isEmpty()) {
      return Found.NONE;
    }
    Map<String, Jpa> persistence = new HashMap<>(4);
    Map<String, Jpa> hibernate = Map.of();
    Map<String, Jpa> qualified = new HashMap<>(4);
    for (AnnotationMirror mirror : mirrors) {
      String name = typeName(mirror.getAnnotationType().asElement(), cache);
      if (qualified.containsKey(name)) {
        continue;
      }
      Jpa jpa = new Jpa(mirror);
      qualified.put(name, jpa);
      String simpleName = name.startsWith(JAKARTA) ? name.substring(JAKARTA.length())
          : name.startsWith(JAVAX) ? name.substring(JAVAX.length()) : null;
      if (simpleName != null && simpleName.indexOf('.') < 0) {
        persistence.putIfAbsent(simpleName, jpa);
      } else if (name.startsWith(HIBERNATE)) {
        hibernate = hibernate.isEmpty() ? new HashMap<>(4) : hibernate;
        hibernate.put(name.substring(HIBERNATE.length()), jpa);
      }
    }
    return new Found(persistence, hibernate, qualified);
  }

  private static String typeName(Element annotationType, ReadCache cache) {
    if (cache == null) {
      return ((TypeElement) annotationType).getQualifiedName().toString();
    }
    return cache.typeNames.computeIfAbsent(annotationType, t -> ((TypeElement) t).getQualifiedName().toString());
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
    ReadCache read = CACHE.get();
    Map<Element, Map<String, AnnotationValue>> cache = read == null ? null : read.defaults;
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
