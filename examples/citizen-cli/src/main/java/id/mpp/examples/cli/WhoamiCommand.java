package id.mpp.examples.cli;

import id.mpp.sdk.generated.model.Account;
import picocli.CommandLine.Command;

/** The signed-in citizen's account. */
@Command(name = "whoami", description = "Show the signed-in account.")
final class WhoamiCommand extends CitizenCli.Base {

    @Override
    public Integer call() {
        Account account = client().account().me().value();
        if (options.json) {
            printJson(account);
            return 0;
        }
        Texts t = texts();
        new Table(t.heading("Data", "Field"), t.heading("Nilai", "Value"))
                .row(t.heading("Nama", "Name"), account.getFullName())
                .row("ID", account.getId())
                .row("NIK", account.getNikMasked())
                .row("E-mail", account.getEmail())
                .row(t.heading("Tingkat jaminan", "Assurance level"), account.getAcr())
                .print(out());
        return 0;
    }
}
