package id.mpp.spec.rules;

import id.mpp.spec.support.ParsedContract;
import java.util.List;

/** One rule of STYLE.md that the build checks: it lists every place where a contract breaks it. */
public interface Rule {

    /** The rule's ID in STYLE.md, {@code R-201}. */
    String id();

    /** Human-readable violations, each naming the operation, path, schema or example it is about; empty when none. */
    List<String> check(ParsedContract contract);
}
