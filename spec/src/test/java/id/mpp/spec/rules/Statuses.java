package id.mpp.spec.rules;

/** How the rules read the keys of a {@code responses} object. */
final class Statuses {

    private Statuses() {
    }

    /** A 4xx or 5xx status, a {@code 4XX}/{@code 5XX} range, or {@code default}. */
    static boolean isError(String status) {
        return status.matches("[45]\\d\\d|[45]XX") || status.equals("default");
    }

    static boolean isClientError(String status) {
        return status.matches("4\\d\\d|4XX");
    }

    static boolean isSuccess(String status) {
        return status.matches("2\\d\\d|2XX");
    }
}
