package id.mpp.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code mpp.page-tokens.*}: the secret that signs page tokens ({@code MPP_PAGE_TOKEN_SECRET}). Instances that
 * serve the same deployment share it; when it is empty each process makes a random one at start.
 */
@ConfigurationProperties(PageTokenConfiguration.PREFIX)
public class PageTokenConfiguration {

    public static final String PREFIX = "mpp.page-tokens";

    @Nullable
    private String secret;

    @Nullable
    public String getSecret() {
        return secret;
    }

    public void setSecret(@Nullable String secret) {
        this.secret = secret;
    }
}
