package di;

import jakarta.persistence.*;
import java.io.Serializable;

@Embeddable
public class InvoiceLineKey implements Serializable {
  Long invoiceId;
  int line;
}
