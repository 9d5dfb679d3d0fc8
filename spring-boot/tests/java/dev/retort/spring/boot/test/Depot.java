package dev.retort.spring.boot.test;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A depot, added in the second revision, so that tests can stop the upgrade at the first. */
@Entity
public class Depot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String cityName;

  protected Depot() {}

  public Depot(String cityName) {
    this.cityName = cityName;
  }

  public Long getId() {
    return id;
  }

  public String getCityName() {
    return cityName;
  }
}
