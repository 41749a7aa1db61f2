package id.mpp.server.storage.application;

import id.mpp.server.storage.application.StoredApplication.Actor;
import java.time.Instant;

/**
 * One entry of an application's timeline (table {@code application_timeline}): who, when, what and why.
 *
 * @param action the state machine's action; {@code null} for the submission
 * @param fromStatus the status before; {@code null} for the submission
 */
public record TimelineRow(Instant occurredAt, Actor actor, String action, String fromStatus, String toStatus,
        String reason) {
}
