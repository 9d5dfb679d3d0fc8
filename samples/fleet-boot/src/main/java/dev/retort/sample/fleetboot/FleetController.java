package dev.retort.sample.fleetboot;

import dev.retort.sample.fleetboot.domain.TripRepository;
import dev.retort.sample.fleetboot.domain.VehicleRepository;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The service's own API: the fleet's vehicles with the kilometres driven in each. */
@RestController
class FleetController {

  /** A vehicle as the API shows it. */
  record VehicleView(String vin, String description, long kilometresDriven) {}

  private final VehicleRepository vehicles;
  private final TripRepository trips;

  FleetController(VehicleRepository vehicles, TripRepository trips) {
    this.vehicles = vehicles;
    this.trips = trips;
  }

  @GetMapping("/vehicles")
  @Transactional(readOnly = true)
  List<VehicleView> vehicles() {
    return vehicles.findAll().stream()
        .map(v -> new VehicleView(v.getVin(), v.getModelYear() + " " + v.getMake() + " " + v.getModel()
            + (v.getColor() == null ? "" : ", " + v.getColor()), trips.kilometresDriven(v.getVin())))
        .toList();
  }
}
