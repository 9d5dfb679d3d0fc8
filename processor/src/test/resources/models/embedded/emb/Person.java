package emb;

import jakarta.persistence.*;

@Entity
public class Person extends Audited {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Embedded Address home;
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "work_street", length = 100))
  @AttributeOverride(name = "zip.code", column = @Column(name = "work_zip"))
  @AttributeOverride(name = "zip.plus4", column = @Column(name = "work_plus4"))
  Address work;
}
