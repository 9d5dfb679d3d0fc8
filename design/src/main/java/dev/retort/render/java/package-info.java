/**
 * The Java source writer: renders operations as a migration class that calls the fluent
 * {@code Operations} builder, one statement per operation, deterministically.
 */
package dev.retort.render.java;
