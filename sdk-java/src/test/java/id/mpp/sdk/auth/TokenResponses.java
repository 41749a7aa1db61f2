package id.mpp.sdk.auth;

/** Token endpoint answers for stubs. */
public final class TokenResponses {

    private TokenResponses() {
    }

    /** A client credentials answer. */
    public static String accessToken(String accessToken, int expiresIn) {
        return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"officer agency.events\"}";
    }

    /** An answer with a refresh token. */
    public static String withRefreshToken(String accessToken, String refreshToken, int expiresIn) {
        return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"refresh_token\":\"" + refreshToken + "\",\"scope\":\"openid offline_access documents.read\"}";
    }
}
