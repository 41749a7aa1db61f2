package id.mpp.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationDocumentReference;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Submits an application that reuses documents already in the vault: nothing is uploaded again. */
@Command(name = "apply", description = "Apply for a service with documents from your vault and the form's fields.")
final class ApplyCommand extends CitizenCli.Base {

    @Parameters(paramLabel = "SERVICE_ID", description = "e.g. 33-02-disdukcapil-akta-kelahiran (see `mpp services`).")
    String serviceId;

    @Option(names = {"-d", "--document"}, paramLabel = "TYPE=DOCUMENT_ID",
            description = "A vault document for a requirement, e.g. KTP_EL=doc_01J...; repeat for each.")
    Map<String, String> documents = new LinkedHashMap<>();

    @Option(names = {"-f", "--form"}, paramLabel = "FIELD=VALUE",
            description = "A form field, e.g. nama_bayi=\"Raden Ajeng Sekar\"; repeat for each. Numbers and "
                    + "true/false are sent as such.")
    Map<String, String> form = new LinkedHashMap<>();

    @Option(names = "--form-file", paramLabel = "FILE",
            description = "The form as a JSON object; --form fields are added on top.")
    Path formFile;

    @Override
    public Integer call() throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (formFile != null) {
            fields.putAll(JSON.readValue(formFile.toFile(), new TypeReference<Map<String, Object>>() { }));
        }
        form.forEach((name, value) -> fields.put(name, typed(value)));
        List<ApplicationDocumentReference> references = new ArrayList<>();
        documents.forEach((type, id) -> references.add(
                new ApplicationDocumentReference().documentType(type).documentId(id)));
        // A POST with an idempotency key (the SDK adds one): a retry after a lost answer never submits twice.
        Versioned<Application> submitted = client().applications().submit(new ApplicationSubmission()
                .serviceId(serviceId).form(fields).documents(references));
        Application application = submitted.value();
        if (options.json) {
            printJson(application);
        } else {
            out().println(texts().get("submitted", application.getTrackingNumber(), application.getId(),
                    application.getStatus(), application.getDueDate()));
            out().flush();
        }
        return 0;
    }

    /** {@code 3} as a number, {@code true} as a boolean, anything else as text (the form's schema decides). */
    private static Object typed(String value) {
        if (value.matches("-?\\d{1,9}")) {
            return Integer.valueOf(value);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf(value);
        }
        return value;
    }
}
