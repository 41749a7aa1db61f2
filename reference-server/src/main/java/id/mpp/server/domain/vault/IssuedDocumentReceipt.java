package id.mpp.server.domain.vault;

/** Where an issued document went: its vault ID and the verification code printed on it. */
public record IssuedDocumentReceipt(String documentId, String verificationCode) {
}
