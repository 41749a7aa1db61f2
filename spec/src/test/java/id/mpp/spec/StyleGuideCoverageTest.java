package id.mpp.spec;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.rules.Rule;
import id.mpp.spec.rules.Rules;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md and the checks agree: every rule marked <em>(checked)</em> has a check and a test class whose methods are
 * named after its ID (checked on the contract, and proven able to fail on a fixture), and no check claims a rule
 * that STYLE.md does not mark as checked.
 */
class StyleGuideCoverageTest {

    private static final Pattern CHECKED_RULE = Pattern.compile("\\*\\*\\[(R-\\d{3})]\\s+(MUST|SHOULD)\\*\\*\\s+\\*\\(checked\\)\\*");

    @Test
    void everyCheckedRuleOfTheStyleGuideHasACheckAndEveryCheckARule() throws IOException {
        Set<String> checkedInStyleGuide = checkedRules();
        Set<String> implemented = Rules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));

        assertThat(checkedInStyleGuide).hasSizeGreaterThan(25);
        assertThat(implemented).isEqualTo(checkedInStyleGuide);
    }

    @Test
    void everyCheckHasATestClassWithATestOnTheContractAndOneOnAFixture() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            String prefix = rule.id().replace("-", "") + "_";
            List<Method> tests = testMethods(rule.getClass().getName() + "Test");
            if (tests.stream().filter(m -> m.getName().startsWith(prefix)).count() < 2) {
                missing.add(rule.id() + ": " + rule.getClass().getSimpleName() + "Test needs at least two tests named " + prefix + "...");
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Method> testMethods(String className) {
        try {
            return Arrays.stream(Class.forName(className).getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class))
                    .toList();
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }

    private static Set<String> checkedRules() throws IOException {
        Path style = Files.exists(Path.of("STYLE.md")) ? Path.of("STYLE.md") : Path.of("spec", "STYLE.md");
        Set<String> ids = new TreeSet<>();
        Matcher matcher = CHECKED_RULE.matcher(Files.readString(style));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
