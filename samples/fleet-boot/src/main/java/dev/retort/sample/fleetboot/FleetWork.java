package dev.retort.sample.fleetboot;

import dev.retort.sample.fleetboot.domain.Driver;
import dev.retort.sample.fleetboot.domain.DriverRepository;
import dev.retort.sample.fleetboot.domain.Trip;
import dev.retort.sample.fleetboot.domain.TripRepository;
import dev.retort.sample.fleetboot.domain.Vehicle;
import dev.retort.sample.fleetboot.domain.VehicleRepository;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a database without them, registers the sample's vehicle and driver and their first trip. */
@Component
class FleetWork implements ApplicationRunner {

  static final String VIN = "1FTBR1C82PKA12345";
  static final String LICENCE = "D-4711-2209";

  private final VehicleRepository vehicles;
  private final DriverRepository drivers;
  private final TripRepository trips;

  FleetWork(VehicleRepository vehicles, DriverRepository drivers, TripRepository trips) {
    this.vehicles = vehicles;
    this.drivers = drivers;
    this.trips = trips;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (vehicles.findByVin(VIN).isPresent()) {
      return;
    }
    Vehicle van = vehicles.save(new Vehicle(VIN, "Ford", "Transit", 2023, "white"));
    Driver ada = drivers.findByLicenceNumber(LICENCE).orElseGet(() -> drivers.save(new Driver("Ada Lovelace", LICENCE)));
    trips.save(new Trip(van, ada, LocalDate.of(2026, 12, 1), 182));
  }
}
