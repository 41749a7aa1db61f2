package id.mpp.server.domain.oauth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ClientDirectory} held in memory, for tests and fixed registrations. */
public final class InMemoryClientDirectory implements ClientDirectory {
  private final Map<String, Client> clients = new ConcurrentHashMap<>();

  public InMemoryClientDirectory(Client... clients) {
    for (Client client : clients) {
      register(client);
    }
  }

  public void register(Client client) {
    clients.put(client.clientId(), client);
  }

  @Override
  public Optional<Client> find(String clientId) {
    return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
  }
}
