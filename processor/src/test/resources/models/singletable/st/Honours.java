package st;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("H")
public class Honours extends Grade {
}
