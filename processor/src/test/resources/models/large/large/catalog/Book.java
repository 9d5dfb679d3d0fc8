package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Book extends Product {
  @Column(length = 17) String isbn;
  int pages;
  @Column(length = 200) String author;
}
