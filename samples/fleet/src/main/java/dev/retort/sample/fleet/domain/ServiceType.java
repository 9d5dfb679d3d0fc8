package dev.retort.sample.fleet.domain;

/** The kinds of regular service a vehicle gets; stored by name. */
public enum ServiceType {
  OIL_CHANGE,
  TIRE_ROTATION,
  BRAKE_INSPECTION,
  ANNUAL_INSPECTION,
  ENGINE_SERVICE
}
