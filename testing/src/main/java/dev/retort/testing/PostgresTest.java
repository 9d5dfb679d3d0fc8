package dev.retort.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as needing PostgreSQL: the class (with its {@code @Nested} classes) gets one
 * fresh database, created before its first test and dropped after its last, and injected wherever
 * a {@link TestDatabase} parameter is declared.
 *
 * @see PostgresExtension
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {}
