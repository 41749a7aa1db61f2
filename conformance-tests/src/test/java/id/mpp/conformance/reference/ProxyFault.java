package id.mpp.conformance.reference;

/** A departure from the contract that {@link FaultProxy} makes the real reference server show. */
public enum ProxyFault {
    /** A bearer token with {@code alg} {@code none} is taken as the last genuine token of its subject. */
    ALG_NONE_ACCEPTED,
    /** Any bearer token the provider did not issue is taken as the last genuine token of its subject. */
    SIGNATURE_NOT_VERIFIED,
    /** A code redeemed a second time answers the first redemption's tokens again. */
    CODE_REUSE_ACCEPTED,
    /** PKCE is not checked: every code_verifier (or none) redeems the code. */
    PKCE_NOT_CHECKED,
    /** A rotated refresh token used again answers the tokens of its first use. */
    REFRESH_REUSE_ACCEPTED,
    /** UserInfo releases a NIK whatever the token's scopes. */
    USERINFO_RELEASES_NIK,
    /** PATCH and DELETE of /v1/me ignore If-Match (the current ETag is sent in its place). */
    IF_MATCH_IGNORED,
    /** Authorization redirects carry no iss parameter. */
    REDIRECT_WITHOUT_ISS,
    /** getWebhookSubscription shows a signing secret. */
    WEBHOOK_SECRET_SHOWN,
    /** createWebhookSubscription answers a secret other than the one the server signs deliveries with. */
    WEBHOOK_SECRET_MISREPORTED
}
