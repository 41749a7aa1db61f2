package id.mpp.server.storage.application;

import id.mpp.server.domain.application.ApplicationStatus;
import id.mpp.server.storage.application.StoredApplication.Actor;
import id.mpp.server.storage.application.StoredApplication.Decision;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Applications, their attached documents, timelines and tracking-number serials in plain JDBC (tables of V12), on H2
 * and PostgreSQL alike. It uses the injected {@link DataSource} as it is, Micronaut's contextual connection, and
 * every method joins the caller's transaction (or runs in one of its own): an application, its grants and its event
 * are committed together.
 */
@Singleton
@Transactional
public class JdbcApplicationStore {

    private static final String COLUMNS = "id, tracking_number, service_id, service_name_id, service_name_en,"
            + " region_code, agency_id, agency_name_id, agency_name_en, applicant_id, applicant_name, status, form_json,"
            + " sla_working_days, output_document_type, output_name, submitted_at, updated_at, due_date, closed_at,"
            + " closed_date, decision_outcome, decision_reason, decided_at, decided_by_type, decided_by_name,"
            + " decided_by_agency_id, output_document_id, version";

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public JdbcApplicationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The stripes of a region and year's serials (V18): never change it, the rows once made are the stripes.
     */
    static final int SERIAL_STRIPES = 32;

    /**
     * A tracking-number serial of a region and year not handed out before, 1 for the first. It is taken from the free
     * stripe (V18) with the lowest next serial, whose row stays locked until the caller's transaction ends: a
     * concurrent submission of the same region takes another stripe instead of waiting for this one to commit, and one
     * submission at a time gets 1, 2, 3, ... If the caller's transaction rolls back, its serial is handed out again.
     */
    public long nextSerial(String regionCode, int year) {
        try (Connection connection = dataSource.getConnection()) {
            List<Integer> stripes = stripesByNextSerial(connection, regionCode, year);
            if (stripes.isEmpty()) {
                createStripes(regionCode, year);
                stripes = stripesByNextSerial(connection, regionCode, year);
            }
            for (int stripe : stripes) {
                Long serial = takeSerial(connection, regionCode, year, stripe, "FOR UPDATE SKIP LOCKED");
                if (serial != null) {
                    return serial;
                }
            }
            // Every stripe is held by a submission in flight: wait for the one that will hand out the lowest serial.
            Long serial = takeSerial(connection, regionCode, year, stripes.get(0), "FOR UPDATE");
            if (serial == null) {
                throw new IllegalStateException("no serial stripe for " + regionCode + " " + year);
            }
            return serial;
        } catch (SQLException e) {
            throw failure("nextSerial", e);
        }
    }

