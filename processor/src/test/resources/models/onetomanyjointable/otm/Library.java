package otm;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Each kind of collection Hibernate keys differently, as unidirectional one-to-many join tables. */
@Entity
public class Library {
  @Id Long id;
  @OneToMany Set<Book> books;
  @OneToMany @JoinTable(name = "library_featured") List<Book> featured;
  @OneToMany @JoinTable(name = "library_shelf") @OrderColumn List<Book> shelf;
  @OneToMany @JoinTable(name = "library_loans") @MapKeyColumn(name = "member") Map<String, Book> loans;
  @OneToMany @JoinTable(name = "library_codes") Map<Integer, Book> codes;
}
