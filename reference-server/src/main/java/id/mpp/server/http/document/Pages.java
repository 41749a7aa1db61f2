package id.mpp.server.http.document;

import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.document.VaultStore;
import id.mpp.server.storage.document.VaultStore.Cursor;

/** Keyset page tokens of the vault's lists: the (instant, ID) cursor, signed and bound to the filters. */
final class Pages {
    static final int DEFAULT_SIZE = 20;

    private Pages() {
    }

    static int size(Integer pageSize) {
        return pageSize == null ? DEFAULT_SIZE : pageSize;
    }

    static Cursor cursor(PageTokens tokens, String token, String filters) {
        return tokens.cursor(token, filters)
                .map(text -> Cursor.decode(text).orElseThrow(() -> ProblemException.invalid(PageTokens.POINTER,
                        "INVALID_PAGE_TOKEN")))
                .orElse(VaultStore.NO_CURSOR);
    }

    static String filters(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part == null ? "" : part.toString()).append('|');
        }
        return text.toString();
    }
}
