package id.mpp.server.storage.document;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The vault's metadata on JDBC (tables of V8 and V9), one dialect for H2 in PostgreSQL mode and PostgreSQL. Every
 * method joins the caller's transaction when there is one (the applications side calls the vault inside its own)
 * and runs in a transaction of its own otherwise: the {@link DataSource} is Micronaut's contextual one, used as it
 * is. Pages are keyset pages, newest first: a page starts after the (instant, ID) of the last item of the previous
 * one; the first page starts after {@link #NO_CURSOR}.
 */
@Singleton
@Transactional
public class VaultStore {

    /** The cursor before the newest item: an instant beyond any stored one. */
    public static final Cursor NO_CURSOR = new Cursor(Instant.parse("9999-12-31T23:59:59Z"), "~");

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String TYPE_COLUMNS = "code, name_id, name_en, description_id, description_en, category,"
            + " issuing_authority_id, issuing_authority_en, media_types, max_size_bytes, issued_as_service_output,"
            + " issued_only, specific_personal_data";
    private static final String DOCUMENT_COLUMNS = "id, owner_id, type_code, title, file_name, media_type,"
            + " size_bytes, sha256, blob_key, status, origin, version, created_at, updated_at, verified_status,"
            + " verified_agency_id, verified_by, verified_application_id, verified_tracking_number, verified_at,"
            + " verified_reason, issued_code";
    private static final String GRANT_COLUMNS = "id, document_id, owner_id, type_code, application_id,"
            + " tracking_number, service_id, region_code, agency_id, granted_at, closed_at, ended_at, expires_at";
    private static final String LOG_COLUMNS = "id, document_id, owner_id, type_code, accessed_at, action,"
            + " actor_type, agency_id, officer_name, client_name, application_id, tracking_number";
    private static final String ISSUED_COLUMNS = "verification_code, document_id, owner_id, type_code, title, sha256,"
            + " agency_id, application_id, tracking_number, issued_at, status, revoked_at, holder_name_masked";

    private final DataSource dataSource;

    public VaultStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A keyset position: the instant and ID of the last item of a page. */
    public record Cursor(Instant at, String id) {

        public String encode() {
            return micros(at) + "|" + id;
        }

        /** The cursor {@link #encode()} made; empty when the text is not one. */
        public static Optional<Cursor> decode(String text) {
            int bar = text.indexOf('|');
            if (bar <= 0) {
                return Optional.empty();
            }
            try {
                long micros = Long.parseLong(text.substring(0, bar));
                return Optional.of(new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
                        text.substring(bar + 1)));
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.empty();
            }
        }

        private static long micros(Instant at) {
            return ChronoUnit.MICROS.between(Instant.EPOCH, at);
        }
    }

    // ---- Document types

    public Optional<DocumentTypeRow> type(String code) {
        return queryOne("SELECT " + TYPE_COLUMNS + " FROM document_type WHERE code = ?", VaultStore::type, code);
    }

    /** Up to {@code limit} types after {@code afterCode}, ordered by code, of {@code category} when not null. */
    public List<DocumentTypeRow> types(String category, String afterCode, int limit) {
        return query("SELECT " + TYPE_COLUMNS + " FROM document_type"
                + " WHERE (CAST(? AS VARCHAR(20)) IS NULL OR category = ?) AND code > ? ORDER BY code LIMIT ?",
                VaultStore::type, category, category, afterCode, limit);
    }

    // ---- Documents

    /**
     * Inserts a visible document.
     *
     * @throws DuplicateContentException when the owner already holds this content as a document of this type
     */
    public void insert(DocumentRow row) {
        DocumentRow.Verification v = row.verification();
        try {
            update("INSERT INTO vault_document (" + DOCUMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.id(), row.ownerId(), row.typeCode(), row.title(), row.fileName(), row.mediaType(),
                    row.sizeBytes(), row.sha256(), row.blobKey(), row.status(), row.origin(), row.version(),
                    row.createdAt(), row.updatedAt(), v == null ? null : v.status(), v == null ? null : v.agencyId(),
                    v == null ? null : v.verifiedBy(), v == null ? null : v.applicationId(),
                    v == null ? null : v.trackingNumber(), v == null ? null : v.verifiedAt(),
                    v == null ? null : v.reason(), row.issuedCode());
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase().contains("vault_document_content_unique")) {
                throw new DuplicateContentException(sql);
            }
            throw e;
        }
    }

    public Optional<DocumentRow> document(String id) {
        return queryOne("SELECT " + DOCUMENT_COLUMNS + " FROM vault_document WHERE id = ?", VaultStore::document, id);
    }

    /** The owner's document with this ID; empty for another owner's, a deleted or an unknown one. */
    public Optional<DocumentRow> owned(String ownerId, String id) {
        return queryOne("SELECT " + DOCUMENT_COLUMNS + " FROM vault_document WHERE id = ? AND owner_id = ?",
                VaultStore::document, id, ownerId);
    }

    /** The owner's documents among {@code ids}. */
    public List<DocumentRow> ownedAmong(String ownerId, Collection<String> ids) {
        List<DocumentRow> found = new ArrayList<>();
        for (String id : new HashSet<>(ids)) {
            owned(ownerId, id).ifPresent(found::add);
        }
        return found;
    }

    /** The owner's document of this type with this content, if any. */
    public Optional<DocumentRow> byContent(String ownerId, String typeCode, String sha256) {
        return queryOne("SELECT " + DOCUMENT_COLUMNS + " FROM vault_document"
                        + " WHERE owner_id = ? AND type_code = ? AND sha256 = ?",
                VaultStore::document, ownerId, typeCode, sha256);
    }

    /** Up to {@code limit} of the owner's documents after the cursor, newest first, matching each non-null filter. */
    public List<DocumentRow> documents(String ownerId, String typeCode, String status, String origin, Cursor after,
            int limit) {
        return query("SELECT " + DOCUMENT_COLUMNS + " FROM vault_document WHERE owner_id = ?"
                        + " AND (CAST(? AS VARCHAR(48)) IS NULL OR type_code = ?)"
                        + " AND (CAST(? AS VARCHAR(10)) IS NULL OR status = ?)"
                        + " AND (CAST(? AS VARCHAR(10)) IS NULL OR origin = ?)"
                        + " AND (created_at < ? OR (created_at = ? AND id < ?))"
                        + " ORDER BY created_at DESC, id DESC LIMIT ?",
                VaultStore::document, ownerId, typeCode, typeCode, status, status, origin, origin, after.at(),
                after.at(), after.id(), limit);
    }

    /**
     * Records an agency's decision when the document still has {@code expectedVersion}; answers the updated row,
     * or empty when the version moved on (or the document is gone).
     */
    public Optional<DocumentRow> decide(String id, long expectedVersion, DocumentRow.Verification decision,
            Instant now) {
        int changed = update("UPDATE vault_document SET status = ?, verified_status = ?, verified_agency_id = ?,"
                        + " verified_by = ?, verified_application_id = ?, verified_tracking_number = ?,"
                        + " verified_at = ?, verified_reason = ?, version = version + 1, updated_at = ?"
                        + " WHERE id = ? AND version = ?",
                decision.status(), decision.status(), decision.agencyId(), decision.verifiedBy(),
                decision.applicationId(), decision.trackingNumber(), decision.verifiedAt(), decision.reason(), now,
                id, expectedVersion);
        return changed == 1 ? document(id) : Optional.empty();
    }

    /**
     * Deletes the document, leaving a tombstone, and expires its grants at {@code now}; answers the deleted row (for
     * its blob key), or empty when there was none.
     */
    public Optional<DocumentRow> delete(String id, Instant now) {
        Optional<DocumentRow> row = queryOne("SELECT " + DOCUMENT_COLUMNS + " FROM vault_document WHERE id = ?"
                + " FOR UPDATE", VaultStore::document, id);
        if (row.isEmpty()) {
            return row;
        }
        DocumentRow doc = row.get();
        update("INSERT INTO vault_document_tombstone (document_id, owner_id, type_code, sha256, origin, created_at,"
                        + " deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                doc.id(), doc.ownerId(), doc.typeCode(), doc.sha256(), doc.origin(), doc.createdAt(), now);
        update("DELETE FROM vault_document WHERE id = ?", id);
        update("UPDATE document_grant SET expires_at = ? WHERE document_id = ? AND (expires_at IS NULL"
                + " OR expires_at > ?)", now, id, now);
        return row;
    }

    /** Whether the owner ever held this document (visible or deleted). */
    public boolean everOwned(String ownerId, String id) {
        return owned(ownerId, id).isPresent() || queryOne("SELECT document_id FROM vault_document_tombstone"
                + " WHERE document_id = ? AND owner_id = ?", r -> r.getString(1), id, ownerId).isPresent();
    }

    /** The blob key of every visible document. */
    public Set<String> blobKeys() {
        return new HashSet<>(query("SELECT blob_key FROM vault_document", r -> r.getString(1)));
    }

    // ---- Grants

    public void insert(GrantRow grant) {
        update("INSERT INTO document_grant (" + GRANT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                grant.id(), grant.documentId(), grant.ownerId(), grant.typeCode(), grant.applicationId(),
                grant.trackingNumber(), grant.serviceId(), grant.regionCode(), grant.agencyId(), grant.grantedAt(),
                grant.closedAt(), grant.endedAt(), grant.expiresAt());
    }

    /** The grants of the application on the document, newest first. */
    public List<GrantRow> grants(String applicationId, String documentId) {
        return query("SELECT " + GRANT_COLUMNS + " FROM document_grant WHERE application_id = ? AND document_id = ?"
                + " ORDER BY granted_at DESC, id DESC", VaultStore::grant, applicationId, documentId);
    }

    /** The grants that still reference the document for an open application. */
    public List<GrantRow> grantsInUse(String documentId) {
        return query("SELECT " + GRANT_COLUMNS + " FROM document_grant WHERE document_id = ? AND closed_at IS NULL"
                + " AND ended_at IS NULL AND expires_at IS NULL ORDER BY granted_at, id", VaultStore::grant,
                documentId);
    }

    /** A revision replaced the document in the application: its open grants end at {@code at}. */
    public int endGrants(String applicationId, String documentId, Instant at) {
        return update("UPDATE document_grant SET ended_at = ?, expires_at = ? WHERE application_id = ?"
                + " AND document_id = ? AND ended_at IS NULL AND closed_at IS NULL AND expires_at IS NULL",
                at, at, applicationId, documentId);
    }

    /** The application closed: its open grants expire at {@code expiresAt}. */
    public int closeGrants(String applicationId, Instant closedAt, Instant expiresAt) {
        return update("UPDATE document_grant SET closed_at = ?, expires_at = ? WHERE application_id = ?"
                + " AND closed_at IS NULL AND ended_at IS NULL AND expires_at IS NULL",
                closedAt, expiresAt, applicationId);
    }

    /**
     * Up to {@code limit} grants on the owner's documents after the cursor, newest first (granted_at, then id); each
     * non-null filter applies; {@code status} is ACTIVE or EXPIRED as of {@code now}.
     */
    public List<GrantRow> grants(String ownerId, String documentId, String applicationId, String status, Instant now,
            Cursor after, int limit) {
        String active = "ACTIVE".equals(status) ? " AND (expires_at IS NULL OR expires_at > ?)"
                : "EXPIRED".equals(status) ? " AND expires_at IS NOT NULL AND expires_at <= ?" : "";
        List<Object> parameters = new ArrayList<>(Arrays.asList(ownerId, documentId, documentId, applicationId,
                applicationId));
        if (!active.isEmpty()) {
            parameters.add(now);
        }
        parameters.addAll(Arrays.asList(after.at(), after.at(), after.id(), limit));
        return query("SELECT " + GRANT_COLUMNS + " FROM document_grant WHERE owner_id = ?"
                        + " AND (CAST(? AS VARCHAR(30)) IS NULL OR document_id = ?)"
                        + " AND (CAST(? AS VARCHAR(30)) IS NULL OR application_id = ?)" + active
                        + " AND (granted_at < ? OR (granted_at = ? AND id < ?))"
                        + " ORDER BY granted_at DESC, id DESC LIMIT ?",
                VaultStore::grant, parameters.toArray());
    }

    // ---- Access log

    public void append(AccessLogRow entry) {
        update("INSERT INTO document_access_log (" + LOG_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.id(), entry.documentId(), entry.ownerId(), entry.typeCode(), entry.accessedAt(),
                entry.action(), entry.actorType(), entry.agencyId(), entry.officerName(), entry.clientName(),
                entry.applicationId(), entry.trackingNumber());
    }

    /**
     * Up to {@code limit} entries about the owner's documents with one of {@code actions}, after the cursor, newest
     * first (accessed_at, then id); each non-null filter applies.
     */
    public List<AccessLogRow> accessLog(String ownerId, String documentId, String applicationId,
            Collection<String> actions, Cursor after, int limit) {
        String in = String.join(", ", actions.stream().map(a -> "?").toList());
        List<Object> parameters = new ArrayList<>(Arrays.asList(ownerId, documentId, documentId, applicationId,
                applicationId));
        parameters.addAll(actions);
        parameters.addAll(Arrays.asList(after.at(), after.at(), after.id(), limit));
        return query("SELECT " + LOG_COLUMNS + " FROM document_access_log WHERE owner_id = ?"
                        + " AND (CAST(? AS VARCHAR(30)) IS NULL OR document_id = ?)"
                        + " AND (CAST(? AS VARCHAR(30)) IS NULL OR application_id = ?)"
                        + " AND action IN (" + in + ")"
                        + " AND (accessed_at < ? OR (accessed_at = ? AND id < ?))"
                        + " ORDER BY accessed_at DESC, id DESC LIMIT ?",
                VaultStore::logEntry, parameters.toArray());
    }

    // ---- Issued documents

    public void insert(IssuedRow issued) {
        update("INSERT INTO issued_document (" + ISSUED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                issued.verificationCode(), issued.documentId(), issued.ownerId(), issued.typeCode(), issued.title(),
                issued.sha256(), issued.agencyId(), issued.applicationId(), issued.trackingNumber(),
                issued.issuedAt(), issued.status(), issued.revokedAt(), issued.holderNameMasked());
    }

    public Optional<IssuedRow> issued(String verificationCode) {
        return queryOne("SELECT " + ISSUED_COLUMNS + " FROM issued_document WHERE verification_code = ?",
                VaultStore::issued, verificationCode);
    }

    /**
     * On H2 (the embedded default), writes each commit to the database file at once ({@code SET WRITE_DELAY 0},
     * persistent): by default H2 delays it by up to half a second, so a process killed right after acknowledging
     * an upload would lose the row while the blob survives (found by the crash test, DOC-015). The file is written,
     * not fsynced: a killed process loses nothing, a power cut may still lose the last commits. Answers whether it
     * applied (false on PostgreSQL, whose commits are durable).
     */
    public boolean makeCommitsDurable() {
        try {
            Connection connection = dataSource.getConnection();
            try {
                if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                    return false;
                }
                try (PreparedStatement statement = connection.prepareStatement("SET WRITE_DELAY 0")) {
                    statement.execute();
                }
                return true;
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    // ---- JDBC

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(reader.read(rows));
                    }
                    return result;
                }
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private <T> Optional<T> queryOne(String sql, RowReader<T> reader, Object... parameters) {
        List<T> rows = query(sql, reader, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private int update(String sql, Object... parameters) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static DocumentTypeRow type(ResultSet r) throws SQLException {
        return new DocumentTypeRow(r.getString("code"), r.getString("name_id"), r.getString("name_en"),
                r.getString("description_id"), r.getString("description_en"), r.getString("category"),
                r.getString("issuing_authority_id"), r.getString("issuing_authority_en"),
                Arrays.asList(r.getString("media_types").split(",")), r.getLong("max_size_bytes"),
                r.getBoolean("issued_as_service_output"), r.getBoolean("issued_only"),
                r.getBoolean("specific_personal_data"));
    }

    private static DocumentRow document(ResultSet r) throws SQLException {
        String verifiedStatus = r.getString("verified_status");
        DocumentRow.Verification verification = verifiedStatus == null ? null : new DocumentRow.Verification(
                verifiedStatus, r.getString("verified_agency_id"), r.getString("verified_by"),
                r.getString("verified_application_id"), r.getString("verified_tracking_number"),
                instant(r, "verified_at"), r.getString("verified_reason"));
        return new DocumentRow(r.getString("id"), r.getString("owner_id"), r.getString("type_code"),
                r.getString("title"), r.getString("file_name"), r.getString("media_type"), r.getLong("size_bytes"),
                r.getString("sha256"), r.getString("blob_key"), r.getString("status"), r.getString("origin"),
                r.getLong("version"), instant(r, "created_at"), instant(r, "updated_at"), verification,
                r.getString("issued_code"));
    }

    private static GrantRow grant(ResultSet r) throws SQLException {
        return new GrantRow(r.getString("id"), r.getString("document_id"), r.getString("owner_id"),
                r.getString("type_code"), r.getString("application_id"), r.getString("tracking_number"),
                r.getString("service_id"), r.getString("region_code"), r.getString("agency_id"),
                instant(r, "granted_at"), instant(r, "closed_at"), instant(r, "ended_at"), instant(r, "expires_at"));
    }

    private static AccessLogRow logEntry(ResultSet r) throws SQLException {
        return new AccessLogRow(r.getString("id"), r.getString("document_id"), r.getString("owner_id"),
                r.getString("type_code"), instant(r, "accessed_at"), r.getString("action"), r.getString("actor_type"),
                r.getString("agency_id"), r.getString("officer_name"), r.getString("client_name"),
                r.getString("application_id"), r.getString("tracking_number"));
    }

    private static IssuedRow issued(ResultSet r) throws SQLException {
        return new IssuedRow(r.getString("verification_code"), r.getString("document_id"), r.getString("owner_id"),
                r.getString("type_code"), r.getString("title"), r.getString("sha256"), r.getString("agency_id"),
                r.getString("application_id"), r.getString("tracking_number"), instant(r, "issued_at"),
                r.getString("status"), instant(r, "revoked_at"), r.getString("holder_name_masked"));
    }

    /** A database failure. */
    public static final class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
