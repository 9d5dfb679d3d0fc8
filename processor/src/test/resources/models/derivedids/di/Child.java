package di;

import jakarta.persistence.*;

/** Derives its key from its parent: the key class holds the parent's id type. */
@Entity
@IdClass(ChildKey.class)
public class Child {
  @Id @ManyToOne Parent parent;
  @Id int position;
  String label;
}
