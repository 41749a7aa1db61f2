package id.mpp.server.domain.vault;

/** The holder's name as the public check of an issued document shows it: each word's first letter, then stars. */
public final class HolderNames {

    private HolderNames() {
    }

    /** {@code Ayu Pratiwi Nugroho} becomes {@code A** P****** N******}. */
    public static String mask(String fullName) {
        StringBuilder masked = new StringBuilder();
        for (String word : fullName.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.codePointAt(0);
            masked.appendCodePoint(first);
            int rest = word.codePointCount(0, word.length()) - 1;
            masked.append("*".repeat(rest));
        }
        String result = masked.toString();
        return result.length() > 200 ? result.substring(0, 200) : result;
    }
}
