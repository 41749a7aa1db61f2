package id.mpp.conformance.config;

/**
 * One test account the vendor created for the suite.
 *
 * @param username what the login form takes as the user name (an e-mail address or a NIK)
 * @param password the password ({@code null} when the vendor supplies tokens)
 * @param agencyId the agency an officer belongs to ({@code null} for a citizen)
 * @param accessToken a token the vendor supplies instead of a form login ({@code null} with a form login)
 */
public record AccountConfig(String username, String password, String agencyId, String accessToken) {
}
