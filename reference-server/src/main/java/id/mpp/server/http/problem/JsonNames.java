package id.mpp.server.http.problem;

/** Java property names as the contract spells them in JSON (snake_case, STYLE R-202). */
final class JsonNames {

    private JsonNames() {
    }

    static String snakeCase(String javaName) {
        StringBuilder name = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
