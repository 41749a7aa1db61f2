package id.mpp.spec.rules;

import id.mpp.spec.support.ExampleSite;
import id.mpp.spec.support.ExampleWalker;
import id.mpp.spec.support.Examples;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.SchemaSite;
import id.mpp.spec.support.SchemaWalker;
import id.mpp.spec.support.Schemas;
import id.mpp.spec.support.StandardExemptions;
import java.util.ArrayList;
import java.util.List;

/**
 * a {@code date-time} property is named {@code *_at} and a {@code date} property {@code *_date}; the other
 * way round, a property named {@code *_at} is a {@code date-time} and one named {@code *_date} a {@code date}
 * (except where another standard fixes the type, R-206: OpenID Connect's {@code updated_at} is a number). Every
 * example of a {@code date-time} is in UTC ({@code Z}).
 */
public final class R104InstantsAndDatesAreNamedForTheirFormat implements Rule {

    @Override
    public String id() {
        return "R-104";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        StandardExemptions exemptions = new StandardExemptions(contract.root());
        for (SchemaSite site : SchemaWalker.sites(contract.root())) {
            String name = site.propertyName();
            if (name == null) {
                continue;
            }
            String format = Schemas.format(contract.root(), site.schema());
            if (format.equals("date-time") && !name.endsWith("_at")) {
                violations.add(site.where() + ": date-time property '" + name + "' is not named *_at");
            } else if (format.equals("date") && !name.endsWith("_date")) {
                violations.add(site.where() + ": date property '" + name + "' is not named *_date");
            } else if (!exemptions.isExempt(site)) {
                if (name.endsWith("_at") && !format.equals("date-time")) {
                    violations.add(site.where() + ": property '" + name + "' is named *_at but is not format date-time");
                } else if (name.endsWith("_date") && !format.equals("date")) {
                    violations.add(site.where() + ": property '" + name + "' is named *_date but is not format date");
                }
            }
        }
        for (ExampleSite example : Examples.all(contract.root())) {
            ExampleWalker.walk(contract.root(), example.value(), example.schema(), example.name(), step -> {
                if (step.text("format").equals("date-time") && step.value().isTextual() && !step.value().asText().endsWith("Z")) {
                    violations.add(example.where() + step.pointer() + ": date-time example '" + step.value().asText()
                            + "' is not in UTC (ending in Z)");
                }
            });
        }
        return violations;
    }
}
