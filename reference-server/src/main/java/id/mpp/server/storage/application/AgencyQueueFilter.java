package id.mpp.server.storage.application;

import java.time.LocalDate;
import java.util.Set;

/**
 * The filters of an agency's queue, each {@code null} (or empty) when not given.
 *
 * @param today the current date in the agency's region (what {@code overdue} compares the due date with)
 */
public record AgencyQueueFilter(Set<String> statuses, Boolean overdue, LocalDate today, String serviceId,
        String trackingNumber) {
}
