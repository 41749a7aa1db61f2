package id.mpp.server.http.document;

/** Whether an {@code If-Match} header names the current {@code ETag} (RFC 9110 §13.1.1: a list, or {@code *}). */
final class IfMatches {

    private IfMatches() {
    }

    static boolean matches(String ifMatch, String etag) {
        if (ifMatch == null) {
            return false;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
