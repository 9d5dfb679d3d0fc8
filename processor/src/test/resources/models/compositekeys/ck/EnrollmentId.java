package ck;

import java.io.Serializable;

public class EnrollmentId implements Serializable {
  Long student;
  String course;
}
