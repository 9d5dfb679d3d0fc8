package hb;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.*;
import org.hibernate.type.SqlTypes;

@Entity
@Check(constraints = "score >= 0")
@Check(name = "title_not_blank", constraints = "length(title) > 0")
@Comment("Published articles")
@SQLRestriction("deleted = false")
public class Article {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @NaturalId String slug;
  String title;
  @ColumnDefault("0") int score;
  @Check(constraints = "views >= 0") Integer views;
  @Comment("Shown under the title") String subtitle;
  @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> metadata;
  @JdbcTypeCode(SqlTypes.JSON) String rawJson;
  @Formula("score * 2") int doubled;
  @CreationTimestamp Instant createdAt;
  @UpdateTimestamp Instant updatedAt;
  boolean deleted;
}
