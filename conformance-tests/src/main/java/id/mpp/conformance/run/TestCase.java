package id.mpp.conformance.run;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.RunsAlone;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One conformance test method, with the requirement IDs it cites and the profile it belongs to.
 *
 * @param testClass the class declaring it
 * @param method the test method
 */
public record TestCase(Class<?> testClass, Method method) {

    /** A stable name, {@code ClassName.methodName}. */
    public String name() {
        return testClass.getSimpleName() + "." + method.getName();
    }

    /** The cited requirement IDs. */
    public List<String> requirements() {
        return List.of(method.getAnnotation(Requirement.class).value());
    }

    /** Whether the test must run with no other test at the same time ({@link RunsAlone}). */
    public boolean runsAlone() {
        return method.isAnnotationPresent(RunsAlone.class);
    }

    /** The profile of the declaring class ({@code general} when it names none). */
    public String profile() {
        Profile p = testClass.getAnnotation(Profile.class);
        return p == null ? "general" : p.value();
    }
}
