package tj;

import jakarta.persistence.*;

/** To-one associations kept in join tables instead of join columns. */
@Entity
public class Employee {
  @Id Long id;
  String name;
  @ManyToOne
  @JoinTable(name = "employee_desk", joinColumns = @JoinColumn(name = "employee_id"), inverseJoinColumns = @JoinColumn(name = "desk_id"))
  Desk desk;
  @OneToOne @JoinTable(name = "employee_locker") Locker locker;
  @ManyToOne(optional = false) @JoinTable(name = "employee_mentor") Employee mentor;
}
