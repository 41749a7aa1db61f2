package id.mpp.server.http.problem;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * JSON Pointers to the inputs of a request (STYLE R-303): {@code #/query/page_size}, {@code #/path/region_code},
 * {@code #/header/If-Match}, or into the body ({@code #/nik}). A route argument is named as the contract names it,
 * from its binding annotation, not as the Java parameter is called.
 */
final class InputPointers {

    private InputPointers() {
    }

    /** The pointer of the route argument called {@code javaName} in this request's route, then {@code rest}. */
    static String forArgument(HttpRequest<?> request, String javaName, String rest) {
        return RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .flatMap(match -> Arrays.stream(((MethodBasedRouteMatch<?, ?>) match).getArguments())
                        .filter(argument -> argument.getName().equals(javaName))
                        .findFirst())
                .map(argument -> forArgument((Argument<?>) argument, rest))
                .orElse("#/" + javaName + rest);
    }

    /** The pointer of a bound argument, then {@code rest} (a pointer into a body argument). */
    static String forArgument(Argument<?> argument, String rest) {
        AnnotationMetadata metadata = argument.getAnnotationMetadata();
        if (metadata.hasAnnotation(QueryValue.class)) {
            return "#/query/" + bound(metadata, QueryValue.class, argument) + rest;
        }
        if (metadata.hasAnnotation(PathVariable.class)) {
            return "#/path/" + bound(metadata, PathVariable.class, argument) + rest;
        }
        if (metadata.hasAnnotation(Header.class)) {
            return "#/header/" + boundHeader(metadata, argument) + rest;
        }
        if (metadata.hasAnnotation(CookieValue.class)) {
            return "#/cookie/" + bound(metadata, CookieValue.class, argument) + rest;
        }
        if (metadata.hasAnnotation(Body.class)) {
            Optional<String> part = metadata.stringValue(Body.class).filter(name -> !name.isEmpty());
            return part.map(name -> "#/" + name + rest).orElse(rest.isEmpty() ? "#" : "#" + rest);
        }
        return "#/" + argument.getName() + rest;
    }

    private static String bound(AnnotationMetadata metadata, Class<? extends java.lang.annotation.Annotation> type,
                                Argument<?> argument) {
        return metadata.stringValue(type).filter(name -> !name.isEmpty()).orElse(argument.getName());
    }

    private static String boundHeader(AnnotationMetadata metadata, Argument<?> argument) {
        return metadata.stringValue(Header.class, "name")
                .or(() -> metadata.stringValue(Header.class))
                .filter(name -> !name.isEmpty())
                .orElse(argument.getName());
    }
}
