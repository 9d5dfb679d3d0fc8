package shop;

import jakarta.persistence.*;

@Entity
public class PurchaseOrder {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Customer customer;
  @ManyToOne @JoinColumn(name = "reviewer", foreignKey = @ForeignKey(name = "fk_order_reviewer")) Customer reviewedBy;
  @OneToOne Tag mainTag;
  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Tag loose;
  @ManyToOne @JoinColumn(name = "tag_label", referencedColumnName = "label") Tag byLabel;
}
