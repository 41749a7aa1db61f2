package id.mpp.server.http.document;

import id.mpp.server.generated.model.AccessLogEntryList;
import id.mpp.server.generated.model.Document;
import id.mpp.server.generated.model.DocumentCategory;
import id.mpp.server.generated.model.DocumentGrantList;
import id.mpp.server.generated.model.DocumentGrantStatus;
import id.mpp.server.generated.model.DocumentList;
import id.mpp.server.generated.model.DocumentOrigin;
import id.mpp.server.generated.model.DocumentStatus;
import id.mpp.server.generated.model.DocumentType;
import id.mpp.server.generated.model.DocumentTypeList;
import id.mpp.server.generated.model.DocumentVerificationRequest;
import id.mpp.server.generated.model.IssuedDocumentVerification;
import id.mpp.server.http.Language;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.document.DocumentRow;
import id.mpp.server.storage.document.VaultStore;
import io.micronaut.core.annotation.Nullable;
import id.mpp.server.domain.account.SlidingWindowLimiter;
import id.mpp.server.domain.account.ThrottleDecision;
import id.mpp.server.storage.document.VaultSettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import java.time.Clock;
import java.time.Duration;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.InputStream;

/**
 * The Documents operations of the contract (the document vault, issue 5). Written by hand rather than implementing
 * the generated {@code DocumentsApi}: its {@code uploadDocument} binds the file as a {@code CompletedFileUpload},
 * which Micronaut buffers whole before the method runs, while the contract (and DOC-005, DOC-011) needs the body read
 * as a stream, part by part, stopping at the first byte past the limit. One interface cannot be implemented in part,
 * so every operation of the tag is here, with the generated interface's routes, parameters and constraints.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentController {
    private static final String DOC_ID = "^doc_[0-9A-HJKMNP-TV-Z]{26}$";
    private static final String APP_ID = "^app_[0-9A-HJKMNP-TV-Z]{26}$";
    private static final String TYPE_CODE = "^[A-Z][A-Z0-9_]{1,47}$";
    private static final String CODE = "^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"
            + "-[0-9A-HJKMNP-TV-Z]{4}$";
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final CitizenDocuments citizen;
    private final OfficerDocuments officer;
    private final DocumentUploads uploads;
    private final Downloads downloads;
    private final DocumentViews views;
    private final Actors actors;
    private final VaultStore store;
    private final HttpClientAddressResolver addresses;
    private final ErrorResponseProcessor<?> problems;
    private final SlidingWindowLimiter issuedLookups;

    DocumentController(CitizenDocuments citizen, OfficerDocuments officer, DocumentUploads uploads,
            Downloads downloads, DocumentViews views, Actors actors, VaultStore store,
            HttpClientAddressResolver addresses, ErrorResponseProcessor<?> problems, VaultSettings settings,
            Clock clock) {
        this.addresses = addresses;
        this.problems = problems;
        this.issuedLookups = new SlidingWindowLimiter(settings.getIssuedLookupsPerMinute(), Duration.ofMinutes(1),
                100_000, clock);
        this.citizen = citizen;
        this.officer = officer;
        this.uploads = uploads;
        this.downloads = downloads;
        this.views = views;
        this.actors = actors;
        this.store = store;
    }

    // ---- Document types (public)

    @Get("/v1/document-types")
    @Produces({JSON, PROBLEM})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<DocumentTypeList> listDocumentTypes(HttpRequest<?> request,
            @QueryValue("category") @Nullable DocumentCategory category,
            @QueryValue(value = "page_size", defaultValue = "20") @Nullable @Min(1) @Max(100) Integer pageSize,
            @QueryValue("page_token") @Nullable @Size(max = 512) String pageToken) {
        return HttpResponse.ok(citizen.types(category == null ? null : category.getValue(), pageSize, pageToken,
                Language.of(request)));
    }

    @Get("/v1/document-types/{document_type_code}")
    @Produces({JSON, PROBLEM})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<DocumentType> getDocumentType(HttpRequest<?> request,
            @PathVariable("document_type_code") @NotNull @Pattern(regexp = TYPE_CODE) String documentTypeCode) {
        return HttpResponse.ok(citizen.type(documentTypeCode, Language.of(request)));
    }

    // ---- The citizen's documents

    @Get("/v1/documents")
    @Produces({JSON, PROBLEM})
    @Secured("documents.read")
    HttpResponse<DocumentList> listDocuments(HttpRequest<?> request, Authentication authentication,
            @QueryValue("document_type") @Nullable @Pattern(regexp = TYPE_CODE) String documentType,
            @QueryValue("status") @Nullable DocumentStatus status,
            @QueryValue("origin") @Nullable DocumentOrigin origin,
            @QueryValue(value = "page_size", defaultValue = "20") @Nullable @Min(1) @Max(100) Integer pageSize,
            @QueryValue("page_token") @Nullable @Size(max = 512) String pageToken) {
        String owner = Actors.citizen(Caller.of(authentication));
        return HttpResponse.ok(citizen.list(owner, documentType, status == null ? null : status.getValue(),
                origin == null ? null : origin.getValue(), pageSize, pageToken, Language.of(request)));
    }

    /**
     * {@code uploadDocument}: the raw body as a stream (see the class comment). The {@code Idempotency-Key} header is
     * deliberately not a parameter: the idempotency filter applies to routes that declare it and would read the
     * whole body into memory to fingerprint it. A retry of the same upload answers 200 with the same document
     * (upload once) instead of replaying the 201.
     */
    @Post(value = "/v1/documents", consumes = "*/*")
    @Produces({JSON, PROBLEM})
    @Secured("documents.write")
    HttpResponse<Document> uploadDocument(HttpRequest<?> request, Authentication authentication,
            @Body InputStream body) {
        String owner = Actors.citizen(Caller.of(authentication));
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        long contentLength = request.getContentLength();
        DocumentUploads.Outcome outcome = uploads.upload(owner, contentType, contentLength, body);
        DocumentRow doc = outcome.document();
        Document view = views.document(doc, Language.of(request), null);
        MutableHttpResponse<Document> response = outcome.created()
                ? HttpResponse.created(view).header(HttpHeaders.LOCATION, "/v1/documents/" + doc.id())
                : HttpResponse.ok(view);
        return response.header(HttpHeaders.ETAG, doc.etag());
    }

    @Get("/v1/documents/{document_id}")
    @Produces({JSON, PROBLEM})
    @Secured("documents.read")
    HttpResponse<Document> getDocument(HttpRequest<?> request, Authentication authentication,
            @PathVariable("document_id") @NotNull @Pattern(regexp = DOC_ID) String documentId) {
        String owner = Actors.citizen(Caller.of(authentication));
        DocumentRow doc = citizen.owned(owner, documentId);
        return HttpResponse.ok(views.document(doc, Language.of(request), null)).header(HttpHeaders.ETAG, doc.etag());
    }

    @Delete("/v1/documents/{document_id}")
    @Produces({JSON, PROBLEM})
    @Secured("documents.write")
    HttpResponse<Void> deleteDocument(Authentication authentication,
            @Header("If-Match") @Nullable String ifMatch,
            @PathVariable("document_id") @NotNull @Pattern(regexp = DOC_ID) String documentId) {
        Caller caller = Caller.of(authentication);
        String owner = Actors.citizen(caller);
        if (ifMatch == null) {
            citizen.owned(owner, documentId);
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.document-precondition-required");
        }
        DocumentRow deleted = citizen.deleteRecord(owner, documentId, ifMatch, actors.citizenActor(caller));
        citizen.destroyBytes(deleted);
        return HttpResponse.noContent();
    }

    @Get("/v1/documents/{document_id}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", PROBLEM})
    @Secured("documents.read")
    HttpResponse<?> downloadDocument(HttpRequest<?> request, Authentication authentication,
            @PathVariable("document_id") @NotNull @Pattern(regexp = DOC_ID) String documentId,
            @Header("Range") @Nullable @Size(max = 200) String range,
            @Header("If-None-Match") @Nullable @Size(max = 1000) String ifNoneMatch) {
        Caller caller = Caller.of(authentication);
        String owner = Actors.citizen(caller);
        DocumentRow doc = citizen.owned(owner, documentId);
        Downloads.Plan plan = downloads.plan(doc, range, ifNoneMatch);
        if (plan instanceof Downloads.Content) {
            citizen.logDownload(doc, actors.citizenActor(caller));
        }
        return downloads.respond(request, doc, plan, range);
    }

    @Get("/v1/document-grants")
    @Produces({JSON, PROBLEM})
    @Secured("documents.read")
    HttpResponse<DocumentGrantList> listDocumentGrants(HttpRequest<?> request, Authentication authentication,
            @QueryValue("document_id") @Nullable @Pattern(regexp = DOC_ID) String documentId,
            @QueryValue("application_id") @Nullable @Pattern(regexp = APP_ID) String applicationId,
            @QueryValue("status") @Nullable DocumentGrantStatus status,
            @QueryValue(value = "page_size", defaultValue = "20") @Nullable @Min(1) @Max(100) Integer pageSize,
            @QueryValue("page_token") @Nullable @Size(max = 512) String pageToken) {
        String owner = Actors.citizen(Caller.of(authentication));
        return HttpResponse.ok(citizen.grants(owner, documentId, applicationId,
                status == null ? null : status.getValue(), pageSize, pageToken, Language.of(request)));
    }

    @Get("/v1/document-access-log")
    @Produces({JSON, PROBLEM})
    @Secured("documents.read")
    HttpResponse<AccessLogEntryList> listDocumentAccessLog(HttpRequest<?> request, Authentication authentication,
            @QueryValue("document_id") @Nullable @Pattern(regexp = DOC_ID) String documentId,
            @QueryValue("application_id") @Nullable @Pattern(regexp = APP_ID) String applicationId,
            @QueryValue(value = "page_size", defaultValue = "20") @Nullable @Min(1) @Max(100) Integer pageSize,
            @QueryValue("page_token") @Nullable @Size(max = 512) String pageToken) {
        String owner = Actors.citizen(Caller.of(authentication));
        return HttpResponse.ok(citizen.accessLog(owner, documentId, applicationId, pageSize, pageToken,
                Language.of(request)));
    }

    // ---- Officers and agency systems, through a grant

    @Get("/v1/applications/{application_id}/documents/{document_id}")
    @Produces({JSON, PROBLEM})
    @Secured("officer")
    HttpResponse<Document> getApplicationDocument(HttpRequest<?> request, Authentication authentication,
            @PathVariable("application_id") @NotNull @Pattern(regexp = APP_ID) String applicationId,
            @PathVariable("document_id") @NotNull @Pattern(regexp = DOC_ID) String documentId) {
        Actors.Actor actor = actors.agencyActor(Caller.of(authentication));
        OfficerDocuments.Access access = officer.access(actor, applicationId, documentId);
        officer.log(access, actor, "READ_METADATA");
        DocumentRow doc = access.document();
        return HttpResponse.ok(views.document(doc, Language.of(request), actor.agencyId()))
                .header(HttpHeaders.ETAG, doc.etag());
    }

    @Get("/v1/applications/{application_id}/documents/{document_id}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", PROBLEM})
    @Secured("officer")
    HttpResponse<?> downloadApplicationDocument(HttpRequest<?> request, Authentication authentication,
            @PathVariable("application_id") @NotNull @Pattern(regexp = APP_ID) String applicationId,
            @PathVariable("document_id") @NotNull @Pattern(regexp = DOC_ID) String documentId,
            @Header("Range") @Nullable @Size(max = 200) String range,
            @Header("If-None-Match") @Nullable @Size(max = 1000) String ifNoneMatch) {
        Actors.Actor actor = actors.agencyActor(Caller.of(authentication));
        OfficerDocuments.Access access = officer.access(actor, applicationId, documentId);
        Downloads.Plan plan = downloads.plan(access.document(), range, ifNoneMatch);
        if (plan instanceof Downloads.Content) {
            officer.log(access, actor, "DOWNLOAD");
        }
        return downloads.respond(request, access.document(), plan, range);
    }

    @Post("/v1/applications/{application_id}/documents/{document_id}/verification")
    @Produces({JSON, PROBLEM})
    @Secured("officer")
    HttpResponse<Document> verifyApplicationDocument(HttpRequest<?> request, Authentication authentication,
            @Header("If-Match") @Nullable String ifMatch,
            @PathVariable("application_id") @NotNull @Pattern(regexp = APP_ID) String applicationId,
            @PathVariable("document_id") @NotNull @Pattern(regexp = DOC_ID) String documentId,
            @Body @NotNull @Valid DocumentVerificationRequest documentVerificationRequest,
            @Header("Idempotency-Key") @Nullable @Size(min = 1, max = 255) String idempotencyKey) {
        Actors.Actor actor = actors.agencyActor(Caller.of(authentication));
        if (ifMatch == null) {
            officer.access(actor, applicationId, documentId);
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.document-precondition-required");
        }
        DocumentRow updated = officer.verify(actor, applicationId, documentId, ifMatch, documentVerificationRequest);
        return HttpResponse.ok(views.document(updated, Language.of(request), actor.agencyId()))
                .header(HttpHeaders.ETAG, updated.etag());
    }

    // ---- Public check of issued documents

    @Get("/v1/issued-documents/{verification_code}")
    @Produces({JSON, PROBLEM})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> verifyIssuedDocument(HttpRequest<?> request,
            @PathVariable("verification_code") @NotNull @Pattern(regexp = CODE) String verificationCode) {
        ThrottleDecision decision = issuedLookups.check(addresses.resolve(request));
        if (!decision.allowed()) {
            return problems.processResponse(ErrorContext.builder(request)
                    .cause(new ProblemException(ProblemType.RATE_LIMITED, "detail.rate-limited")).build(),
                    HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())));
        }
        issuedLookups.record(addresses.resolve(request));
        return store.issued(verificationCode)
                .map(row -> HttpResponse.ok(views.issued(row, Language.of(request))))
                .orElseThrow(() -> ProblemException.notFound("detail.issued-document-not-found", verificationCode));
    }

}
