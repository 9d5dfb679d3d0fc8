package coll;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Author {
  public enum Genre { POETRY, PROSE }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ElementCollection Set<String> emails;
  @ElementCollection @CollectionTable(name = "author_nicknames") @Column(name = "nickname", length = 40) List<String> nicknames;
  @ElementCollection @Enumerated(EnumType.STRING) Set<Genre> genres;
}
