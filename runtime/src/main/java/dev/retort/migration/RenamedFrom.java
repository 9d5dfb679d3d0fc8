package dev.retort.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rename, which Retort never guesses: on an entity attribute, the old name of its
 * column; on an entity class, the old name of its table; on a collection attribute with a table of
 * its own ({@code @ElementCollection}, {@code @ManyToMany}, a {@code @OneToMany} through a join
 * table), the old name of that join or collection table. Without it, a column that disappears
 * while another appears is a drop and an add, and its data is lost. Once the rename is in a
 * migration the annotation is inert, and the processor notes that it can be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

  /** The old column name (on an attribute) or table name (on an entity or a collection), as in the database. */
  String value();
}
