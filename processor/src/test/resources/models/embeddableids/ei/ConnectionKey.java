package ei;

import jakarta.persistence.*;
import java.io.Serializable;

@Embeddable
public class ConnectionKey implements Serializable {
  String userId;
  String providerId;
  @Column(name = "provider_user_id") String providerUserId;
}
