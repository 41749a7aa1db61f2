package id.mpp.server.http.agency;

import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;

/**
 * The sort key of the last agency of a page, carried in a page token: region code, name in the page's language
 * and ID, joined by line feeds (none of them holds one).
 */
record AgencyCursor(String regionCode, String name, String id) {

    static final AgencyCursor FIRST = new AgencyCursor("", "", "");

    private static final String SEPARATOR = "\n";

    String encode() {
        return regionCode + SEPARATOR + name + SEPARATOR + id;
    }

    /** The cursor of a token this server signed; a payload of another shape is refused like a forged token. */
    static AgencyCursor decode(String cursor) {
        String[] parts = cursor.split(SEPARATOR, -1);
        if (parts.length != 3) {
            throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
        }
        return new AgencyCursor(parts[0], parts[1], parts[2]);
    }
}
