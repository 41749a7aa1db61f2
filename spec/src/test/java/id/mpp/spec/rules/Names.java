package id.mpp.spec.rules;

import java.util.regex.Pattern;

/** The spellings STYLE.md prescribes (section 2). */
final class Names {

    static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
    static final Pattern KEBAB_CASE = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    /** Each hyphenated word starts with a capital ({@code X-Request-Id}, {@code ETag}, {@code WWW-Authenticate}). */
    static final Pattern HYPHENATED_TITLE_CASE = Pattern.compile("^[A-Z][A-Za-z0-9]*(-[A-Z][A-Za-z0-9]*)*$");
    static final Pattern UPPER_SNAKE_CASE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    static final Pattern LOWER_CAMEL_CASE = Pattern.compile("^[a-z][a-z0-9]*([A-Z][a-z0-9]*)*$");
    static final Pattern UPPER_CAMEL_CASE = Pattern.compile("^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)*$");

    private Names() {
    }
}
