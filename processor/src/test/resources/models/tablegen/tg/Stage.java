package tg;

import jakarta.persistence.*;

@Entity
public class Stage {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "stages")
  @TableGenerator(name = "stages", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_block", allocationSize = 10)
  Long id;
}
