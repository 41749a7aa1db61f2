package id.mpp.spec.rules;

import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * R-204: operationIds are unique, lowerCamelCase, and start with a verb. The verbs are listed in the test resource
 * {@code rules/verbs.txt}: a new verb is added there, on purpose.
 */
public final class R204OperationIdsAreUniqueLowerCamelCaseVerbs implements Rule {

    static final String VERBS_RESOURCE = "rules/verbs.txt";
    private static final Pattern FIRST_WORD = Pattern.compile("^[a-z]+");

    private final Set<String> verbs = readVerbs();

    @Override
    public String id() {
        return "R-204";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        Map<String, Operation> seen = new HashMap<>();
        for (Operation operation : contract.operations()) {
            String id = operation.operationId();
            if (id.isEmpty()) {
                continue; // R-701 reports a missing operationId
            }
            Operation earlier = seen.putIfAbsent(id, operation);
            if (earlier != null) {
                violations.add(operation.label() + ": operationId '" + id + "' is also used by " + earlier.label());
            }
            if (!Names.LOWER_CAMEL_CASE.matcher(id).matches()) {
                violations.add(operation.label() + ": operationId '" + id + "' is not lowerCamelCase");
            }
            Matcher first = FIRST_WORD.matcher(id);
            if (!first.find() || !verbs.contains(first.group())) {
                violations.add(operation.label() + ": operationId '" + id + "' does not start with a verb of " + VERBS_RESOURCE);
            }
        }
        return violations;
    }

    private static Set<String> readVerbs() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                R204OperationIdsAreUniqueLowerCamelCaseVerbs.class.getClassLoader().getResourceAsStream(VERBS_RESOURCE)),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
