package id.mpp.spec.rules;

import java.util.List;

/** Every rule check, in the order of STYLE.md. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new R101ContractIsSelfContainedOpenApi303(),
                new R102PathsStartWithV1(),
                new R103BodiesUseAllowedMediaTypes(),
                new R104InstantsAndDatesAreNamedForTheirFormat(),
                new R105CodesAreStrings(),
                new R106MoneyIsIntegerMinorUnits(),
                new R107OperationsHaveOneDeclaredTag(),
                new R201PathSegmentsAreKebabCase(),
                new R202NamesAreSnakeCaseAndHeadersTitleCase(),
                new R203EnumValuesAreUpperSnakeCase(),
                new R204OperationIdsAreUniqueLowerCamelCaseVerbs(),
                new R205SchemaNamesAreUpperCamelCase(),
                new R301ErrorsAreProblems(),
                new R302ProblemTypesComeFromTheCatalogue(),
                new R303ValidationErrorsListEveryInput(),
                new R304OperationsDocumentTheirProblems(),
                new R305RateLimitsCarryRetryAfter(),
                new R306UnauthorizedCarriesWwwAuthenticate(),
                new R401CollectionsArePagedObjects(),
                new R403FiltersAreOptionalAndNamedForTheirProperty(),
                new R501PostsTakeIdempotencyKey(),
                new R502VersionedChangesRequireIfMatch(),
                new R503RequestIdEverywhere(),
                new R504AcceptLanguageEverywhere(),
                new R601SecurityIsExplicit(),
                new R602ScopesAreDeclaredAndNamed(),
                new R604NikOnlyWhereAScopeGrantsIt(),
                new R701OperationsAreDocumented(),
                new R702ExamplesAreValid(),
                new R703SchemasAreDescribed(),
                new R704OperationsPromiseRequirements(),
                new R705ExamplesAreRealistic());
    }
}
