package id.mpp.sdk.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** Signing keys of the test provider (and of an attacker), made once per test run; they are immutable. */
final class TestKeys {

    /** The provider's current signing key. */
    static final RSAKey CURRENT = rsa("mpp-sso-2026-11");
    /** The provider's next signing key, published at rotation. */
    static final RSAKey NEXT = rsa("mpp-sso-2027-02");
    /** A key the provider never published. */
    static final RSAKey ATTACKER = rsa("attacker-key");
    /** An EC key, for ES256 ID tokens. */
    static final ECKey EC = ec("mpp-sso-ec-2026");

    private TestKeys() {
    }

    private static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
