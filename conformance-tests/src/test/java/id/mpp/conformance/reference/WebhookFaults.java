package id.mpp.conformance.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/** The webhook faults of {@link FaultProxy}: answers of the subscription operations changed on their way back. */
final class WebhookFaults {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ONE_SUBSCRIPTION = Pattern.compile("^/v1/webhook-subscriptions/whs_[0-9A-Z]{26}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookFaults() {
    }

    /** The answer as the faults switched on change it. */
    static byte[] answer(Set<ProxyFault> on, String method, String path, int status, byte[] answer) throws IOException {
        if (on.contains(ProxyFault.WEBHOOK_SECRET_SHOWN) && status == 200 && "GET".equals(method)
                && ONE_SUBSCRIPTION.matcher(path).matches()) {
            return withSecret(answer);
        }
        if (on.contains(ProxyFault.WEBHOOK_SECRET_MISREPORTED) && status == 201 && "POST".equals(method)
                && "/v1/webhook-subscriptions".equals(path)) {
            return withSecret(answer);
        }
        return answer;
    }

    /** The subscription with a secret that is not the one the server signs with. */
    private static byte[] withSecret(byte[] answer) throws IOException {
        ObjectNode subscription = (ObjectNode) JSON.readTree(answer);
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        subscription.put("secret", "whsec_" + Base64.getEncoder().encodeToString(key));
        return JSON.writeValueAsBytes(subscription);
    }
}
