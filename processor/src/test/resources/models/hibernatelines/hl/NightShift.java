package hl;

import jakarta.persistence.*;

/** A subclass with a required to-one and a required basic, which share the table with other shifts' rows. */
@Entity
public class NightShift extends Shift {
  @ManyToOne(optional = false) Crew crew;
  @Basic(optional = false) String lead;
}
