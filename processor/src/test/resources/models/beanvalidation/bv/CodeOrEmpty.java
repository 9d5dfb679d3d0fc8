package bv;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;

/** An OR composition: one part allows null, so Hibernate leaves the column nullable. */
@ConstraintComposition(CompositionType.OR)
@NotNull
@Null
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CodeOrEmpty {
  String message() default "a code or nothing";
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {};
}
