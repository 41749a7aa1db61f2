package id.mpp.server.domain.service;

import java.util.Optional;

/**
 * The service catalogue as the applications side needs it (the seam between them; the catalogue implements it).
 */
public interface ServiceDirectory {

    /** The service with this ID, active or not; empty when there is none. */
    Optional<ServiceDefinition> find(String serviceId);
}
