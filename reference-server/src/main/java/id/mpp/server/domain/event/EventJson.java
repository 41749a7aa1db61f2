package id.mpp.server.domain.event;

import java.time.Instant;

/**
 * Writes an event as the contract's {@code Event} JSON, once, when it is recorded: members in the schema's order,
 * absent members left out, no whitespace. The feed and every webhook attempt carry these exact bytes (EVT-013),
 * which is what receivers check the signature over (EVT-026).
 */
public final class EventJson {

    private EventJson() {
    }

    /** The body of an event with its ID, its (clamped) time and its application sequence. */
    public static String write(String id, NewEvent event, Instant occurredAt, int applicationSequence) {
        StringBuilder json = new StringBuilder(512).append('{');
        member(json, "id", id, true);
        member(json, "type", event.type(), false);
        member(json, "occurred_at", occurredAt.toString(), false);
        member(json, "agency_id", event.agencyId(), false);
        member(json, "region_code", event.regionCode(), false);
        member(json, "application_id", event.applicationId(), false);
        member(json, "tracking_number", event.trackingNumber(), false);
        member(json, "service_id", event.serviceId(), false);
        json.append(",\"application_sequence\":").append(applicationSequence);
        json.append(",\"data\":{");
        boolean first = true;
        first = optional(json, "from_status", event.fromStatus(), first);
        first = optional(json, "to_status", event.toStatus(), first);
        first = optional(json, "action", event.action(), first);
        first = optional(json, "actor_role", event.actorRole(), first);
        first = optional(json, "document_id", event.documentId(), first);
        optional(json, "document_type_code", event.documentTypeCode(), first);
        return json.append("}}").toString();
    }

    private static boolean optional(StringBuilder json, String name, String value, boolean first) {
        if (value == null) {
            return first;
        }
        member(json, name, value, first);
        return false;
    }

    private static void member(StringBuilder json, String name, String value, boolean first) {
        if (!first) {
            json.append(',');
        }
        json.append('"').append(name).append("\":");
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
