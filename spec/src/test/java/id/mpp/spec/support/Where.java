package id.mpp.spec.support;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place in the contract, printed for people ({@code paths[/v1/me].get.responses.200}) and usable as a JSON
 * Pointer into the same tree.
 */
public final class Where {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$-]+");

    private final List<String> parts;

    private Where(List<String> parts) {
        this.parts = List.copyOf(parts);
    }

    public static Where of(String... parts) {
        return new Where(List.of(parts));
    }

    public Where child(String... more) {
        List<String> all = new ArrayList<>(parts);
        all.addAll(List.of(more));
        return new Where(all);
    }

    /** The JSON Pointer of this place in the document tree. */
    public JsonPointer pointer() {
        StringBuilder pointer = new StringBuilder();
        for (String part : parts) {
            pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return JsonPointer.compile(pointer.toString());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (PLAIN.matcher(part).matches()) {
                text.append(text.length() == 0 ? "" : ".").append(part);
            } else {
                text.append('[').append(part).append(']');
            }
        }
        return text.toString();
    }
}
