package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.SchemaSite;
import id.mpp.spec.support.SchemaWalker;
import id.mpp.spec.support.Schemas;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * a property or parameter that holds a code from an outside registry (anything named {@code code} or
 * {@code *_code}, a NIK, NPWP or NIB, also as {@code *_nik}, ...) is a string (or an array of strings), never a
 * number: leading zeros matter.
 */
public final class R105CodesAreStrings implements Rule {

    static final Pattern CODE = Pattern.compile("^(.+_)?(code|nik|npwp|nib)$");

    @Override
    public String id() {
        return "R-105";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        Set<String> violations = new LinkedHashSet<>();
        for (SchemaSite site : SchemaWalker.sites(root)) {
            if (site.propertyName() != null && CODE.matcher(site.propertyName()).matches() && !isStringy(root, site.schema())) {
                violations.add(site.where() + ": code property '" + site.propertyName() + "' is "
                        + describe(root, site.schema()) + ", not a string");
            }
        }
        for (Operation operation : contract.operations()) {
            for (ObjectNode parameter : operation.parameters()) {
                String name = parameter.path("name").asText();
                if (CODE.matcher(name).matches() && !isStringy(root, parameter.path("schema"))) {
                    violations.add(operation.label() + ": code parameter '" + name + "' is "
                            + describe(root, parameter.path("schema")) + ", not a string");
                }
            }
        }
        return List.copyOf(violations);
    }

    private static boolean isStringy(JsonNode root, JsonNode schema) {
        String type = Schemas.type(root, schema);
        if (type.equals("array")) {
            JsonNode items = Schemas.resolve(root, schema).path("items");
            return Schemas.type(root, items).equals("string");
        }
        return type.equals("string");
    }

    private static String describe(JsonNode root, JsonNode schema) {
        String type = Schemas.type(root, schema);
        return type.isEmpty() ? "untyped" : "type " + type;
    }
}
