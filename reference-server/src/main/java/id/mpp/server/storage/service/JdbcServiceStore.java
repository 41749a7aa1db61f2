package id.mpp.server.storage.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.domain.service.CatalogueRequirement;
import id.mpp.server.domain.service.CatalogueService;
import id.mpp.server.domain.service.CatalogueService.Bilingual;
import id.mpp.server.domain.service.ServiceDefinition;
import id.mpp.server.domain.service.ServiceDirectory;
import id.mpp.server.storage.catalogue.CatalogueCache;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service catalogue in tables {@code service}, {@code service_requirement} and {@code service_legal_basis} (V10),
 * read with plain JDBC on the current connection: inside a caller's transaction (an application being submitted) it
 * reads on that transaction's connection, otherwise on a connection of its own. Also the {@link ServiceDirectory} the
 * applications side uses.
 *
 * <p>Every answer is kept in the {@link CatalogueCache} (the catalogue changes only with a deployment): a service,
 * with its requirements, legal basis and parsed form schema, is read once by its ID, and a page or filter question
 * keeps only the IDs it answered, in the database's order, so that every answer shares the same services.
 */
@Singleton
public class JdbcServiceStore implements ServiceDirectory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private static final String SELECT = """
            SELECT s.id, s.region_code, s.agency_id, a.name_id AS agency_name_id, a.name_en AS agency_name_en,
                   s.name_id, s.name_en, s.description_id, s.description_en, s.form_schema, s.sla_working_days,
                   s.fee_amount, s.fee_kind, s.output_document_type, s.output_description_id,
                   s.output_description_en, s.minimum_acr, s.active
              FROM service s JOIN agency a ON a.id = s.agency_id
            """;

    private final ConnectionOperations<Connection> connections;
    private final CatalogueCache cache;

    public JdbcServiceStore(ConnectionOperations<Connection> connections, CatalogueCache cache) {
        this.connections = connections;
        this.cache = cache;
    }

    @Override
    public Optional<ServiceDefinition> find(String serviceId) {
        return findService(serviceId).map(CatalogueService::definition);
    }

    /** The service with this ID, active or not. */
    public Optional<CatalogueService> findService(String serviceId) {
        return cache.get(CatalogueCache.key("service", serviceId), () -> connections.executeRead(status -> {
            try {
                return read(status.getConnection(), SELECT + " WHERE s.id = ?", List.of(serviceId)).stream()
                        .findFirst();
            } catch (SQLException e) {
                throw failure(e);
            }
        }));
    }

    /**
     * Up to {@code limit} services matching {@code filter}, ordered by region code, then the name in one language
     * ({@code english} or Bahasa Indonesia), then ID, starting after the cursor (region code, name, ID) when
     * {@code afterId} is not null.
     */
    public List<CatalogueService> findPage(ServiceFilter filter, boolean english, String afterRegion, String afterName,
                                           String afterId, int limit) {
        String name = english ? "s.name_en" : "s.name_id";
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>();
        where(filter, sql, parameters);
        if (afterId != null) {
            sql.append(" AND (s.region_code > ? OR (s.region_code = ? AND (").append(name).append(" > ? OR (")
                    .append(name).append(" = ? AND s.id > ?))))");
            parameters.addAll(List.of(afterRegion, afterRegion, afterName, afterName, afterId));
        }
        sql.append(" ORDER BY s.region_code, ").append(name).append(", s.id LIMIT ?");
        parameters.add(limit);
        return query(sql.toString(), parameters);
    }

    /** Every service matching {@code filter}, in ID order (the text search ranks them itself). */
    public List<CatalogueService> findAll(ServiceFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>();
        where(filter, sql, parameters);
        sql.append(" ORDER BY s.id");
        return query(sql.toString(), parameters);
    }

    private static void where(ServiceFilter filter, StringBuilder sql, List<Object> parameters) {
        sql.append(" WHERE s.active = ?");
        parameters.add(filter.active());
        if (filter.regionCode() != null) {
            sql.append(" AND s.region_code = ?");
            parameters.add(filter.regionCode());
        }
        if (filter.agencyId() != null) {
            sql.append(" AND s.agency_id = ?");
            parameters.add(filter.agencyId());
        }
        if (filter.feeKind() != null) {
            sql.append(" AND s.fee_kind = ?");
            parameters.add(filter.feeKind());
        }
    }

    private List<CatalogueService> query(String sql, List<Object> parameters) {
        List<String> ids = cache.get(CatalogueCache.key(sql, parameters.toArray()),
                () -> connections.executeRead(status -> {
                    try {
                        return ids(status.getConnection(), sql, parameters);
                    } catch (SQLException e) {
                        throw failure(e);
                    }
                }));
        return ids.stream().map(id -> findService(id)
                .orElseThrow(() -> new IllegalStateException("Service " + id + " vanished from the catalogue")))
                .toList();
    }

    private static List<String> ids(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString("id"));
                }
            }
        }
        return List.copyOf(ids);
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Service catalogue query failed (SQLSTATE " + e.getSQLState() + ")", e);
    }

    private static List<CatalogueService> read(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        List<ServiceRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(ServiceRow.of(result));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(ServiceRow::id).toList();
        Map<String, List<CatalogueRequirement>> requirements = requirements(connection, ids);
        Map<String, List<String>> legalBasis = legalBasis(connection, ids);
        return rows.stream().map(row -> row.toService(requirements.getOrDefault(row.id(), List.of()),
                legalBasis.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Map<String, List<CatalogueRequirement>> requirements(Connection connection, Collection<String> ids)
            throws SQLException {
        Map<String, List<CatalogueRequirement>> byService = new LinkedHashMap<>();
        String sql = "SELECT service_id, document_type, name_id, name_en, required, accepted_statuses,"
                + " description_id, description_en, note_id, note_en FROM service_requirement WHERE service_id IN ("
                + placeholders(ids.size()) + ") ORDER BY service_id, seq";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, List.copyOf(ids));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    byService.computeIfAbsent(row.getString("service_id"), id -> new ArrayList<>())
                            .add(new CatalogueRequirement(row.getString("document_type"),
                                    new Bilingual(row.getString("name_id"), row.getString("name_en")),
                                    row.getBoolean("required"),
                                    Arrays.asList(row.getString("accepted_statuses").split(",")),
                                    bilingual(row.getString("description_id"), row.getString("description_en")),
                                    bilingual(row.getString("note_id"), row.getString("note_en"))));
                }
            }
        }
        return byService;
    }

    private static Map<String, List<String>> legalBasis(Connection connection, Collection<String> ids)
            throws SQLException {
        Map<String, List<String>> byService = new LinkedHashMap<>();
        String sql = "SELECT service_id, citation FROM service_legal_basis WHERE service_id IN ("
                + placeholders(ids.size()) + ") ORDER BY service_id, seq";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, List.copyOf(ids));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    byService.computeIfAbsent(row.getString("service_id"), id -> new ArrayList<>())
                            .add(row.getString("citation"));
                }
            }
        }
        return byService;
    }

    private static Bilingual bilingual(String id, String en) {
        return id == null || en == null ? null : new Bilingual(id, en);
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** One row of the service query, before its requirements and legal basis are joined to it. */
    private record ServiceRow(String id, String regionCode, String agencyId, Bilingual agencyName, Bilingual name,
            Bilingual description, String formSchema, int slaWorkingDays, long feeAmount, String feeKind,
            String outputDocumentType, Bilingual outputDescription, String minimumAcr, boolean active) {

        static ServiceRow of(ResultSet row) throws SQLException {
            return new ServiceRow(row.getString("id"), row.getString("region_code"), row.getString("agency_id"),
                    new Bilingual(row.getString("agency_name_id"), row.getString("agency_name_en")),
                    new Bilingual(row.getString("name_id"), row.getString("name_en")),
                    new Bilingual(row.getString("description_id"), row.getString("description_en")),
                    row.getString("form_schema"), row.getInt("sla_working_days"), row.getLong("fee_amount"),
                    row.getString("fee_kind"), row.getString("output_document_type"),
                    new Bilingual(row.getString("output_description_id"), row.getString("output_description_en")),
                    row.getString("minimum_acr"), row.getBoolean("active"));
        }

        CatalogueService toService(List<CatalogueRequirement> requirements, List<String> legalBasis) {
            Map<String, Object> schema;
            try {
                schema = FrozenJson.object(JSON.readValue(formSchema, OBJECT));
            } catch (JsonProcessingException broken) {
                throw new IllegalStateException("The form schema of service " + id + " is not JSON", broken);
            }
            return new CatalogueService(id, regionCode, agencyId, agencyName, name, description, requirements, schema,
                    slaWorkingDays, feeAmount, feeKind, legalBasis, outputDocumentType, outputDescription, minimumAcr,
                    active);
        }
    }
}
