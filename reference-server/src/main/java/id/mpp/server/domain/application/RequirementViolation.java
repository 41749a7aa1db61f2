package id.mpp.server.domain.application;

/**
 * One offending document of a submission or revision (APP-004 to APP-008): where it is in the request
 * ({@code #/documents/<index>}, or {@code #/documents} for a missing required one), the contract's code, and the
 * document type and ID the message names.
 */
public record RequirementViolation(String pointer, String code, String documentType, String documentId) {

    public static final String REQUIRED_DOCUMENT_MISSING = "REQUIRED_DOCUMENT_MISSING";
    public static final String DOCUMENT_NOT_FOUND = "DOCUMENT_NOT_FOUND";
    public static final String DOCUMENT_TYPE_MISMATCH = "DOCUMENT_TYPE_MISMATCH";
    public static final String NOT_A_REQUIREMENT = "NOT_A_REQUIREMENT";
    public static final String DOCUMENT_REJECTED = "DOCUMENT_REJECTED";
    public static final String DOCUMENT_STATUS_NOT_ACCEPTED = "DOCUMENT_STATUS_NOT_ACCEPTED";
}
