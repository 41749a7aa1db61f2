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
            description = "A form field, e.g. nama_bayi=\"Raden Ajeng Sekar\"; repeat for each. Typed as the "
                    + "service's form schema says (anak_ke=2 a number, rt=001 text); arrays as JSON.")
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
        // Each --form value takes the type the service's form schema gives its field: rt=001 stays text.
        Map<String, Object> schema = anonymousClient().services().get(serviceId).getFormSchema();
        Object properties = schema == null ? null : schema.get("properties");
        for (Map.Entry<String, String> field : form.entrySet()) {
            Object definition = properties instanceof Map<?, ?> map ? map.get(field.getKey()) : null;
            Object type = definition instanceof Map<?, ?> d ? d.get("type") : null;
            fields.put(field.getKey(), typed(field.getValue(), type == null ? "string" : type.toString()));
        }
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

    /** The value as its JSON Schema type; one that does not parse is sent as text, for the server to explain. */
    private static Object typed(String value, String type) {
        try {
            return switch (type) {
                case "integer" -> Long.valueOf(value);
                case "number" -> new java.math.BigDecimal(value);
                case "boolean" -> "true".equals(value) || "false".equals(value) ? Boolean.valueOf(value) : value;
                case "array", "object" -> JSON.readValue(value, Object.class);
                default -> value;
            };
        } catch (NumberFormatException | IOException e) {
            return value;
        }
    }
}
