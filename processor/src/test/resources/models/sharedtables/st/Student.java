package st;

import jakarta.persistence.*;
import java.util.Set;

/** Owns its courses through a join table that Course declares too, from its side. */
@Entity
public class Student {
  @Id Long id;
  @ManyToMany
  @JoinTable(name = "student_course", joinColumns = @JoinColumn(name = "student_id"),
      inverseJoinColumns = @JoinColumn(name = "course_id"))
  Set<Course> courses;
}
