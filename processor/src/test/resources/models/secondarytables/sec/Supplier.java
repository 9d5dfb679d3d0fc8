package sec;

import jakarta.persistence.*;

@Entity
@Table(name = "suppliers")
@SecondaryTables({
  @SecondaryTable(name = "supplier_contacts", pkJoinColumns = @PrimaryKeyJoinColumn(name = "supplier_ref")),
  @SecondaryTable(name = "supplier_ratings", schema = "rating",
      foreignKey = @ForeignKey(name = "fk_rating_supplier"),
      uniqueConstraints = @UniqueConstraint(columnNames = "agency"),
      indexes = @Index(columnList = "score"))
})
public class Supplier {
  @Id @Column(length = 12) String code;
  @Column(table = "supplier_contacts") String email;
  @Column(table = "supplier_contacts", unique = true) String phone;
  @Column(table = "supplier_ratings") Integer score;
  @Column(table = "supplier_ratings") String agency;
  @ManyToOne @JoinColumn(table = "supplier_contacts") Customer accountManager;
}
