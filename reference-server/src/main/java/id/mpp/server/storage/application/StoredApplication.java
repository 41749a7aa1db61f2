package id.mpp.server.storage.application;

import id.mpp.server.domain.application.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An application as stored in table {@code application} (V12): the facts it was submitted under, where it is, its
 * decision and output, and the version that is its {@code ETag}.
 *
 * @param formJson the form as submitted (and revised), JSON text
 * @param closedDate the date of {@code closedAt} in the region's time zone (for the overdue filter)
 * @param decision the decision, or {@code null} before one
 * @param version 1 when submitted, raised by each change
 */
public record StoredApplication(String id, String trackingNumber, String serviceId, String serviceNameId,
        String serviceNameEn, String regionCode, String agencyId, String agencyNameId, String agencyNameEn,
        String applicantId, String applicantName, ApplicationStatus status, String formJson, int slaWorkingDays,
        String outputDocumentType, String outputName, Instant submittedAt, Instant updatedAt, LocalDate dueDate,
        Instant closedAt, LocalDate closedDate, Decision decision, String outputDocumentId, long version) {

    /** The {@code ETag}: the version, quoted. */
    public String etag() {
        return "\"" + version + "\"";
    }

    /**
     * An officer's decision.
     *
     * @param outcome {@code APPROVED} or {@code REJECTED}
     */
    public record Decision(String outcome, String reason, Instant decidedAt, Actor decidedBy) {
    }

    /**
     * Who acted.
     *
     * @param type {@code CITIZEN}, {@code OFFICER} or {@code AGENCY_SYSTEM}
     * @param agencyId the agency of an officer or system; {@code null} for a citizen
     */
    public record Actor(String type, String name, String agencyId) {
    }

    /** This application after a change: status, times, due date, decision and output as given, version + 1. */
    public StoredApplication changed(ApplicationStatus newStatus, String newFormJson, Instant at, LocalDate newDueDate,
            Instant newClosedAt, LocalDate newClosedDate, Decision newDecision, String newOutputDocumentId) {
        return new StoredApplication(id, trackingNumber, serviceId, serviceNameId, serviceNameEn, regionCode, agencyId,
                agencyNameId, agencyNameEn, applicantId, applicantName, newStatus, newFormJson, slaWorkingDays,
                outputDocumentType, outputName, submittedAt, at, newDueDate, newClosedAt, newClosedDate, newDecision,
                newOutputDocumentId, version + 1);
    }
}
