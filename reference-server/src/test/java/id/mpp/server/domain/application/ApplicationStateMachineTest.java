package id.mpp.server.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApplicationStateMachineTest {

    private final ApplicationStateMachine machine = ApplicationStateMachine.standard();

    @Test
    @DisplayName("The state machine is the contract's x-mpp-state-machine, row for row")
    void matchesTheContract() throws Exception {
        JsonNode contract;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("mpp-digital-v1.yaml")) {
            assertThat(in).as("the bundled contract on the test classpath").isNotNull();
            contract = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        JsonNode table = contract.at("/components/schemas/ApplicationStatus/x-mpp-state-machine");
        assertThat(table.path("initial").asText()).isEqualTo("SUBMITTED");
        List<ApplicationStatus> terminal = new ArrayList<>();
        table.path("terminal").forEach(node -> terminal.add(ApplicationStatus.valueOf(node.asText())));
        assertThat(terminal).containsExactlyInAnyOrder(ApplicationStatus.COMPLETED, ApplicationStatus.REJECTED,
                ApplicationStatus.CANCELLED);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(status.terminal()).isEqualTo(terminal.contains(status));
        }
        List<Transition> rows = new ArrayList<>();
        table.path("transitions").forEach(row -> rows.add(new Transition(
                ApplicationStatus.valueOf(row.path("from").asText()),
                ApplicationAction.valueOf(row.path("action").asText()),
                ApplicationStatus.valueOf(row.path("to").asText()),
                ActorRole.valueOf(row.path("actor").asText()),
                row.path("reason_required").asBoolean())));
        assertThat(rows).hasSize(9);
        assertThat(machine.transitions()).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    @DisplayName("Allowed actions per status and role (APP-023)")
    void allowedActions() {
        assertThat(machine.allowedActions(ApplicationStatus.SUBMITTED, ActorRole.OFFICER))
                .containsExactly(ApplicationAction.START_REVIEW);
        assertThat(machine.allowedActions(ApplicationStatus.SUBMITTED, ActorRole.CITIZEN))
                .containsExactly(ApplicationAction.CANCEL);
        assertThat(machine.allowedActions(ApplicationStatus.IN_REVIEW, ActorRole.OFFICER))
                .containsExactly(ApplicationAction.REQUEST_REVISION, ApplicationAction.APPROVE,
                        ApplicationAction.REJECT);
        assertThat(machine.allowedActions(ApplicationStatus.IN_REVIEW, ActorRole.CITIZEN))
                .containsExactly(ApplicationAction.CANCEL);
        assertThat(machine.allowedActions(ApplicationStatus.NEEDS_REVISION, ActorRole.CITIZEN))
                .containsExactly(ApplicationAction.REVISE, ApplicationAction.CANCEL);
        assertThat(machine.allowedActions(ApplicationStatus.NEEDS_REVISION, ActorRole.OFFICER)).isEmpty();
        assertThat(machine.allowedActions(ApplicationStatus.APPROVED, ActorRole.OFFICER))
                .containsExactly(ApplicationAction.COMPLETE);
        assertThat(machine.allowedActions(ApplicationStatus.APPROVED, ActorRole.CITIZEN)).isEmpty();
        for (ApplicationStatus terminal : List.of(ApplicationStatus.COMPLETED, ApplicationStatus.REJECTED,
                ApplicationStatus.CANCELLED)) {
            assertThat(machine.allowedActions(terminal, ActorRole.OFFICER)).isEmpty();
            assertThat(machine.allowedActions(terminal, ActorRole.CITIZEN)).isEmpty();
        }
    }

    @Test
    @DisplayName("A transition is found only for its actor; reasons are required for REQUEST_REVISION and REJECT")
    void findsByActor() {
        assertThat(machine.find(ApplicationStatus.IN_REVIEW, ApplicationAction.CANCEL, ActorRole.OFFICER)).isEmpty();
        assertThat(machine.find(ApplicationStatus.IN_REVIEW, ApplicationAction.APPROVE, ActorRole.CITIZEN)).isEmpty();
        assertThat(machine.find(ApplicationStatus.SUBMITTED, ApplicationAction.APPROVE, ActorRole.OFFICER)).isEmpty();
        assertThat(machine.find(ApplicationStatus.IN_REVIEW, ApplicationAction.REJECT, ActorRole.OFFICER))
                .hasValueSatisfying(t -> {
                    assertThat(t.to()).isEqualTo(ApplicationStatus.REJECTED);
                    assertThat(t.reasonRequired()).isTrue();
                });
        assertThat(machine.find(ApplicationStatus.IN_REVIEW, ApplicationAction.REQUEST_REVISION, ActorRole.OFFICER))
                .hasValueSatisfying(t -> assertThat(t.reasonRequired()).isTrue());
        assertThat(machine.find(ApplicationStatus.IN_REVIEW, ApplicationAction.APPROVE, ActorRole.OFFICER))
                .hasValueSatisfying(t -> assertThat(t.reasonRequired()).isFalse());
    }

    @Test
    @DisplayName("A table with an action leaving a terminal status, or two rows for one status and action, is refused")
    void refusesBrokenTables() {
        assertThatThrownBy(() -> new ApplicationStateMachine(List.of(new Transition(ApplicationStatus.COMPLETED,
                ApplicationAction.CANCEL, ApplicationStatus.CANCELLED, ActorRole.CITIZEN, false))))
                .isInstanceOf(IllegalArgumentException.class);
        Transition once = new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.CANCEL,
                ApplicationStatus.CANCELLED, ActorRole.CITIZEN, false);
        assertThatThrownBy(() -> new ApplicationStateMachine(List.of(once, once)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
