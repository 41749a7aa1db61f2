package id.mpp.server.domain.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The record of a citizen's consent to the processing of their personal data: the version of the privacy
 * notice and the purposes currently consented to, each with when. It always holds
 * {@link ProcessingPurpose#ACCOUNT_MANAGEMENT} (withdrawing that one means deleting the account).
 */
public record PrivacyConsent(String noticeVersion, List<PurposeConsent> purposes) {

    public PrivacyConsent {
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        purposes = List.copyOf(purposes);
        Set<ProcessingPurpose> seen = EnumSet.noneOf(ProcessingPurpose.class);
        for (PurposeConsent consent : purposes) {
            if (!seen.add(consent.purpose())) {
                throw new IllegalArgumentException("Purpose listed twice: " + consent.purpose());
            }
        }
        if (!seen.contains(ProcessingPurpose.ACCOUNT_MANAGEMENT)) {
            throw new AccountStateException("ACCOUNT_MANAGEMENT_REQUIRED",
                    "Consent to ACCOUNT_MANAGEMENT cannot be withdrawn; delete the account instead.");
        }
    }

    /** Consent given now under {@code noticeVersion} to each of {@code purposes}. */
    public static PrivacyConsent given(String noticeVersion, Collection<ProcessingPurpose> purposes, Instant now) {
        List<PurposeConsent> list = new ArrayList<>();
        for (ProcessingPurpose purpose : EnumSet.copyOf(purposes)) {
            list.add(new PurposeConsent(purpose, now));
        }
        return new PrivacyConsent(noticeVersion, list);
    }

    /** Whether the citizen currently consents to {@code purpose}. */
    public boolean covers(ProcessingPurpose purpose) {
        return purposes.stream().anyMatch(c -> c.purpose() == purpose);
    }

    /**
     * The consent after the citizen chose {@code wanted} from now on: purposes kept keep their original time,
     * added ones are recorded at {@code now}, the others are withdrawn.
     *
     * @throws AccountStateException when {@code wanted} lacks {@link ProcessingPurpose#ACCOUNT_MANAGEMENT}
     */
    public PrivacyConsent withPurposes(Set<ProcessingPurpose> wanted, Instant now) {
        List<PurposeConsent> list = new ArrayList<>();
        for (ProcessingPurpose purpose : wanted.isEmpty() ? EnumSet.noneOf(ProcessingPurpose.class)
                : EnumSet.copyOf(wanted)) {
            list.add(purposes.stream().filter(c -> c.purpose() == purpose).findFirst()
                    .orElse(new PurposeConsent(purpose, now)));
        }
        return new PrivacyConsent(noticeVersion, list);
    }

    /** The consent with {@code purpose} added at {@code now}, or unchanged when it is already given. */
    public PrivacyConsent with(ProcessingPurpose purpose, Instant now) {
        if (covers(purpose)) {
            return this;
        }
        List<PurposeConsent> list = new ArrayList<>(purposes);
        list.add(new PurposeConsent(purpose, now));
        list.sort((a, b) -> a.purpose().compareTo(b.purpose()));
        return new PrivacyConsent(noticeVersion, list);
    }
}
