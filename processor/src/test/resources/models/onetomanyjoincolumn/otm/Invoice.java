package otm;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Invoice {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @OneToMany @JoinColumn(name = "invoice_id") List<Line> lines;
  @OneToMany @JoinColumn Set<Note> notes;
  @OneToMany @JoinColumn(name = "attached_to", nullable = false, foreignKey = @ForeignKey(name = "fk_attachment_invoice")) List<Attachment> attachments;
}
