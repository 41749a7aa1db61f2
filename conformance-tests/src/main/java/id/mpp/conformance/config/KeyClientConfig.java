package id.mpp.conformance.config;

/**
 * The agency back-end client registered for {@code private_key_jwt} (capability {@code private-key-jwt}): the
 * suite signs its {@code client_assertion}s with the private key given here.
 *
 * @param clientId the client ID
 * @param privateJwk the private signing key as a JWK (JSON text; EC P-256 for ES256, or RSA for RS256/PS256),
 *     whose public part is in the client's registered JWK Set
 */
public record KeyClientConfig(String clientId, String privateJwk) {
}
