package id.mpp.sdk;

import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.documents.Documents;
import id.mpp.sdk.errors.ProblemMapper;
import id.mpp.sdk.generated.invoker.ApiClient;
import id.mpp.sdk.http.ApiTransport;
import id.mpp.sdk.http.RetryPolicy;
import id.mpp.sdk.http.Sleeper;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.internal.HttpPipeline;
import id.mpp.sdk.internal.PipelineHttpClient;
import id.mpp.sdk.internal.PipelineHttpClientBuilder;
import id.mpp.sdk.sso.OpenIdDiscovery;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The entry point of the SDK: a client of one MPP Digital deployment, with its resource groups.
 *
 * <pre>{@code
 * MppClient client = MppClient.builder()
 *         .baseUrl("https://mpp.banyumaskab.go.id")
 *         .credentials(Credentials.bearer(accessToken))
 *         .build();
 * for (Service service : client.services().search("akta kelahiran")) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per deployment and set of credentials, and share it. Every call goes
 * through one transport that adds the token, {@code User-Agent}, {@code X-Request-Id}, {@code Accept-Language} and
 * the idempotency key of a {@code POST}, retries by the {@link RetryPolicy}, and throws the API's errors as
 * {@link id.mpp.sdk.errors.MppApiException} subclasses. Change a copy with {@link #toBuilder()}.
 */
public final class MppClient {

    private final Builder config;
    private final HttpPipeline transport;
    private final GeneratedApis generated;
    private final Services services;
    private final Regions regions;
    private final Agencies agencies;
    private final Applications applications;
    private final MyAccount account;
    private final DocumentTypes documentTypes;
    private final Documents documents;
    private final Events events;
    private final WebhookSubscriptions webhookSubscriptions;

    private MppClient(Builder builder) {
        this.config = builder.copy();
        HttpClient http = builder.httpClient != null ? builder.httpClient : HttpClient.newBuilder()
                .version(builder.httpVersion)
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.transport = HttpPipeline.builder()
                .httpClient(http)
                .baseUri(builder.baseUrl)
                .credentials(builder.credentials)
                .retryPolicy(builder.retryPolicy)
                .sleeper(builder.sleeper)
                .clock(builder.clock)
                .requestTimeout(builder.requestTimeout)
                .acceptLanguage(builder.acceptLanguage)
                .userAgentSuffix(builder.userAgentSuffix)
                .autoIdempotencyKeys(builder.autoIdempotencyKeys)
                .build();
        ApiClient apiClient = new ApiClient(
                new PipelineHttpClientBuilder(new PipelineHttpClient(transport, http)),
                transport.objectMapper(),
                transport.baseUri().toString());
        this.generated = new GeneratedApis(apiClient);
        Calls calls = new Calls(new ProblemMapper(transport.objectMapper(), builder.clock));
        this.services = new Services(generated, calls);
        this.regions = new Regions(generated, calls);
        this.agencies = new Agencies(generated, calls);
        this.applications = new Applications(generated, calls);
        this.account = new MyAccount(generated, calls);
        this.documentTypes = new DocumentTypes(generated, calls);
        this.documents = new Documents(transport);
        this.events = new Events(generated, calls);
        this.webhookSubscriptions = new WebhookSubscriptions(generated, calls);
    }

    /** Starts building a client; {@link Builder#baseUrl(String)} or {@link Builder#discoveryUrl(String)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this client's configuration, to build a changed copy (another token, language...). */
    public Builder toBuilder() {
        return config.copy();
    }

    /** The public service catalogue: services, with search, filters and satisfaction indices. */
    public Services services() {
        return services;
    }

    /** The regions (regencies and cities) of the catalogue. */
    public Regions regions() {
        return regions;
    }

    /** The agencies of the catalogue, with their satisfaction indices. */
    public Agencies agencies() {
        return agencies;
    }

    /** Service applications: submit, list, read, cancel, revise; officers' queues and transitions. */
    public Applications applications() {
        return applications;
    }

    /** The signed-in citizen's own account. */
    public MyAccount account() {
        return account;
    }

    /** The document types of the vault. */
    public DocumentTypes documentTypes() {
        return documentTypes;
    }

    /** The signed-in citizen's document vault: streaming upload and download with SHA-256 checks. */
    public Documents documents() {
        return documents;
    }

    /** The agency's event feed. */
    public Events events() {
        return events;
    }

    /** The agency's webhook subscriptions and their deliveries. */
    public WebhookSubscriptions webhookSubscriptions() {
        return webhookSubscriptions;
    }

    /** The generated client's APIs, for operations the façade does not wrap; they share this client's transport. */
    public GeneratedApis generated() {
        return generated;
    }

    /** The transport every call goes through, for sending a request of your own with the same pipeline. */
    public ApiTransport transport() {
        return transport;
    }

    /** The server's base URL, without a trailing slash. */
    public URI baseUrl() {
        return transport.baseUri();
    }

    /** The {@code User-Agent} this client sends: the SDK's and the contract's versions, and your suffix. */
    public String userAgent() {
        return transport.userAgent();
    }

    /** Builds an {@link MppClient}; every setting but the base URL has a default. */
    public static final class Builder {

        /** The default timeout for opening a connection. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        /** The default timeout of each attempt of a request, until the answer's headers arrive. */
        public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
        /** The default {@code Accept-Language}: Bahasa Indonesia. */
        public static final String DEFAULT_ACCEPT_LANGUAGE = "id";

        private URI baseUrl;
        private Credentials credentials = Credentials.none();
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private HttpClient.Version httpVersion = HttpClient.Version.HTTP_1_1;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private URI discoveryUrl;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String acceptLanguage = DEFAULT_ACCEPT_LANGUAGE;
        private String userAgentSuffix;
        private boolean autoIdempotencyKeys = true;

        private Builder() {
        }

        /** Sets the deployment's base URL, for example {@code https://mpp.banyumaskab.go.id} (without {@code /v1}). */
        public Builder baseUrl(String baseUrl) {
            return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
        }

        /** Sets the deployment's base URL (without {@code /v1}). */
        public Builder baseUrl(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            String scheme = baseUrl.getScheme();
            if (baseUrl.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
            }
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Finds the deployment through its OpenID Connect discovery document instead of a base URL, as in
         * {@code discoveryUrl("https://mpp.banyumaskab.go.id/.well-known/openid-configuration")}.
         *
         * <p>{@link #build()} reads the document, checks that its {@code issuer} is the URL's issuer exactly, and
         * takes the issuer as the base URL (the contract serves its API and its provider from one origin).
         */
        public Builder discoveryUrl(String discoveryUrl) {
            URI url = URI.create(Objects.requireNonNull(discoveryUrl, "discoveryUrl"));
            if (!url.getPath().endsWith(OpenIdDiscovery.WELL_KNOWN_PATH)) {
                throw new IllegalArgumentException("discoveryUrl must end with " + OpenIdDiscovery.WELL_KNOWN_PATH
                        + ": " + discoveryUrl);
            }
            this.discoveryUrl = url;
            return this;
        }

        /** Sets the credentials whose token is sent with every request; {@link Credentials#none()} by default. */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Sets the timeout for opening a connection (10 s by default); ignored with {@link #httpClient}. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** Sets the timeout of each attempt of a request (30 s by default); a request's options may change it. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            return this;
        }

        /** Sets the HTTP version to ask for (HTTP/1.1 by default); ignored with {@link #httpClient}. */
        public Builder httpVersion(HttpClient.Version httpVersion) {
            this.httpVersion = Objects.requireNonNull(httpVersion, "httpVersion");
            return this;
        }

        /**
         * Sets a JDK client of your own (a proxy, a TLS context, an executor); the SDK then ignores
         * {@link #connectTimeout} and {@link #httpVersion}. Let it follow no redirects.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Sets the clock ({@code Retry-After} dates are measured against it); the system's UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets what waits between attempts; {@link Sleeper#system()} by default, a recording fake in tests. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets the retry policy: {@link RetryPolicy#defaults()} unless set; {@link RetryPolicy#none()} never retries.
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Changes a copy of the retry policy, as in {@code retryPolicy(p -> p.maxAttempts(5))}. */
        public Builder retryPolicy(Consumer<RetryPolicy.Builder> change) {
            RetryPolicy.Builder policy = retryPolicy.toBuilder();
            change.accept(policy);
            return retryPolicy(policy.build());
        }

        /** Sets the language of human-readable texts, {@code id} (the default) or {@code en}. */
        public Builder acceptLanguage(String acceptLanguage) {
            this.acceptLanguage = Objects.requireNonNull(acceptLanguage, "acceptLanguage");
            return this;
        }

        /** Sets what follows the SDK's {@code User-Agent}: your application's name and version. */
        public Builder userAgentSuffix(String userAgentSuffix) {
            this.userAgentSuffix = userAgentSuffix;
            return this;
        }

        /**
         * Sets whether a {@code POST} sent without an idempotency key gets a generated one (on by default), which
         * makes it safe to retry. Turned off, such a {@code POST} is sent once and never retried.
         */
        public Builder autoIdempotencyKeys(boolean autoIdempotencyKeys) {
            this.autoIdempotencyKeys = autoIdempotencyKeys;
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalStateException when neither a base URL nor a discovery URL was set
         * @throws id.mpp.sdk.errors.MppException when the discovery document cannot be read or names another issuer
         */
        public MppClient build() {
            if (baseUrl == null && discoveryUrl != null) {
                baseUrl(discoverIssuer());
            }
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl (or discoveryUrl) is required");
            }
            return new MppClient(this);
        }

        private String discoverIssuer() {
            String url = discoveryUrl.toString();
            String issuer = url.substring(0, url.length() - OpenIdDiscovery.WELL_KNOWN_PATH.length());
            OpenIdDiscovery.Builder discovery = OpenIdDiscovery.builder().issuer(issuer).clock(clock);
            if (httpClient != null) {
                discovery.httpClient(httpClient);
            }
            return discovery.build().metadata().issuer();
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.baseUrl = baseUrl;
            copy.discoveryUrl = discoveryUrl;
            copy.credentials = credentials;
            copy.connectTimeout = connectTimeout;
            copy.requestTimeout = requestTimeout;
            copy.httpVersion = httpVersion;
            copy.httpClient = httpClient;
            copy.clock = clock;
            copy.sleeper = sleeper;
            copy.retryPolicy = retryPolicy;
            copy.acceptLanguage = acceptLanguage;
            copy.userAgentSuffix = userAgentSuffix;
            copy.autoIdempotencyKeys = autoIdempotencyKeys;
            return copy;
        }

        private static Duration positive(Duration duration, String name) {
            if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return duration;
        }
    }
}
