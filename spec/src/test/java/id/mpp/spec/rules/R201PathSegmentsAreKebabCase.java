package id.mpp.spec.rules;

import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/**
 * every literal path segment is lower-case kebab-case and every path parameter segment is a whole
 * {@code {snake_case}} segment. OpenID Connect discovery's fixed path is not ours to name.
 */
public final class R201PathSegmentsAreKebabCase implements Rule {

    @Override
    public String id() {
        return "R-201";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        contract.root().path("paths").fieldNames().forEachRemaining(path -> {
            if (path.equals(R102PathsStartWithV1.DISCOVERY)) {
                return;
            }
            for (String segment : path.substring(path.startsWith("/") ? 1 : 0).split("/", -1)) {
                if (segment.startsWith("{") || segment.contains("{") || segment.contains("}")) {
                    boolean whole = segment.startsWith("{") && segment.endsWith("}");
                    String name = whole ? segment.substring(1, segment.length() - 1) : segment;
                    if (!whole || !Names.SNAKE_CASE.matcher(name).matches()) {
                        violations.add("path " + path + ": parameter segment '" + segment + "' is not a whole {snake_case} segment");
                    }
                } else if (!Names.KEBAB_CASE.matcher(segment).matches()) {
                    violations.add("path " + path + ": segment '" + segment + "' is not lower-case kebab-case");
                }
            }
        });
        return violations;
    }
}
