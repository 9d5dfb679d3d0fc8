package di;

import jakarta.persistence.*;

/** Maps its invoice into one attribute of its composite key. */
@Entity
public class InvoiceLine {
  @EmbeddedId InvoiceLineKey id;
  @MapsId("invoiceId") @ManyToOne Invoice invoice;
  String text;
}
