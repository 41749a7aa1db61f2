package id.mpp.server.domain.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application state machine: which action leads from which status to which, who may take it and whether it
 * needs a reason. {@link #standard()} is the contract's table ({@code x-mpp-state-machine} on ApplicationStatus,
 * normative); a test reads the bundled contract and checks that the two agree row for row.
 */
public final class ApplicationStateMachine {

    private static final ApplicationStateMachine STANDARD = new ApplicationStateMachine(List.of(
            new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.START_REVIEW, ApplicationStatus.IN_REVIEW,
                    ActorRole.OFFICER, false),
            new Transition(ApplicationStatus.IN_REVIEW, ApplicationAction.REQUEST_REVISION,
                    ApplicationStatus.NEEDS_REVISION, ActorRole.OFFICER, true),
            new Transition(ApplicationStatus.NEEDS_REVISION, ApplicationAction.REVISE, ApplicationStatus.IN_REVIEW,
                    ActorRole.CITIZEN, false),
            new Transition(ApplicationStatus.IN_REVIEW, ApplicationAction.APPROVE, ApplicationStatus.APPROVED,
                    ActorRole.OFFICER, false),
            new Transition(ApplicationStatus.IN_REVIEW, ApplicationAction.REJECT, ApplicationStatus.REJECTED,
                    ActorRole.OFFICER, true),
            new Transition(ApplicationStatus.APPROVED, ApplicationAction.COMPLETE, ApplicationStatus.COMPLETED,
                    ActorRole.OFFICER, false),
            new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.CANCEL, ApplicationStatus.CANCELLED,
                    ActorRole.CITIZEN, false),
            new Transition(ApplicationStatus.IN_REVIEW, ApplicationAction.CANCEL, ApplicationStatus.CANCELLED,
                    ActorRole.CITIZEN, false),
            new Transition(ApplicationStatus.NEEDS_REVISION, ApplicationAction.CANCEL, ApplicationStatus.CANCELLED,
                    ActorRole.CITIZEN, false)));

    private final List<Transition> transitions;

    public ApplicationStateMachine(List<Transition> transitions) {
        this.transitions = List.copyOf(transitions);
        for (Transition t : this.transitions) {
            if (t.from().terminal()) {
                throw new IllegalArgumentException("No action leaves a terminal status: " + t);
            }
            if (this.transitions.stream().filter(o -> o.from() == t.from() && o.action() == t.action()).count() > 1) {
                throw new IllegalArgumentException("Two rows for one status and action: " + t);
            }
        }
    }

    /** The contract's state machine. */
    public static ApplicationStateMachine standard() {
        return STANDARD;
    }

    public List<Transition> transitions() {
        return transitions;
    }

    /** The transition {@code role} may take with {@code action} from {@code from}; empty when none. */
    public Optional<Transition> find(ApplicationStatus from, ApplicationAction action, ActorRole role) {
        return transitions.stream()
                .filter(t -> t.from() == from && t.action() == action && t.actor() == role)
                .findFirst();
    }

    /** The actions {@code role} may take in {@code status}, in the order of {@link ApplicationAction}. */
    public List<ApplicationAction> allowedActions(ApplicationStatus status, ActorRole role) {
        List<ApplicationAction> allowed = new ArrayList<>();
        for (ApplicationAction action : ApplicationAction.values()) {
            if (find(status, action, role).isPresent()) {
                allowed.add(action);
            }
        }
        return List.copyOf(allowed);
    }
}