    private static List<Integer> stripesByNextSerial(Connection connection, String regionCode, int year)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT stripe FROM application_serial_stripe"
                + " WHERE region_code = ? AND serial_year = ? ORDER BY next_serial")) {
            bind(select, regionCode, year);
            List<Integer> stripes = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    stripes.add(row.getInt(1));
                }
            }
            return stripes;
        }
    }

    /**
     * The first serials of a region and year: stripe k starts at k + 1. Made on a connection of their own and committed
     * at once, outside the caller's transaction: made inside it, they stayed invisible to a concurrent first
     * submission of the same region and year until the caller committed, and that one found no stripe at all (a 500,
     * found by the conformance suite's parallel run).
     */
    private void createStripes(String regionCode, int year) throws SQLException {
        try (Connection own = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement insert = own.prepareStatement("INSERT INTO application_serial_stripe"
                + " (region_code, serial_year, stripe, next_serial) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (int stripe = 0; stripe < SERIAL_STRIPES; stripe++) {
                bind(insert, regionCode, year, stripe, stripe + 1L);
                insert.addBatch();
            }
            insert.executeBatch();
            if (!own.getAutoCommit()) {
                own.commit();
            }
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState()) && !(e.getCause() instanceof SQLException cause
                    && UNIQUE_VIOLATION.equals(cause.getSQLState()))) {
                throw e;
            }
            // Another submission made them at the same moment: they exist now.
        }
    }

    /** The stripe's next serial, its row locked as {@code lock} says and moved on; null when the row was skipped. */
    private static Long takeSerial(Connection connection, String regionCode, int year, int stripe, String lock)
            throws SQLException {
        long serial;
        try (PreparedStatement select = connection.prepareStatement("SELECT next_serial FROM application_serial_stripe"
                + " WHERE region_code = ? AND serial_year = ? AND stripe = ? " + lock)) {
            bind(select, regionCode, year, stripe);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                serial = row.getLong(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE application_serial_stripe"
                + " SET next_serial = ? WHERE region_code = ? AND serial_year = ? AND stripe = ?")) {
            bind(update, serial + SERIAL_STRIPES, regionCode, year, stripe);
            update.executeUpdate();
        }
        return serial;
    }

    /** Stores a new application with its documents and its first timeline entry. */
    public void insert(StoredApplication application, List<AttachedRow> documents, TimelineRow submitted) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, values(application).toArray());
                insert.executeUpdate();
            }
            insertDocuments(connection, application.id(), 0, documents, application.submittedAt());
            insertTimeline(connection, application.id(), 1, submitted);
        } catch (SQLException e) {
            throw failure("insert", e);
        }
    }

    /** The application with this ID. */
    public Optional<StoredApplication> find(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM application WHERE id = ?")) {
            bind(select, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("find", e);
        }
    }

    /**
     * The application with this ID, its row locked until the caller's transaction ends ({@code FOR UPDATE}): a
     * concurrent change waits, then reads the new version.
     */
    public Optional<StoredApplication> findForUpdate(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM application WHERE id = ? FOR UPDATE")) {
            bind(select, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("findForUpdate", e);
        }
    }

    /**
     * Writes a change of the application if it is still at {@code expectedVersion}; answers whether it was (a
     * concurrent change answers false and writes nothing).
     */
    public boolean update(StoredApplication changed, long expectedVersion) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE application SET status = ?, form_json = ?,"
                     + " updated_at = ?, due_date = ?, closed_at = ?, closed_date = ?, decision_outcome = ?,"
                     + " decision_reason = ?, decided_at = ?, decided_by_type = ?, decided_by_name = ?,"
                     + " decided_by_agency_id = ?, output_document_id = ?, version = ? WHERE id = ? AND version = ?")) {
            Decision decision = changed.decision();
            Actor by = decision == null ? null : decision.decidedBy();
            bind(update, changed.status().name(), changed.formJson(), changed.updatedAt(), changed.dueDate(),
                    changed.closedAt(), changed.closedDate(), decision == null ? null : decision.outcome(),
                    decision == null ? null : decision.reason(), decision == null ? null : decision.decidedAt(),
                    by == null ? null : by.type(), by == null ? null : by.name(), by == null ? null : by.agencyId(),
                    changed.outputDocumentId(), changed.version(), changed.id(), expectedVersion);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    /** Appends a timeline entry after the last one. */
    public void appendTimeline(String applicationId, TimelineRow entry) {
        try (Connection connection = dataSource.getConnection()) {
            int next;
            try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(sequence_number), 0)"
                    + " FROM application_timeline WHERE application_id = ?")) {
                bind(max, applicationId);
                try (ResultSet row = max.executeQuery()) {
                    row.next();
                    next = row.getInt(1) + 1;
                }
            }
            insertTimeline(connection, applicationId, next, entry);
        } catch (SQLException e) {
            throw failure("appendTimeline", e);
        }
    }

    /** The timeline, oldest first. */
    public List<TimelineRow> timeline(String applicationId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT occurred_at, actor_type, actor_name,"
                     + " actor_agency_id, action, from_status, to_status, reason FROM application_timeline"
                     + " WHERE application_id = ? ORDER BY sequence_number")) {
            bind(select, applicationId);
            List<TimelineRow> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new TimelineRow(instant(row, "occurred_at"), new Actor(row.getString("actor_type"),
                            row.getString("actor_name"), row.getString("actor_agency_id")), row.getString("action"),
                            row.getString("from_status"), row.getString("to_status"), row.getString("reason")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure("timeline", e);
        }
    }

    /** The documents attached and not replaced, in the order they were attached. */
    public List<AttachedRow> documents(String applicationId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT document_type, document_id,"
                     + " attached_status FROM application_document WHERE application_id = ? AND replaced_at IS NULL"
                     + " ORDER BY position")) {
            bind(select, applicationId);
            List<AttachedRow> documents = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    documents.add(new AttachedRow(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
            return documents;
        } catch (SQLException e) {
            throw failure("documents", e);
        }
    }

    /**
     * Attaches documents in a revision: each replaces the current document of its type, if any (kept, marked
     * replaced at {@code at}); answers the IDs of the replaced documents.
     */
    public List<String> attach(String applicationId, List<AttachedRow> documents, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> replaced = new ArrayList<>();
            for (AttachedRow document : documents) {
                try (PreparedStatement select = connection.prepareStatement("SELECT document_id FROM"
                        + " application_document WHERE application_id = ? AND document_type = ?"
                        + " AND replaced_at IS NULL")) {
                    bind(select, applicationId, document.documentType());
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            replaced.add(row.getString(1));
                        }
                    }
                }
                try (PreparedStatement mark = connection.prepareStatement("UPDATE application_document"
                        + " SET replaced_at = ? WHERE application_id = ? AND document_type = ?"
                        + " AND replaced_at IS NULL")) {
                    bind(mark, at, applicationId, document.documentType());
                    mark.executeUpdate();
                }
            }
            int position;
            try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(position), -1)"
                    + " FROM application_document WHERE application_id = ?")) {
                bind(max, applicationId);
                try (ResultSet row = max.executeQuery()) {
                    row.next();
                    position = row.getInt(1) + 1;
                }
            }
            insertDocuments(connection, applicationId, position, documents, at);
            return replaced;
        } catch (SQLException e) {
            throw failure("attach", e);
        }
    }

    /**
     * Up to {@code limit} of an applicant's applications, newest first ({@code submitted_at} descending, then
     * {@code id} descending), after the cursor ({@code null} for the first page), in one of {@code statuses} (any when
     * empty) and for {@code serviceId} (any when null).
     */
    public List<StoredApplication> listByApplicant(String applicantId, List<String> statuses, String serviceId,
            Instant afterSubmittedAt, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM application WHERE applicant_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(applicantId));
        statusFilter(sql, parameters, statuses);
        if (serviceId != null) {
            sql.append(" AND service_id = ?");
            parameters.add(serviceId);
        }
        if (afterSubmittedAt != null) {
            sql.append(" AND (submitted_at < ? OR (submitted_at = ? AND id < ?))");
            parameters.add(afterSubmittedAt);
            parameters.add(afterSubmittedAt);
            parameters.add(afterId);
        }
        sql.append(" ORDER BY submitted_at DESC, id DESC LIMIT ?");
        parameters.add(limit);
        return query(sql.toString(), parameters);
    }

    /**
     * Up to {@code limit} of an agency's applications, oldest due first ({@code due_date}, then {@code submitted_at},
     * then {@code id}), after the cursor ({@code afterDueDate} null for the first page), matching every filter given.
     */
    public List<StoredApplication> listByAgency(String agencyId, AgencyQueueFilter filter, LocalDate afterDueDate,
            Instant afterSubmittedAt, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM application WHERE agency_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(agencyId));
        statusFilter(sql, parameters, filter.statuses() == null ? List.of() : List.copyOf(filter.statuses()));
        if (filter.serviceId() != null) {
            sql.append(" AND service_id = ?");
            parameters.add(filter.serviceId());
        }
        if (filter.trackingNumber() != null) {
            sql.append(" AND tracking_number = ?");
            parameters.add(filter.trackingNumber());
        }
        if (filter.overdue() != null) {
            String overdue = "((closed_date IS NOT NULL AND closed_date > due_date) OR (closed_date IS NULL"
                    + " AND status <> 'NEEDS_REVISION' AND due_date < ?))";
            sql.append(filter.overdue() ? " AND " + overdue : " AND NOT " + overdue);
            parameters.add(filter.today());
        }
        if (afterDueDate != null) {
            sql.append(" AND (due_date > ? OR (due_date = ? AND (submitted_at > ? OR (submitted_at = ? AND id > ?))))");
            parameters.addAll(List.of(afterDueDate, afterDueDate, afterSubmittedAt, afterSubmittedAt, afterId));
        }
        sql.append(" ORDER BY due_date, submitted_at, id LIMIT ?");
        parameters.add(limit);
        return query(sql.toString(), parameters);
    }

    /** Applications that have this document attached (current or replaced), for the vault's questions. */
    public List<String> applicationsWithDocument(String documentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT DISTINCT application_id FROM"
                     + " application_document WHERE document_id = ? ORDER BY application_id")) {
            bind(select, documentId);
            List<String> ids = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure("applicationsWithDocument", e);
        }
    }

    private static void statusFilter(StringBuilder sql, List<Object> parameters, List<String> statuses) {
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ", statuses.stream().map(s -> "?").toList()))
                    .append(')');
            parameters.addAll(statuses);
        }
    }

    private List<StoredApplication> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters.toArray());
            List<StoredApplication> applications = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    applications.add(read(row));
                }
            }
            return applications;
        } catch (SQLException e) {
            throw failure("list", e);
        }
    }

    private static void insertDocuments(Connection connection, String applicationId, int firstPosition,
            List<AttachedRow> documents, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application_document"
                + " (application_id, position, document_type, document_id, attached_status, attached_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = firstPosition;
            for (AttachedRow document : documents) {
                bind(insert, applicationId, position++, document.documentType(), document.documentId(),
                        document.attachedStatus(), at);
                insert.addBatch();
            }
            if (!documents.isEmpty()) {
                insert.executeBatch();
            }
        }
    }

    private static void insertTimeline(Connection connection, String applicationId, int sequence, TimelineRow entry)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application_timeline"
                + " (application_id, sequence_number, occurred_at, actor_type, actor_name, actor_agency_id, action,"
                + " from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, applicationId, sequence, entry.occurredAt(), entry.actor().type(), entry.actor().name(),
                    entry.actor().agencyId(), entry.action(), entry.fromStatus(), entry.toStatus(), entry.reason());
            insert.executeUpdate();
        }
    }

    private static List<Object> values(StoredApplication a) {
        Decision decision = a.decision();
        Actor by = decision == null ? null : decision.decidedBy();
        List<Object> values = new ArrayList<>();
        values.addAll(java.util.Arrays.asList(a.id(), a.trackingNumber(), a.serviceId(), a.serviceNameId(),
                a.serviceNameEn(), a.regionCode(), a.agencyId(), a.agencyNameId(), a.agencyNameEn(), a.applicantId(),
                a.applicantName(), a.status().name(), a.formJson(), a.slaWorkingDays(), a.outputDocumentType(),
                a.outputName(), a.submittedAt(), a.updatedAt(), a.dueDate(), a.closedAt(), a.closedDate(),
                decision == null ? null : decision.outcome(), decision == null ? null : decision.reason(),
                decision == null ? null : decision.decidedAt(), by == null ? null : by.type(),
                by == null ? null : by.name(), by == null ? null : by.agencyId(), a.outputDocumentId(), a.version()));
        return values;
    }

    private static StoredApplication read(ResultSet row) throws SQLException {
        String outcome = row.getString("decision_outcome");
        Decision decision = outcome == null ? null : new Decision(outcome, row.getString("decision_reason"),
                instant(row, "decided_at"), new Actor(row.getString("decided_by_type"),
                        row.getString("decided_by_name"), row.getString("decided_by_agency_id")));
        return new StoredApplication(row.getString("id"), row.getString("tracking_number"),
                row.getString("service_id"), row.getString("service_name_id"), row.getString("service_name_en"),
                row.getString("region_code"), row.getString("agency_id"), row.getString("agency_name_id"),
                row.getString("agency_name_en"), row.getString("applicant_id"), row.getString("applicant_name"),
                ApplicationStatus.valueOf(row.getString("status")), row.getString("form_json"),
                row.getInt("sla_working_days"), row.getString("output_document_type"), row.getString("output_name"),
                instant(row, "submitted_at"), instant(row, "updated_at"), date(row, "due_date"),
                instant(row, "closed_at"), date(row, "closed_date"), decision, row.getString("output_document_id"),
                row.getLong("version"));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC));
            } else if (value == null) {
                statement.setObject(i + 1, null);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static IllegalStateException failure(String operation, SQLException e) {
        return new IllegalStateException("applications storage: " + operation + " failed (SQL state "
                + e.getSQLState() + ")", e);
    }
}
