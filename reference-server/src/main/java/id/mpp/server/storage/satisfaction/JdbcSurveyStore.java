package id.mpp.server.storage.satisfaction;

import id.mpp.server.domain.satisfaction.SatisfactionTally;
import id.mpp.server.domain.satisfaction.SurveyAnswer;
import id.mpp.server.domain.satisfaction.SurveyAnswer.RespondentProfile;
import id.mpp.server.domain.satisfaction.SurveyElement;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The survey responses in table {@code survey_response} (V11), with plain JDBC on the current connection: inside the
 * caller's transaction (a response and its event are recorded together) on that transaction's connection, otherwise
 * on one of its own. The primary key (application ID) makes the first response win even when two arrive at once; the
 * second is skipped ({@code ON CONFLICT DO NOTHING}) rather than failing, so that it never aborts the caller's
 * PostgreSQL transaction.
 */
@Singleton
public class JdbcSurveyStore {

    private static final String SCORE_COLUMNS = Stream.of(SurveyElement.values()).map(JdbcSurveyStore::column)
            .collect(Collectors.joining(", "));
    private static final String SUMS = Stream.of(SurveyElement.values())
            .map(element -> "SUM(" + column(element) + ")").collect(Collectors.joining(", "));

    private final ConnectionOperations<Connection> connections;

    public JdbcSurveyStore(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** The column of an element's score ({@code score_waktu_penyelesaian}). */
    static String column(SurveyElement element) {
        return "score_" + element.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Records {@code answer}, its {@code submitted_on} the date of its {@code submittedAt} in {@code zone} (the
     * region's); false when the application already has a response, in which case nothing changes.
     */
    public boolean insert(SurveyAnswer answer, ZoneId zone) {
        String sql = "INSERT INTO survey_response (application_id, service_id, agency_id, region_code,"
                + " applicant_account_id, submitted_at, submitted_on, " + SCORE_COLUMNS + ", comment, age_group,"
                + " gender, education, occupation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?) ON CONFLICT DO NOTHING";
        return connections.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement(sql)) {
                int i = 0;
                insert.setString(++i, answer.applicationId());
                insert.setString(++i, answer.serviceId());
                insert.setString(++i, answer.agencyId());
                insert.setString(++i, answer.regionCode());
                insert.setString(++i, answer.applicantAccountId());
                insert.setObject(++i, OffsetDateTime.ofInstant(answer.submittedAt(), ZoneOffset.UTC));
                insert.setObject(++i, answer.submittedAt().atZone(zone).toLocalDate());
                for (SurveyElement element : SurveyElement.values()) {
                    insert.setInt(++i, answer.scores().get(element));
                }
                insert.setString(++i, answer.comment());
                insert.setString(++i, answer.profile().ageGroup());
                insert.setString(++i, answer.profile().gender());
                insert.setString(++i, answer.profile().education());
                insert.setString(++i, answer.profile().occupation());
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                throw failure(e);
            }
        });
    }

    /** The response for this application, whoever answered it; the caller checks who may read it. */
    public Optional<SurveyAnswer> find(String applicationId) {
        String sql = "SELECT application_id, service_id, agency_id, region_code, applicant_account_id, submitted_at, "
                + SCORE_COLUMNS + ", comment, age_group, gender, education, occupation FROM survey_response"
                + " WHERE application_id = ?";
        return connections.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                select.setString(1, applicationId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    EnumMap<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
                    for (SurveyElement element : SurveyElement.values()) {
                        scores.put(element, row.getInt(column(element)));
                    }
                    Instant submittedAt = row.getObject("submitted_at", OffsetDateTime.class).toInstant();
                    return Optional.of(new SurveyAnswer(row.getString("application_id"), row.getString("service_id"),
                            row.getString("agency_id"), row.getString("region_code"),
                            row.getString("applicant_account_id"), scores, row.getString("comment"),
                            new RespondentProfile(row.getString("age_group"), row.getString("gender"),
                                    row.getString("education"), row.getString("occupation")),
                            submittedAt));
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        });
    }

    /** Whether the application has a response. */
    public boolean answered(String applicationId) {
        return connections.executeRead(status -> {
            try (PreparedStatement select = status.getConnection()
                    .prepareStatement("SELECT 1 FROM survey_response WHERE application_id = ?")) {
                select.setString(1, applicationId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        });
    }

    /** The tally of the service's responses submitted (in its region's dates) from {@code from} to {@code to}. */
    public SatisfactionTally tallyOfService(String serviceId, LocalDate from, LocalDate to) {
        return tally("service_id", serviceId, from, to);
    }

    /** The tally of the responses for all the agency's services, each counted once, from {@code from} to {@code to}. */
    public SatisfactionTally tallyOfAgency(String agencyId, LocalDate from, LocalDate to) {
        return tally("agency_id", agencyId, from, to);
    }

    private SatisfactionTally tally(String keyColumn, String key, LocalDate from, LocalDate to) {
        String sql = "SELECT COUNT(*), " + SUMS + " FROM survey_response WHERE " + keyColumn
                + " = ? AND submitted_on BETWEEN ? AND ?";
        return connections.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                select.setString(1, key);
                select.setObject(2, from);
                select.setObject(3, to);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    EnumMap<SurveyElement, Long> sums = new EnumMap<>(SurveyElement.class);
                    int column = 1;
                    long respondents = row.getLong(column);
                    for (SurveyElement element : SurveyElement.values()) {
                        sums.put(element, row.getLong(++column));
                    }
                    return new SatisfactionTally(respondents, sums);
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        });
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Survey store query failed (SQLSTATE " + e.getSQLState() + ")", e);
    }

    /** Instants are kept to the microsecond, as the databases do. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
