package cj;

import jakarta.persistence.*;

@Entity
public class Transfer {
  @Id Long id;
  @ManyToOne Account source;
  @ManyToOne(optional = false)
  @JoinColumns(value = {
    @JoinColumn(name = "dst_number", referencedColumnName = "number"),
    @JoinColumn(name = "dst_region", referencedColumnName = "region")
  }, foreignKey = @ForeignKey(name = "fk_transfer_target"))
  Account target;
  @OneToOne Ledger ledger;
  @OneToOne Account mirror;
}
