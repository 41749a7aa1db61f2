package id.mpp.conformance.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Puts a class of conformance tests into a test plan (profile) that {@code --profile} selects. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Profile {

    /** The profile name: {@code general}, {@code catalogue}, {@code sso}, {@code documents}, ... */
    String value();
}
