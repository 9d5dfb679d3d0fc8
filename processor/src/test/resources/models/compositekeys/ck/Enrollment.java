package ck;

import jakarta.persistence.*;

@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {
  @Id Long student;
  @Id @Column(length = 20) String course;
  String grade;
}
