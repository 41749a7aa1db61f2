package id.mpp.server.config;

import java.util.Set;

/**
 * Which clients may call the introspection endpoint ({@code mpp.clients.<id>.introspection}, true unless set
 * false); an authenticated client outside the set answers {@code 403 forbidden}.
 */
public final class IntrospectionPermissions {
    private final Set<String> clientIds;

    IntrospectionPermissions(Set<String> clientIds) {
        this.clientIds = Set.copyOf(clientIds);
    }

    public boolean mayIntrospect(String clientId) {
        return clientIds.contains(clientId);
    }
}
