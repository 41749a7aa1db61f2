package id.mpp.server.domain.application;

import id.mpp.server.domain.service.ServiceDefinition.RequirementRule;
import id.mpp.server.domain.vault.AttachableDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks attached documents against a service's requirements (APP-004 to APP-008): every missing required type
 * (pointer {@code #/documents}), then, in the order of the request, every offending document (pointer
 * {@code #/documents/<index>}) with the first code that applies: {@code NOT_A_REQUIREMENT}, {@code
 * DOCUMENT_NOT_FOUND} (also for another citizen's document: the two read the same), {@code DOCUMENT_TYPE_MISMATCH},
 * {@code DOCUMENT_REJECTED}, {@code DOCUMENT_STATUS_NOT_ACCEPTED}. All of them, not only the first.
 */
public final class RequirementCheck {

    private RequirementCheck() {
    }

    /** The first index whose document type repeats an earlier one (APP-039: {@code 400 DUPLICATE}). */
    public static OptionalInt firstDuplicateType(List<AttachedDocument> attached) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attached.size(); i++) {
            if (!seen.add(attached.get(i).documentType())) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The violations of a submission.
     *
     * @param attached the documents as the request lists them
     * @param owned the applicant's own documents among them (from the vault; others are absent)
     * @param requirements the service's requirements
     */
    public static List<RequirementViolation> check(List<AttachedDocument> attached,
            Collection<AttachableDocument> owned, List<RequirementRule> requirements) {
        return check(attached, owned, requirements, Set.of());
    }

    /**
     * The violations of a submission or revision: as {@link #check(List, Collection, List)}, where the types in
     * {@code alreadyAttached} (the documents an application keeps through a revision) count as present.
     */
    public static List<RequirementViolation> check(List<AttachedDocument> attached,
            Collection<AttachableDocument> owned, List<RequirementRule> requirements, Set<String> alreadyAttached) {
        Map<String, RequirementRule> rules = requirements.stream()
                .collect(Collectors.toMap(RequirementRule::documentType, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Map<String, AttachableDocument> byId = owned.stream()
                .collect(Collectors.toMap(AttachableDocument::id, Function.identity(), (a, b) -> a));
        Set<String> present = new HashSet<>(alreadyAttached);
        attached.forEach(document -> present.add(document.documentType()));
        List<RequirementViolation> violations = new ArrayList<>();
        for (RequirementRule rule : rules.values()) {
            if (rule.required() && !present.contains(rule.documentType())) {
                violations.add(new RequirementViolation("#/documents", RequirementViolation.REQUIRED_DOCUMENT_MISSING,
                        rule.documentType(), null));
            }
        }
        for (int i = 0; i < attached.size(); i++) {
            AttachedDocument document = attached.get(i);
            String code = codeOf(document, rules.get(document.documentType()), byId.get(document.documentId()));
            if (code != null) {
                violations.add(new RequirementViolation("#/documents/" + i, code, document.documentType(),
                        document.documentId()));
            }
        }
        return List.copyOf(violations);
    }

    private static String codeOf(AttachedDocument document, RequirementRule rule, AttachableDocument inVault) {
        if (rule == null) {
            return RequirementViolation.NOT_A_REQUIREMENT;
        }
        if (inVault == null) {
            return RequirementViolation.DOCUMENT_NOT_FOUND;
        }
        if (!inVault.typeCode().equals(document.documentType())) {
            return RequirementViolation.DOCUMENT_TYPE_MISMATCH;
        }
        if ("REJECTED".equals(inVault.status())) {
            return RequirementViolation.DOCUMENT_REJECTED;
        }
        if (!rule.acceptedStatuses().contains(inVault.status())) {
            return RequirementViolation.DOCUMENT_STATUS_NOT_ACCEPTED;
        }
        return null;
    }
}
