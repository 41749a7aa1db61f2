package id.mpp.server.domain.event;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which webhook URLs and receiver addresses are allowed (EVT-018, EVT-019, EVT-035; OWASP SSRF prevention): outside
 * development mode an absolute {@code https} URL of at most 2048 characters, without user information or fragment,
 * whose host is not {@code localhost}, a {@code .localhost} name, or an address in a loopback, private, shared,
 * link-local or unspecified range (IPv4-mapped IPv6 forms included). Development mode also accepts {@code http} and
 * such hosts, so that a receiver can run on the same machine.
 */
public final class WebhookUrlPolicy {

    public static final int MAX_LENGTH = 2048;

    private WebhookUrlPolicy() {
    }

    /** Whether {@code url} may be subscribed. */
    public static boolean allowed(String url, boolean developmentMode) {
        if (url == null || url.length() > MAX_LENGTH) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || uri.getHost() == null || uri.getHost().isEmpty()) {
            return false;
        }
        if (developmentMode) {
            return scheme.equals("https") || scheme.equals("http");
        }
        if (!scheme.equals("https")) {
            return false;
        }
        return !forbiddenHost(uri.getHost());
    }

    /** Whether a host name or literal is refused as such: localhost names and literals of refused ranges. */
    public static boolean forbiddenHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (isIpLiteral(name)) {
            try {
                return forbiddenAddress(InetAddress.getByName(name));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return false;
    }

    /** Whether a resolved address is in a refused range (checked at every delivery, EVT-019). */
    public static boolean forbiddenAddress(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if (isMappedIpv4(b)) {
                return forbiddenIpv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            boolean unspecified = true;
            for (byte x : b) {
                unspecified &= x == 0;
            }
            if (unspecified || address.isLoopbackAddress()) {
                return true;
            }
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return (first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0x80);
        }
        if (address instanceof Inet4Address) {
            return forbiddenIpv4(b);
        }
        return true;
    }

    private static boolean forbiddenIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return a0 == 0 || a0 == 10 || a0 == 127
                || (a0 == 100 && (a1 & 0xc0) == 64)
                || (a0 == 169 && a1 == 254)
                || (a0 == 172 && (a1 & 0xf0) == 16)
                || (a0 == 192 && a1 == 168);
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }
}
