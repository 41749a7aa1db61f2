package id.mpp.conformance.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a conformance test method and names the requirement IDs of the catalogue it proves.
 *
 * <p>A test method is public, takes one {@link TestContext} and returns nothing; it fails by throwing an
 * {@link AssertionError}. Whether it is required, optional or not tested follows from the cited requirements:
 * their level (MUST or SHOULD) and their capability, against the capabilities the vendor declares.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requirement {

    /** The requirement IDs, for example {@code "GEN-003"}. */
    String[] value();
}
