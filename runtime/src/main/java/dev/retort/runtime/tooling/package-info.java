/**
 * What the build tools (annotation processor, design-time engine, CLI, Maven plugin) share with the
 * runtime, so that each rule has one implementation: the revision graph and its planner, the
 * migration index format, checksums and source fingerprints, build freshness, credential redaction,
 * connections and the read side of the history table. Exported by the runtime's module; the
 * migrator's own machinery stays in the unexported {@code dev.retort.runtime.internal}.
 */
package dev.retort.runtime.tooling;
