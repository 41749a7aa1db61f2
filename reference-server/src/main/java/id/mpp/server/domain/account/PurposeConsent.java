package id.mpp.server.domain.account;

import java.time.Instant;
import java.util.Objects;

/** Consent to one purpose, with when it was given: the proof UU 27/2022 asks for. */
public record PurposeConsent(ProcessingPurpose purpose, Instant givenAt) {
    public PurposeConsent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(givenAt, "givenAt");
    }
}
