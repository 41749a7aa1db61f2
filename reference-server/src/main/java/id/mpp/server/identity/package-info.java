/**
 * The OpenID Connect provider's keys and tokens: the persisted, rotating RS256 signing keys and their JWK
 * Set, the issuing of access tokens (RFC 9068) and ID tokens, the verification of access tokens for the
 * resource endpoints, and {@code private_key_jwt} client authentication (RFC 7523). Uses nimbus-jose-jwt;
 * no framework imports.
 */
package id.mpp.server.identity;
