package id.mpp.conformance.run;

import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.RunsAlone;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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
    private final int parallelism;

    /**
     * A runner.
     *
     * @param config the implementation under test
     * @param profiles the profiles to run; empty for all
     * @param listener hears about each test
     */
    public SuiteRunner(VendorConfig config, Set<String> profiles, ProgressListener listener) {
        this(config, profiles, listener, 1);
    }

    /**
     * A runner that runs up to {@code parallelism} tests at a time. Each test has its own HTTP client, browser and
     * accounts; the test accounts' cached tokens are shared. A test marked {@link RunsAlone} runs by itself.
     *
     * @param config the implementation under test
     * @param profiles the profiles to run; empty for all
     * @param listener hears about each test (one call at a time)
     * @param parallelism how many tests may run at once, at least 1
     */
    public SuiteRunner(VendorConfig config, Set<String> profiles, ProgressListener listener, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.parallelism = parallelism;
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
        TestResult[] results = new TestResult[cases.size()];
        AtomicInteger finished = new AtomicInteger();
        ReadWriteLock alone = new ReentrantReadWriteLock(true);
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "conformance-test");
            thread.setDaemon(true);
            return thread;
        });
        try (WebhookReceiver webhooks = new WebhookReceiver(config.webhooks())) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    TestCase test = cases.get(index);
                    Lock lock = test.runsAlone() ? alone.writeLock() : alone.readLock();
                    lock.lock();
                    try {
                        synchronized (listener) {
                            listener.started(index + 1, cases.size(), test);
                        }
                        results[index] = runOne(test, oidc, webhooks);
                    } finally {
                        lock.unlock();
                    }
                    synchronized (listener) {
                        listener.finished(finished.incrementAndGet(), cases.size(), results[index]);
                    }
                }));
            }
            for (Future<?> test : running) {
                test.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the runner failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new SuiteResult(SuiteVersion.get(), validator.contractVersion(), config.baseUrl().toString(),
                List.of(results), (System.nanoTime() - start) / 1_000_000);
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
