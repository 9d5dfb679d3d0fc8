package otm;

import jakarta.persistence.*;

@Entity
public class Attachment {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String text;
}
