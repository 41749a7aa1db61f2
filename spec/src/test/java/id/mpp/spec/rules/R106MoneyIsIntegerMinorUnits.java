package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.SchemaSite;
import id.mpp.spec.support.SchemaWalker;
import id.mpp.spec.support.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * money is an object with an integer {@code amount} (the currency's smallest unit) and a string
 * {@code currency}; never a floating-point number.
 *
 * <ul>
 *   <li>a property named {@code amount} is either that integer, in an object that also has {@code currency}, or
 *       itself a money object;</li>
 *   <li>a property named {@code *_amount}, {@code fee}, {@code *_fee}, {@code price}, {@code *_price},
 *       {@code cost} or {@code *_cost} is an object (a money object, or one holding it such as a fee with its
 *       kind), never a bare number or string;</li>
 *   <li>an object with {@code amount} and {@code currency} has a string {@code currency}.</li>
 * </ul>
 */
public final class R106MoneyIsIntegerMinorUnits implements Rule {

    static final Set<String> BARE = Set.of("number", "integer", "string");
    static final Pattern MONEY = Pattern.compile("^((.+_)?(fee|price|cost)|.+_amount)$");

    @Override
    public String id() {
        return "R-106";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        List<String> violations = new ArrayList<>();
        for (SchemaSite site : SchemaWalker.sites(root)) {
            String name = site.propertyName();
            if (name == null) {
                continue;
            }
            String type = Schemas.type(root, site.schema());
            if (name.equals("amount")) {
                JsonNode parent = site.enclosingSchemas().size() > 1
                        ? site.enclosingSchemas().get(site.enclosingSchemas().size() - 2) : null;
                boolean inMoney = parent != null && Schemas.properties(root, parent).containsKey("currency");
                if (type.equals("integer") && !inMoney) {
                    violations.add(site.where() + ": 'amount' is in an object without 'currency'");
                } else if (!type.equals("integer") && !isMoney(root, site.schema())) {
                    violations.add(site.where() + ": 'amount' is " + describe(type) + ", not an integer of minor units");
                }
            } else if (MONEY.matcher(name).matches() && BARE.contains(type)) {
                violations.add(site.where() + ": money property '" + name + "' is " + describe(type)
                        + ", not a money object {amount (integer), currency}");
            }
            if (name.equals("currency") && !type.equals("string")) {
                violations.add(site.where() + ": 'currency' is " + describe(type) + ", not an ISO 4217 string");
            }
        }
        return violations;
    }

    /** An object whose {@code amount} is an integer and whose {@code currency} is a string. */
    static boolean isMoney(JsonNode root, JsonNode schema) {
        Map<String, JsonNode> properties = Schemas.properties(root, schema);
        return properties.containsKey("amount") && properties.containsKey("currency")
                && Schemas.type(root, properties.get("amount")).equals("integer")
                && Schemas.type(root, properties.get("currency")).equals("string");
    }

    private static String describe(String type) {
        return type.isEmpty() ? "untyped" : "type " + type;
    }
}
