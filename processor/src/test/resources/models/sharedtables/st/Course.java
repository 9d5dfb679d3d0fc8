package st;

import jakarta.persistence.*;
import java.util.Set;

/** Declares the same join table as Student, with the columns swapped. */
@Entity
public class Course {
  @Id Long id;
  String title;
  @ManyToMany
  @JoinTable(name = "student_course", joinColumns = @JoinColumn(name = "course_id"),
      inverseJoinColumns = @JoinColumn(name = "student_id"))
  Set<Student> students;
}
