package dev.retort.model;

import java.util.Objects;

/** A named check constraint; {@code expression} is the boolean SQL expression without {@code CHECK}. */
public record CheckConstraint(String name, String expression) {

  public CheckConstraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("check constraint " + name + " needs an expression");
    }
  }
}
