package id.mpp.examples.cli;

import id.mpp.sdk.generated.model.Service;
import id.mpp.sdk.generated.model.ServiceRequirement;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The public service catalogue: no sign-in needed. */
@Command(name = "services", description = "Search the service catalogue and show a service.",
        subcommands = {ServicesCommand.Search.class, ServicesCommand.Show.class})
final class ServicesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "search", description = "Search services by words, optionally in one region (e.g. 33.02).")
    static final class Search extends CitizenCli.Base {
        @Parameters(paramLabel = "WORDS", arity = "0..*", description = "What to look for, e.g. akta kelahiran.")
        List<String> words;

        @Option(names = "--region", paramLabel = "CODE", description = "Only this region, e.g. 33.02.")
        String region;

        @Option(names = "--limit", defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            String text = words == null ? null : String.join(" ", words);
            List<Service> services = anonymousClient().services().list(q -> {
                if (text != null && !text.isBlank()) {
                    q.q(text);
                }
                if (region != null) {
                    q.regionCode(region);
                }
            }).stream().limit(limit).toList();
            if (options.json) {
                printJson(services);
                return 0;
            }
            Texts t = texts();
            Table table = new Table("ID", t.heading("Layanan", "Service"), t.heading("Instansi", "Agency"),
                    t.heading("Hari kerja", "Working days"));
            services.forEach(s -> table.row(s.getId(), s.getName(), s.getAgencyName(), s.getSlaWorkingDays()));
            if (table.isEmpty()) {
                out().println(t.get("none"));
                out().flush();
            } else {
                table.print(out());
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show a service: requirements, form fields, service level, output.")
    static final class Show extends CitizenCli.Base {
        @Parameters(paramLabel = "SERVICE_ID", description = "e.g. 33-02-disdukcapil-akta-kelahiran")
        String serviceId;

        @Override
        public Integer call() {
            Service service = anonymousClient().services().get(serviceId);
            if (options.json) {
                printJson(service);
                return 0;
            }
            Texts t = texts();
            out().println(service.getName() + " (" + service.getId() + ")");
            out().println(service.getAgencyName());
            if (service.getDescription() != null) {
                out().println(service.getDescription());
            }
            if (service.getSlaWorkingDays() != null) {
                out().println(t.get("sla", service.getSlaWorkingDays()));
            }
            if (service.getOutput() != null) {
                out().println(t.get("output", service.getOutput().getDocumentType()));
            }
            out().println();
            out().println(t.get("requirements"));
            Table requirements = new Table(t.heading("Jenis", "Type"), t.heading("Dokumen", "Document"),
                    t.heading("Wajib", "Required"), t.heading("Status diterima", "Accepted statuses"));
            for (ServiceRequirement r : service.getRequirements()) {
                requirements.row(r.getDocumentType(), r.getName(),
                        Boolean.TRUE.equals(r.getRequired()) ? t.get("required") : t.get("optional"),
                        r.getAcceptedStatuses());
            }
            requirements.print(out());
            out().println();
            out().println(t.get("form"));
            Table form = new Table(t.heading("Isian", "Field"), t.heading("Judul", "Title"),
                    t.heading("Wajib", "Required"));
            Map<String, Object> schema = service.getFormSchema();
            Object properties = schema == null ? null : schema.get("properties");
            Object required = schema == null ? null : schema.get("required");
            if (properties instanceof Map<?, ?> fields) {
                fields.forEach((name, definition) -> form.row(name,
                        definition instanceof Map<?, ?> d ? d.get("title") : "",
                        required instanceof List<?> list && list.contains(name) ? t.get("required")
                                : t.get("optional")));
            }
            form.print(out());
            return 0;
        }
    }
}
