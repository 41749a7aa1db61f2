package id.mpp.server.domain.oauth;

import java.util.Optional;

/** Finds registered clients by ID. */
public interface ClientDirectory {
  Optional<Client> find(String clientId);
}
