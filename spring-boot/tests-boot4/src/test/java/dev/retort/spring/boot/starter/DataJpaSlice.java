package dev.retort.spring.boot.starter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * Boot 4.0's {@code @DataJpaTest} (its package differs between the lines) on the configured
 * PostgreSQL, not a replaced embedded database, with Hibernate validating: the slice the shared
 * {@link DataJpaTestMigrationTest} runs as.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(properties = {"spring.test.database.replace=none", "spring.jpa.hibernate.ddl-auto=validate"})
@interface DataJpaSlice {}
