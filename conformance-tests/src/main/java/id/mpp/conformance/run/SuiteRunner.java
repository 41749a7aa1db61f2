package id.mpp.conformance.run;

import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Oidc;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.http.ContractValidator;
import id.mpp.conformance.http.ConformanceHttpClient;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.Redactor;
import id.mpp.conformance.webhooks.WebhookReceiver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs conformance tests against the implementation a configuration names: the one runner behind the jar's
 * command line and the build's own tests.
 */
public final class SuiteRunner {

    /** The requirement the runner proves on every exchange, without a test citing it (GEN-022). */
    public static final String CONTRACT_REQUIREMENT = "GEN-022";

    private final VendorConfig config;
    private final RequirementCatalogue catalogue;
    private final ContractValidator validator;
    private final Set<String> profiles;
    private final ProgressListener listener;

    /**
     * A runner.
     *
     * @param config the implementation under test
     * @param profiles the profiles to run; empty for all
     * @param listener hears about each test
     */
    public SuiteRunner(VendorConfig config, Set<String> profiles, ProgressListener listener) {
        this.config = config;
        this.catalogue = RequirementCatalogue.bundled();
        this.validator = ContractValidator.bundled();
        this.profiles = Set.copyOf(profiles);
        this.listener = listener;
    }

    /** The test methods of these classes, in a stable order (class order, then method name). */
    public static List<TestCase> discover(List<Class<?>> classes) {
        List<TestCase> cases = new ArrayList<>();
        for (Class<?> c : classes) {
            List<Method> methods = new ArrayList<>();
            for (Method m : c.getMethods()) {
                if (m.isAnnotationPresent(Requirement.class)) {
                    methods.add(m);
                }
            }
            methods.sort(Comparator.comparing(Method::getName));
            methods.forEach(m -> cases.add(new TestCase(c, m)));
        }
        return cases;
    }

    /** Runs every test of these classes. */
    public SuiteResult run(List<Class<?>> classes) {
        long start = System.nanoTime();
        Oidc oidc = new Oidc(config);
        List<TestCase> cases = discover(classes);
        List<TestResult> results = new ArrayList<>();
        try (WebhookReceiver webhooks = new WebhookReceiver(config.webhooks())) {
            for (int i = 0; i < cases.size(); i++) {
                TestCase test = cases.get(i);
                listener.started(i + 1, cases.size(), test);
                TestResult result = runOne(test, oidc, webhooks);
                results.add(result);
                listener.finished(i + 1, cases.size(), result);
            }
        }
        return new SuiteResult(SuiteVersion.get(), validator.contractVersion(), config.baseUrl().toString(),
                List.copyOf(results), (System.nanoTime() - start) / 1_000_000);
    }

    private TestResult runOne(TestCase test, Oidc oidc, WebhookReceiver webhooks) {
        List<RequirementCatalogue.Entry> cited = new ArrayList<>();
        for (String id : test.requirements()) {
            cited.add(catalogue.find(id).orElseThrow(() -> new IllegalStateException(
                    test.name() + " cites " + id + ", which is not in the requirement catalogue")));
        }
        boolean required = cited.stream().allMatch(RequirementCatalogue.Entry::isMust);
        if (!profiles.isEmpty() && !profiles.contains(test.profile())) {
            return new TestResult(test, required, Verdict.NOT_TESTED, "profile " + test.profile() + " not selected",
                    List.of(), 0);
        }
        for (RequirementCatalogue.Entry e : cited) {
            if (!config.declares(e.capability())) {
                return new TestResult(test, required, Verdict.NOT_TESTED,
                        "capability " + e.capability() + " not declared", List.of(), 0);
            }
        }
        ConformanceHttpClient http = new ConformanceHttpClient(config.baseUrl(), validator);
        long start = System.nanoTime();
        String failure = invoke(test, new TestContext(config, http, oidc, webhooks));
        List<String> violations = new ArrayList<>();
        for (Exchange e : http.exchanges()) {
            e.violations().forEach(v -> violations.add(e.method() + " " + e.url() + " -> " + e.status() + ": " + v));
        }
        if (failure == null && !violations.isEmpty()) {
            failure = "the response broke the contract (GEN-022): " + String.join("; ", violations);
        } else if (failure != null && !violations.isEmpty()) {
            failure = failure + "; contract violations (GEN-022): " + String.join("; ", violations);
        }
        Redactor redactor = new Redactor(config.secrets());
        List<Exchange> redacted = http.exchanges().stream().map(redactor::redact).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new TestResult(test, required, failure == null ? Verdict.PASSED : Verdict.FAILED,
                failure == null ? null : redactor.text(failure), redacted, millis);
    }

    private static String invoke(TestCase test, TestContext context) {
        try {
            Object instance = Modifier.isStatic(test.method().getModifiers()) ? null
                    : test.testClass().getDeclaredConstructor().newInstance();
            test.method().invoke(instance, context);
            return null;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AssertionError ? String.valueOf(cause.getMessage()).strip()
                    : "the test stopped with " + cause;
        } catch (ReflectiveOperationException e) {
            return "the test could not be started: " + e;
        }
    }
}
