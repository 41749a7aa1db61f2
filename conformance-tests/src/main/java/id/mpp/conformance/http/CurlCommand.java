package id.mpp.conformance.http;

/** Writes a {@code curl} command line that sends a recorded (redacted) request again. */
public final class CurlCommand {

    private CurlCommand() {
    }

    /** The command for this exchange's request. */
    public static String of(Exchange e) {
        StringBuilder sb = new StringBuilder("curl -i -X ").append(e.method()).append(' ').append(quote(e.url()));
        e.requestHeaders().forEach((name, values) -> values.forEach(v ->
                sb.append(" -H ").append(quote(name + ": " + v))));
        if (e.requestBody() != null) {
            sb.append(" --data-binary ").append(quote(e.requestBody()));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
