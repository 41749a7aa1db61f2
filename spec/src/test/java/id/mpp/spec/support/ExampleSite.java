package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One example value of the contract and the schema it must validate against.
 *
 * @param where where the value is written
 * @param value the example value
 * @param schema the schema as written (it may be a {@code $ref}), or null when there is none
 * @param kind what the example belongs to
 * @param name the property, parameter or header the value is an example of, or null (a media type's example)
 * @param mediaType the media type of a body example, or null
 * @param direction whether the value travels in a request or a response (for {@code readOnly}/{@code writeOnly})
 */
public record ExampleSite(Where where, JsonNode value, JsonNode schema, Kind kind, String name, String mediaType,
                          Direction direction) {

    public enum Kind { MEDIA_TYPE, PARAMETER, HEADER, SCHEMA }

    public enum Direction { REQUEST, RESPONSE, EITHER }
}
