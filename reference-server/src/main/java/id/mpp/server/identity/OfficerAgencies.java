package id.mpp.server.identity;

import java.util.Optional;

/** Finds the agency of an officer account, so that the officer's tokens say which (issue 4, item 5). */
@FunctionalInterface
public interface OfficerAgencies {
  /** The agency of the account {@code subject}, empty for a citizen. */
  Optional<String> agencyOf(String subject);

  static OfficerAgencies none() {
    return subject -> Optional.empty();
  }
}
