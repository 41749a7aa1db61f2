package id.mpp.server.http.document;

import id.mpp.server.Application;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;

/**
 * The reference server ({@link Application}'s context) started as a separate process for {@link UploadCrashTest}, which
 * kills it with SIGKILL. Once serving, it prints one line {@code READY <port> <account ID> <access token>}: a citizen
 * of its own database (created on the first start, found again after a restart) and a token for it, minted by the
 * server's own issuer, so that the test needs no sign-in.
 */
public final class CrashServerMain {

    private CrashServerMain() {
    }

    public static void main(String[] args) {
        ApplicationContext context = Micronaut.build(new String[0]).mainClass(Application.class).banner(false)
                .start();
        JdbcAccountRepository accounts = context.getBean(JdbcAccountRepository.class);
        Citizens citizens = new Citizens(accounts, context.getBean(PasswordHasher.class),
                context.getBean(TokenIssuer.class), null);
        Account account = args.length > 0
                ? accounts.findById(args[0]).orElseThrow().account()
                : citizens.create();
        String token = citizens.token(account, VaultFixture.CITIZEN_SCOPES);
        int port = context.getBean(EmbeddedServer.class).getPort();
        System.out.println("READY " + port + " " + account.id() + " " + token);
        System.out.flush();
    }
}
