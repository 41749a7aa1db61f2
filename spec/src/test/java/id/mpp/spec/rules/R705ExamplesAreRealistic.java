package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.ExampleSite;
import id.mpp.spec.support.ExampleWalker;
import id.mpp.spec.support.Examples;
import id.mpp.spec.support.ParsedContract;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * R-705: examples are realistic where a machine can tell. A NIK (a value named {@code nik} or {@code *_nik}, or of
 * the schema {@code Nik}) passes the NIK structural check; a region code (named {@code region_code} or
 * {@code *_region_code}, or of the schema {@code RegionCode}) is {@code PP.KK} and one of the 21 pilot regions
 * ({@code rules/pilot-regions.txt}); a {@code province_code} is {@code PP}; a {@code district_code} is
 * {@code PP.KK.CC} and a {@code village_code} {@code PP.KK.CC.DDDD}, both inside a pilot region.
 */
public final class R705ExamplesAreRealistic implements Rule {

    static final String PILOT_REGIONS_RESOURCE = "rules/pilot-regions.txt";
    private static final Pattern NIK_NAME = Pattern.compile("^(.+_)?nik$");
    private static final Pattern REGION_NAME = Pattern.compile("^(.+_)?region_code$");
    private static final Pattern PROVINCE_NAME = Pattern.compile("^(.+_)?province_code$");
    private static final Pattern DISTRICT_NAME = Pattern.compile("^(.+_)?district_code$");
    private static final Pattern VILLAGE_NAME = Pattern.compile("^(.+_)?village_code$");

    private final Set<String> pilotRegions = readPilotRegions();

    @Override
    public String id() {
        return "R-705";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        Set<String> violations = new LinkedHashSet<>();
        for (ExampleSite site : Examples.all(root)) {
            Map<String, String> problems = new LinkedHashMap<>();
            byName(site.value(), "", site.name(), problems);
            ExampleWalker.walk(root, site.value(), site.schema(), site.name(), step -> {
                if (step.value().isTextual() && step.components().contains("Nik")) {
                    problems.putIfAbsent(step.pointer(), nikProblem(step.value().asText()));
                } else if (step.value().isTextual() && step.components().contains("RegionCode")) {
                    problems.putIfAbsent(step.pointer(), regionProblem(step.value().asText()));
                }
            });
            problems.forEach((pointer, problem) -> {
                if (problem != null) {
                    violations.add(site.where() + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + problem);
                }
            });
        }
        return List.copyOf(violations);
    }

    /** Checks every value by the name it is held under, whatever the schema says. */
    private void byName(JsonNode value, String pointer, String name, Map<String, String> problems) {
        if (value.isTextual() && name != null) {
            String text = value.asText();
            String problem = NIK_NAME.matcher(name).matches() ? nikProblem(text)
                    : REGION_NAME.matcher(name).matches() ? regionProblem(text)
                    : PROVINCE_NAME.matcher(name).matches() ? formatProblem(text, "^[0-9]{2}$", "province code", "PP")
                    : DISTRICT_NAME.matcher(name).matches() ? withinPilot(text, "^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}$", "district code", "PP.KK.CC")
                    : VILLAGE_NAME.matcher(name).matches() ? withinPilot(text, "^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$", "village code", "PP.KK.CC.DDDD")
                    : null;
            problems.put(pointer, problem);
        } else if (value.isObject()) {
            value.properties().forEach(member -> byName(member.getValue(),
                    pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1"), member.getKey(), problems));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                byName(value.get(i), pointer + "/" + i, name, problems);
            }
        }
    }

    private static String nikProblem(String nik) {
        String problem = Nik.problem(nik);
        return problem == null ? null : "NIK '" + nik + "' " + problem;
    }

    private String regionProblem(String code) {
        String problem = formatProblem(code, "^[0-9]{2}\\.[0-9]{2}$", "region code", "PP.KK");
        if (problem == null && !pilotRegions.contains(code)) {
            return "region code '" + code + "' is not one of the 21 pilot regions";
        }
        return problem;
    }

    private String withinPilot(String code, String format, String what, String shape) {
        String problem = formatProblem(code, format, what, shape);
        if (problem == null && !pilotRegions.contains(code.substring(0, 5))) {
            return what + " '" + code + "' is not inside one of the 21 pilot regions";
        }
        return problem;
    }

    private static String formatProblem(String code, String format, String what, String shape) {
        return code.matches(format) ? null : what + " '" + code + "' is not " + shape;
    }

    private static Set<String> readPilotRegions() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                R705ExamplesAreRealistic.class.getClassLoader().getResourceAsStream(PILOT_REGIONS_RESOURCE)),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
