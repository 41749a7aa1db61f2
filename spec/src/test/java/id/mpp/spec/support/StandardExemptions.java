package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Where another standard's spelling wins over the naming rules (STYLE.md R-206: exempt from ).
 *
 * <p>Exempt is exactly:
 * <ul>
 *   <li>a schema, parameter or operation that carries {@code x-mpp-standard}, with everything written inside it
 *       (a marked schema's nested properties; a marked operation's inline parameters, headers and schemas);</li>
 *   <li>a component (schema, parameter, header, response, request body) that only marked operations use: every
 *       operation whose references reach it, directly or through other components, carries
 *       {@code x-mpp-standard}. The OAuth token endpoint's {@code TokenRequest} body is exempt this way; a
 *       component that an unmarked operation also uses, or that no operation uses, is not.</li>
 * </ul>
 * A component referenced from a marked <em>schema</em> is not exempt by that alone: it is a separate name
 * that must carry its own mark, unless only marked operations reach it.
 */
public final class StandardExemptions {

    public static final String MARK = "x-mpp-standard";

    private final ObjectNode root;
    private final ComponentUsers users;

    public StandardExemptions(ObjectNode root) {
        this.root = root;
        this.users = ComponentUsers.of(root);
    }

    /** Whether the naming rules skip this schema (see the class comment). */
    public boolean isExempt(SchemaSite site) {
        if (site.enclosingSchemas().stream().anyMatch(schema -> schema.has(MARK))) {
            return true;
        }
        if (site.parameter() != null && site.parameter().has(MARK)) {
            return true;
        }
        if (site.operation() != null && site.operation().isStandard()) {
            return true;
        }
        if (site.pathItem() != null && site.operation() == null && pathItemOnlyStandard(site.pathItem())) {
            return true;
        }
        return site.component() != null && isExemptComponent(site.component());
    }

    /** Whether the naming rules skip this parameter of this operation (written inline or as a component). */
    public boolean isExempt(Operation operation, JsonNode parameterAsWritten) {
        if (operation.isStandard() || Refs.resolve(root, parameterAsWritten).has(MARK)) {
            return true;
        }
        return Refs.componentKey(parameterAsWritten).map(this::isExemptComponent).orElse(false);
    }

    /** {@code schemas/TokenRequest}: marked itself, or used by marked operations only. */
    public boolean isExemptComponent(String component) {
        if ((component.startsWith("schemas/") || component.startsWith("parameters/"))
                && root.path("components").at("/" + component).has(MARK)) {
            return true;
        }
        Set<Operation> using = users.of(component);
        return !using.isEmpty() && using.stream().allMatch(Operation::isStandard);
    }

    private boolean pathItemOnlyStandard(ObjectNode pathItem) {
        List<Operation> operations = Operation.all(root).stream().filter(op -> op.pathItem() == pathItem).toList();
        return !operations.isEmpty() && operations.stream().allMatch(Operation::isStandard);
    }
}
