package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import dev.retort.runtime.tooling.ShortIds;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/retort}: every revision of the build and of the database with its state, the
 * heads of the build, the revisions the database is at, and whether that is the head.
 */
@Endpoint(id = "retort")
public class RetortEndpoint {

  private final Retort retort;
  private final FutureRevisionPolicy futureRevisions;

  RetortEndpoint(Retort retort, FutureRevisionPolicy futureRevisions) {
    this.retort = retort;
    this.futureRevisions = futureRevisions;
  }

  /** The revisions with their states, read from the database now. */
  @ReadOperation
  public RetortDescriptor revisions() {
    DatabaseState state = DatabaseState.of(retort, futureRevisions);
    ShortIds shortIds = ShortIds.of(retort.revisions().stream().map(revision -> revision.id()).toList());
    List<RevisionDescriptor> revisions = state.revisions().stream().map(info -> RevisionDescriptor.of(info, shortIds)).toList();
    return new RetortDescriptor(revisions, retort.heads(), retort.current(), state.atHead());
  }

  /** The endpoint's answer. */
  public record RetortDescriptor(List<RevisionDescriptor> revisions, List<String> heads, List<String> current,
      boolean atHead) {}

  /**
   * One revision: its id and the short form the CLI and the Maven plugin show for it, parents and
   * message (from the code, else from the history row) and its state.
   */
  public record RevisionDescriptor(String revision, String shortId, List<String> parents, String message, String state,
      OffsetDateTime appliedAt, String appliedBy, Long executionMillis) {

    static RevisionDescriptor of(RevisionInfo info, ShortIds shortIds) {
      AppliedRevision row = info.applied();
      List<String> parents = info.revision() != null ? info.revision().parents() : row.parents();
      String message = info.revision() != null ? info.revision().message() : row.message();
      return new RevisionDescriptor(info.id(), shortIds.of(info.id()), parents, message, info.state().name(),
          row != null ? row.appliedAt() : null, row != null ? row.appliedBy() : null,
          row != null ? row.executionMillis() : null);
    }
  }
}
