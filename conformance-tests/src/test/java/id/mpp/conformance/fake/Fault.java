package id.mpp.conformance.fake;

/** A deliberate departure from the contract that the fake server can be switched into. */
public enum Fault {
    /** An unknown path (and an unknown agency or service) answers an HTML page. */
    HTML_NOT_FOUND,
    /** Malformed JSON answers 500. */
    MALFORMED_JSON_500,
    /** A client's X-Request-Id is replaced, never echoed. */
    REQUEST_ID_NOT_ECHOED,
    /** No response carries X-Request-Id. */
    NO_REQUEST_ID,
    /** The problem for an unserved region has no type. */
    PROBLEM_WITHOUT_TYPE,
    /** A secured operation without a valid token answers 403. */
    FORBIDDEN_INSTEAD_OF_401,
    /** The 401 answer has no WWW-Authenticate challenge. */
    NO_WWW_AUTHENTICATE,
    /** page_size=0 is accepted. */
    PAGE_SIZE_ZERO_ACCEPTED,
    /** A page_token the server never issued is accepted. */
    FORGED_PAGE_TOKEN_ACCEPTED,
    /** No response carries X-Content-Type-Options. */
    NO_NOSNIFF,
    /** getRegion answers the region code as a JSON number, against the schema. */
    REGION_CODE_AS_NUMBER,
    /** The 405 answer has no Allow header. */
    NO_ALLOW_HEADER,
    /** Discovery advertises the plain PKCE method. */
    PKCE_PLAIN_ADVERTISED,
    /** The JWK Set leaks the private exponent. */
    JWKS_PRIVATE_MEMBER,
    /** Accept-Language is ignored: texts are always Indonesian. */
    ACCEPT_LANGUAGE_IGNORED,
    /** The token endpoint's errors may be cached. */
    TOKEN_ERRORS_CACHEABLE,
    /** A client that fails to authenticate gets 400 invalid_request instead of 401 invalid_client. */
    INVALID_CLIENT_AS_400,
    /** The authorization endpoint accepts the plain PKCE method. */
    PKCE_PLAIN_ACCEPTED,
    /** The authorization endpoint matches redirect URIs by prefix. */
    REDIRECT_URI_PREFIX_MATCH,
    /** Services carry an agency_name that is not their agency's name. */
    SERVICE_AGENCY_NAME_STALE,
    /** The login page may be framed by the same origin. */
    LOGIN_PAGE_FRAMEABLE
}
