package id.mpp.examples.cli;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.documents.DownloadResult;
import id.mpp.sdk.documents.UploadResult;
import id.mpp.sdk.generated.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The citizen's document vault: each requirement document uploaded once, then reused by every application. */
@Command(name = "documents", description = "Upload, list and download your vault's documents.",
        subcommands = {DocumentsCommand.Upload.class, DocumentsCommand.ListDocuments.class,
            DocumentsCommand.Download.class})
final class DocumentsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "upload", description = "Upload a file into the vault (its SHA-256 is computed while it streams).")
    static final class Upload extends CitizenCli.Base {
        @Parameters(paramLabel = "FILE", description = "The scan or PDF to upload.")
        Path file;

        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "The document type, e.g. KTP_EL, KK, SURAT_KETERANGAN_LAHIR.")
        String type;

        @Option(names = "--title", description = "A title of your own.")
        String title;

        @Override
        public Integer call() throws IOException {
            MppClient client = client();
            Progress progress = new Progress(err(), file.getFileName().toString(), Files.size(file));
            UploadResult result;
            try (InputStream in = progress.wrap(Files.newInputStream(file))) {
                result = client.documents().upload(r -> {
                    r.documentType(type).fileName(file.getFileName().toString());
                    if (title != null) {
                        r.title(title);
                    }
                }, in);
            }
            progress.finish();
            Document document = result.document();
            if (options.json) {
                printJson(Map.of("already_stored", result.alreadyStored(), "document", document));
            } else {
                out().println(texts().get(result.alreadyStored() ? "already" : "uploaded", document.getId(),
                        document.getDocumentType()));
                out().flush();
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the documents in your vault.")
    static final class ListDocuments extends CitizenCli.Base {
        @Option(names = "--type", paramLabel = "TYPE", description = "Only this document type.")
        String type;

        @Override
        public Integer call() {
            List<Document> documents = client().documents().list(q -> {
                if (type != null) {
                    q.documentType(type);
                }
            }).stream().toList();
            if (options.json) {
                printJson(documents);
                return 0;
            }
            Texts t = texts();
            Table table = new Table("ID", t.heading("Jenis", "Type"), t.heading("Judul", "Title"), "Status",
                    t.heading("Ukuran", "Size"), t.heading("Asal", "Origin"));
            for (Document d : documents) {
                table.row(d.getId(), d.getDocumentType(), d.getTitle() != null ? d.getTitle() : d.getFileName(),
                        d.getStatus(), d.getSizeBytes(), d.getOrigin());
            }
            if (table.isEmpty()) {
                out().println(t.get("none"));
                out().flush();
            } else {
                table.print(out());
            }
            return 0;
        }
    }

    @Command(name = "download", description = "Download a document; the file appears only once its SHA-256 matches.")
    static final class Download extends CitizenCli.Base {
        @Parameters(paramLabel = "DOCUMENT_ID", description = "The document's ID (doc_...).")
        String documentId;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Where to write it (default: the document's file name in the current folder).")
        Path output;

        @Override
        public Integer call() throws IOException {
            MppClient client = client();
            Document document = client.documents().get(documentId);
            Path target = output != null ? output
                    : Path.of(document.getFileName() != null ? document.getFileName() : documentId);
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, ".download", ".part");
            Progress progress = new Progress(err(), target.getFileName().toString(),
                    document.getSizeBytes() == null ? -1 : document.getSizeBytes());
            DownloadResult result;
            try {
                // The SDK checks the SHA-256 as the bytes arrive; only a matching file is moved into place.
                try (OutputStream out = progress.wrap(Files.newOutputStream(part))) {
                    result = client.documents().download(documentId, out);
                }
                progress.finish();
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target, e);
            } finally {
                Files.deleteIfExists(part);
            }
            if (options.json) {
                printJson(Map.of("document_id", documentId, "file", target.toString(), "size_bytes",
                        result.sizeBytes(), "sha256", result.sha256()));
            } else {
                out().println(texts().get("downloaded", target, result.sizeBytes(), result.sha256()));
                out().flush();
            }
            return 0;
        }
    }
}
