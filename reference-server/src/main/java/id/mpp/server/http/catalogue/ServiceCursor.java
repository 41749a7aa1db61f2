package id.mpp.server.http.catalogue;

import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;

/**
 * The sort key of the last service of a page, carried in a page token, joined by line feeds (none of its parts
 * holds one): without {@code q} the region code, the name in the page's language and the ID ({@code K}); with
 * {@code q} the relevance and the ID ({@code R}).
 */
record ServiceCursor(String regionCode, String name, int relevance, String id) {

    private static final String SEPARATOR = "\n";

    static ServiceCursor ordered(String regionCode, String name, String id) {
        return new ServiceCursor(regionCode, name, 0, id);
    }

    static ServiceCursor ranked(int relevance, String id) {
        return new ServiceCursor("", "", relevance, id);
    }

    String encodeOrdered() {
        return "K" + SEPARATOR + regionCode + SEPARATOR + name + SEPARATOR + id;
    }

    String encodeRanked() {
        return "R" + SEPARATOR + relevance + SEPARATOR + id;
    }

    /** The cursor of a token this server signed; a payload of another shape is refused like a forged token. */
    static ServiceCursor decode(String cursor, boolean ranked) {
        String[] parts = cursor.split(SEPARATOR, -1);
        try {
            if (ranked && parts.length == 3 && "R".equals(parts[0])) {
                return ranked(Integer.parseInt(parts[1]), parts[2]);
            }
            if (!ranked && parts.length == 4 && "K".equals(parts[0])) {
                return ordered(parts[1], parts[2], parts[3]);
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
    }
}
