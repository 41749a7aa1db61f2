package id.mpp.server.domain.application;

import java.util.Objects;

/**
 * One row of the contract's state machine ({@code x-mpp-state-machine} on ApplicationStatus).
 *
 * @param from the status the action leaves
 * @param action the action
 * @param to the status it reaches
 * @param actor who may take it
 * @param reasonRequired whether the action needs a reason (REQUEST_REVISION, REJECT)
 */
public record Transition(ApplicationStatus from, ApplicationAction action, ApplicationStatus to, ActorRole actor,
        boolean reasonRequired) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
    }
}
