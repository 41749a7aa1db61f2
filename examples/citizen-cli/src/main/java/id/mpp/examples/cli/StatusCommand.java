package id.mpp.examples.cli;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationDocument;
import id.mpp.sdk.generated.model.ApplicationSummary;
import id.mpp.sdk.generated.model.TimelineEntry;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** One application with its documents and timeline, or the list of the citizen's applications. */
@Command(name = "status", description = "Show one application (by ID), or list your applications.")
final class StatusCommand extends CitizenCli.Base {

    @Parameters(paramLabel = "APPLICATION_ID", arity = "0..1", description = "The application's ID (app_...).")
    String applicationId;

    @Override
    public Integer call() {
        MppClient client = client();
        Texts t = texts();
        if (applicationId == null) {
            List<ApplicationSummary> applications = client.applications().listMine().stream().toList();
            if (options.json) {
                printJson(applications);
                return 0;
            }
            Table table = new Table("ID", t.heading("Nomor", "Tracking number"), t.heading("Layanan", "Service"),
                    "Status", t.heading("Batas waktu", "Due"));
            applications.forEach(a -> table.row(a.getId(), a.getTrackingNumber(), a.getServiceName(), a.getStatus(),
                    a.getDueDate()));
            if (table.isEmpty()) {
                out().println(t.get("none"));
                out().flush();
            } else {
                table.print(out());
            }
            return 0;
        }
        Application a = client.applications().get(applicationId).value();
        if (options.json) {
            printJson(a);
            return 0;
        }
        out().println(a.getTrackingNumber() + "  " + a.getServiceName());
        out().println(a.getAgencyName());
        out().println("Status: " + a.getStatus() + "   " + t.heading("Batas waktu", "Due") + ": " + a.getDueDate()
                + (Boolean.TRUE.equals(a.getOverdue()) ? " (!)" : ""));
        if (a.getDecision() != null) {
            out().println(a.getDecision().getOutcome()
                    + (a.getDecision().getReason() == null ? "" : ": " + a.getDecision().getReason()));
        }
        out().println();
        out().println(t.get("documents"));
        Table documents = new Table(t.heading("Jenis", "Type"), "ID", "Status");
        for (ApplicationDocument d : a.getDocuments()) {
            documents.row(d.getDocumentType(), d.getDocumentId(), d.getStatus());
        }
        documents.print(out());
        out().println();
        out().println(t.get("timeline"));
        Table timeline = new Table(t.heading("Waktu", "When"), t.heading("Tindakan", "Action"),
                t.heading("Status", "Status"), t.heading("Alasan", "Reason"));
        for (TimelineEntry e : a.getTimeline()) {
            timeline.row(e.getOccurredAt(), e.getAction(), e.getToStatus(), e.getReason());
        }
        timeline.print(out());
        if (a.getOutputDocumentId() != null) {
            out().println();
            out().println(t.get("output.document", a.getOutputDocumentId(), a.getOutputDocumentId()));
        }
        out().flush();
        return 0;
    }
}
