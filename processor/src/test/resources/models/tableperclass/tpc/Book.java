package tpc;

import jakarta.persistence.*;

@Entity
public class Book extends Product {
  String isbn;
}
