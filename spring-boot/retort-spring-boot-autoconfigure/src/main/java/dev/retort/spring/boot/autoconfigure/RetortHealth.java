package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.Retort;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the health indicators of both Boot lines report: up when the database is at the head of
 * this build, down otherwise, with the heads, the database's revisions and what is outstanding.
 */
record RetortHealth(boolean up, Map<String, Object> details) {

  static RetortHealth of(Retort retort, FutureRevisionPolicy futureRevisions) {
    DatabaseState state = DatabaseState.of(retort, futureRevisions);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("heads", retort.heads());
    details.put("current", retort.current());
    details.put("outstanding", state.outstanding());
    return new RetortHealth(state.atHead(), details);
  }
}
