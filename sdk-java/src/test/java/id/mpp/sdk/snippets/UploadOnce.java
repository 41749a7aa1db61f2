package id.mpp.sdk.snippets;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.documents.DownloadResult;
import id.mpp.sdk.documents.UploadResult;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationDocumentReference;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The README's "Upload once, reuse everywhere", compiled and run by the build ({@code UploadOnceTest}). */
final class UploadOnce {

    private static final Logger LOG = System.getLogger(UploadOnce.class.getName());

    private UploadOnce() {
    }

    static void applyForSkck(MppClient client, Path ktpScan, Path folder) {
        // tag::vault[]
        // Upload the KTP-el scan: its SHA-256 is computed while it streams, and the vault keeps each content once.
        UploadResult ktp = client.documents().upload(r -> r.documentType("KTP_EL").title("KTP-el"), ktpScan);
        LOG.log(Level.INFO, (ktp.alreadyStored() ? "Sudah ada di brankas: " : "Tersimpan: ") + ktp.document().getId());

        // Applications refer to vault documents by ID: nothing is uploaded again, whichever agency asks.
        Map<String, String> vault = new HashMap<>(Map.of("KTP_EL", ktp.document().getId()));  // type -> ID
        client.documents().list().forEach(document -> vault.putIfAbsent(document.getDocumentType(), document.getId()));
        Versioned<Application> skck = client.applications().submit(new ApplicationSubmission()
                .serviceId("33-02-polresta-banyumas-skck")
                .form(Map.of("keperluan", "MELAMAR_PEKERJAAN", "alamat_domisili", "Jl. Overste Isdiman No. 17, Purwokerto"))
                .documents(Stream.of("KTP_EL", "KK", "AKTA_KELAHIRAN", "PAS_FOTO")
                        .map(type -> new ApplicationDocumentReference().documentType(type).documentId(vault.get(type)))
                        .toList()));
        LOG.log(Level.INFO, "SKCK diajukan: " + skck.value().getTrackingNumber());

        // A download replaces the file only once its bytes match the vault's SHA-256.
        DownloadResult akta = client.documents().download(vault.get("AKTA_KELAHIRAN"), folder.resolve("akta.pdf"));
        LOG.log(Level.INFO, "Akta diunduh: " + akta.sizeBytes() + " byte, SHA-256 " + akta.sha256());
        // end::vault[]
    }
}
