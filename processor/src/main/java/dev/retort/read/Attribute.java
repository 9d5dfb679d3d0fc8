package dev.retort.read;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute: its name, the field or getter that declares it (where its annotations
 * and diagnostics go) and its type as seen from the class being mapped.
 */
public record Attribute(String name, Element element, TypeMirror type) {

  /** {@code Owner.name}, how messages name the attribute. */
  public String describe() {
    return element.getEnclosingElement().getSimpleName() + "." + name;
  }
}
