package otm;

import jakarta.persistence.*;

@Entity
public class Book {
  @Id Long id;
  String title;
}
