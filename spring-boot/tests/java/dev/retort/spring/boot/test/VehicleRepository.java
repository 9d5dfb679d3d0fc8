package dev.retort.spring.boot.test;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data's repository of vehicles. */
public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

  Optional<Vehicle> findByPlateNumber(String plateNumber);
}
