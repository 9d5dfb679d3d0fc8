package bv;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composed constraint: its parts apply as if written on the attribute. */
@NotNull
@Size(max = 12)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MemberCode {
  String message() default "not a member code";
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {};
}
