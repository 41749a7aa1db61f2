package id.mpp.server.domain.service;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Validates an application's {@code form} against its service's {@code form_schema}, in the keyword subset of the
 * contract's {@code Service.form_schema} (JSON Schema draft 2020-12), and tells whether a schema keeps to that subset.
 *
 * <p>Both the schema and the form are parsed JSON: {@link Map} for objects, {@link List} for arrays, {@link String},
 * {@link Number} ({@code Integer}, {@code Long}, {@code BigInteger}, {@code Double}, {@code BigDecimal}, ...),
 * {@link Boolean} and {@code null}. The answer lists every offence, never stopping at the first, each with the pointer
 * {@code #/form/<field>} ({@code #/form/<field>/<index>} for an array item, deeper for nested objects) and the
 * contract's code:
 *
 * <ul>
 *   <li>{@code type} ({@code string}, {@code integer}, {@code number}, {@code boolean}, {@code object},
 *       {@code array}; a list of them means any of them): {@code INVALID_TYPE}. A value of the wrong type is not
 *       checked further. {@code 1.0} is an integer, as JSON Schema says; a boolean is never a number.</li>
 *   <li>{@code required}: {@code REQUIRED} at the missing member's pointer. A member present with {@code null} is
 *       present (and, being of no type of the subset but {@code null}, answers {@code INVALID_TYPE}).</li>
 *   <li>{@code additionalProperties: false}: {@code UNKNOWN} at each member not in {@code properties}.</li>
 *   <li>{@code enum}, {@code const}: {@code NOT_ALLOWED} (numbers compare by value: {@code 1} equals {@code 1.0}).</li>
 *   <li>{@code minLength}, {@code maxLength}: {@code TOO_SHORT}, {@code TOO_LONG}, counting Unicode code points
 *       (an emoji is one character), for strings only.</li>
 *   <li>{@code pattern}: {@code INVALID_FORMAT} unless the pattern matches somewhere in the string (ECMA-262 does not
 *       anchor: write {@code ^...$}). Run by {@code java.util.regex}, with {@code $} meaning the very end of the
 *       string, as in ECMA-262 (not "before a final line feed").</li>
 *   <li>{@code format}, always asserted: {@code date} (RFC 3339 full-date, a real calendar day: {@code 2026-02-29}
 *       is refused), {@code date-time} (RFC 3339 with seconds and an offset or {@code Z}), {@code email} (a dotted
 *       domain, as addresses citizens type have): {@code INVALID_FORMAT}, for strings only.</li>
 *   <li>{@code minimum}, {@code maximum} (both inclusive, numbers only), {@code minItems}, {@code maxItems} (arrays
 *       only): {@code OUT_OF_RANGE}.</li>
 *   <li>{@code items}: each item against the schema, pointer {@code .../<index>}.</li>
 *   <li>{@code $schema}, {@code title}, {@code description}, {@code default}, {@code examples}: annotations.</li>
 * </ul>
 *
 * <p>Offences come in a stable order: for an object, the schema's properties in their order (missing required ones
 * included), then required names that {@code properties} does not describe, then unknown members in the form's
 * order; for one value, in the order of the list above. Thread-safe; compiled patterns are cached.
 */
public final class FormSchemaValidator {

    /** The pointer of the whole form; a field's pointer is this followed by {@code /<field>}. */
    public static final String FORM_POINTER = "#/form";

    /** The keywords of the contract's subset. */
    public static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
            "enum", "const", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "minItems",
            "maxItems", "items", "$schema", "title", "description", "default", "examples");

    /** The {@code type} names of the subset. */
    public static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "object", "array");

    /** The {@code format} names of the subset (always asserted). */
    public static final Set<String> FORMATS = Set.of("date", "date-time", "email");

    private static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
    private static final Pattern FULL_DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final Pattern DATE_TIME = Pattern.compile(
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern EMAIL_LOCAL = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
            + "(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$");
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private FormSchemaValidator() {
    }

    /**
     * Every offence of {@code form} against {@code schema}; empty when the form is valid. A {@code null} form is
     * taken as an empty object (an application sent without {@code form}), so each required field answers
     * {@code REQUIRED}.
     *
     * @param schema a schema that keeps to the subset ({@link #subsetViolations(Map)} answers nothing for it)
     * @param form the form as parsed JSON
     * @throws IllegalArgumentException when the schema itself is broken (a pattern that does not compile, a limit
     *     that is not a number): a fault of the catalogue, not of the applicant
     */
    public static List<FormViolation> validate(Map<String, ?> schema, Object form) {
        List<FormViolation> violations = new ArrayList<>();
        check(schema, form == null ? Map.of() : form, FORM_POINTER, violations);
        return List.copyOf(violations);
    }

    /**
     * Why {@code schema} is not a form schema of the contract's subset (CAT-011): a root that is not
     * {@code type: object}, a keyword outside the subset, an unknown type or format, a non-boolean
     * {@code additionalProperties}, a pattern that does not compile, a property name that is not snake_case, a
     * required name without its property, a limit that is not a non-negative integer (lengths and item counts) or a
     * number (minimum, maximum). Each entry names the schema location ({@code #/properties/nama_bayi/pattern}) and
     * the fault; empty when the schema is fine.
     */
    public static List<String> subsetViolations(Map<String, ?> schema) {
        List<String> faults = new ArrayList<>();
        if (!"object".equals(schema.get("type"))) {
            faults.add("#/type: the root must be type object");
        }
        checkSubset(schema, "#", faults);
        return List.copyOf(faults);
    }

    private static void check(Map<String, ?> schema, Object value, String pointer, List<FormViolation> out) {
        Object type = schema.get("type");
        if (type != null && !hasType(value, type)) {
            out.add(new FormViolation(pointer, FormViolation.INVALID_TYPE));
            return;
        }
        if (schema.containsKey("enum") && ((Collection<?>) schema.get("enum")).stream()
                .noneMatch(allowed -> jsonEquals(allowed, value))) {
            out.add(new FormViolation(pointer, FormViolation.NOT_ALLOWED));
        } else if (schema.containsKey("const") && !jsonEquals(schema.get("const"), value)) {
            out.add(new FormViolation(pointer, FormViolation.NOT_ALLOWED));
        }
        if (value instanceof String text) {
            checkString(schema, text, pointer, out);
        } else if (isNumber(value)) {
            checkNumber(schema, decimal((Number) value), pointer, out);
        } else if (value instanceof Map<?, ?> object) {
            checkObject(schema, object, pointer, out);
        } else if (value instanceof List<?> array) {
            checkArray(schema, array, pointer, out);
        }
    }

    private static void checkString(Map<String, ?> schema, String text, String pointer, List<FormViolation> out) {
        int length = text.codePointCount(0, text.length());
        if (schema.containsKey("minLength") && length < limit(schema, "minLength")) {
            out.add(new FormViolation(pointer, FormViolation.TOO_SHORT));
        }
        if (schema.containsKey("maxLength") && length > limit(schema, "maxLength")) {
            out.add(new FormViolation(pointer, FormViolation.TOO_LONG));
        }
        boolean wellFormed = !(schema.get("pattern") instanceof String regex) || compile(regex).matcher(text).find();
        if (schema.get("format") instanceof String format && !hasFormat(text, format)) {
            wellFormed = false;
        }
        if (!wellFormed) {
            out.add(new FormViolation(pointer, FormViolation.INVALID_FORMAT));
        }
    }

    private static void checkNumber(Map<String, ?> schema, BigDecimal number, String pointer,
                                    List<FormViolation> out) {
        boolean tooSmall = schema.containsKey("minimum") && number.compareTo(bound(schema, "minimum")) < 0;
        boolean tooLarge = schema.containsKey("maximum") && number.compareTo(bound(schema, "maximum")) > 0;
        if (tooSmall || tooLarge) {
            out.add(new FormViolation(pointer, FormViolation.OUT_OF_RANGE));
        }
    }

    private static void checkObject(Map<String, ?> schema, Map<?, ?> object, String pointer,
                                    List<FormViolation> out) {
        Map<String, ?> properties = schema.get("properties") instanceof Map<?, ?> described
                ? cast(described) : Map.of();
        Collection<?> required = schema.get("required") instanceof Collection<?> names ? names : List.of();
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            String member = property.getKey();
            String memberPointer = pointer + "/" + escape(member);
            if (object.containsKey(member)) {
                check(cast((Map<?, ?>) property.getValue()), object.get(member), memberPointer, out);
            } else if (required.contains(member)) {
                out.add(new FormViolation(memberPointer, FormViolation.REQUIRED));
            }
        }
        for (Object name : required) {
            if (!properties.containsKey(name) && !object.containsKey(name)) {
                out.add(new FormViolation(pointer + "/" + escape(String.valueOf(name)), FormViolation.REQUIRED));
            }
        }
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            for (Object member : object.keySet()) {
                if (!properties.containsKey(member)) {
                    out.add(new FormViolation(pointer + "/" + escape(String.valueOf(member)),
                            FormViolation.UNKNOWN));
                }
            }
        }
    }

    private static void checkArray(Map<String, ?> schema, List<?> array, String pointer, List<FormViolation> out) {
        boolean tooFew = schema.containsKey("minItems") && array.size() < limit(schema, "minItems");
        boolean tooMany = schema.containsKey("maxItems") && array.size() > limit(schema, "maxItems");
        if (tooFew || tooMany) {
            out.add(new FormViolation(pointer, FormViolation.OUT_OF_RANGE));
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            for (int index = 0; index < array.size(); index++) {
                check(cast(items), array.get(index), pointer + "/" + index, out);
            }
        }
    }

    private static boolean hasType(Object value, Object type) {
        if (type instanceof Collection<?> anyOf) {
            return anyOf.stream().anyMatch(one -> hasType(value, one));
        }
        return switch (String.valueOf(type)) {
            case "string" -> value instanceof String;
            case "integer" -> isNumber(value) && isIntegral(decimal((Number) value));
            case "number" -> isNumber(value);
            case "boolean" -> value instanceof Boolean;
            case "object" -> value instanceof Map<?, ?>;
            case "array" -> value instanceof List<?>;
            case "null" -> value == null;
            default -> throw new IllegalArgumentException("Not a type of the form schema subset: " + type);
        };
    }

    private static boolean hasFormat(String text, String format) {
        return switch (format) {
            case "date" -> isDate(text);
            case "date-time" -> isDateTime(text);
            case "email" -> isEmail(text);
            default -> throw new IllegalArgumentException("Not a format of the form schema subset: " + format);
        };
    }

    private static boolean isDate(String text) {
        if (!FULL_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text, STRICT_DATE);
            return true;
        } catch (DateTimeParseException notADay) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        if (!DATE_TIME.matcher(text).matches() || !isDate(text.substring(0, 10))) {
            return false;
        }
        try {
            OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
            return true;
        } catch (DateTimeParseException notAnInstant) {
            return false;
        }
    }

    private static boolean isEmail(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.length() > 254) {
            return false;
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        return local.length() <= 64 && EMAIL_LOCAL.matcher(local).matches() && EMAIL_DOMAIN.matcher(domain).matches();
    }

    private static boolean isNumber(Object value) {
        if (value instanceof Double number) {
            return !number.isNaN() && !number.isInfinite();
        }
        if (value instanceof Float number) {
            return !number.isNaN() && !number.isInfinite();
        }
        return value instanceof Number;
    }

    private static boolean isIntegral(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.toString());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static boolean jsonEquals(Object left, Object right) {
        if (isNumber(left) && isNumber(right)) {
            return decimal((Number) left).compareTo(decimal((Number) right)) == 0;
        }
        if (left instanceof Map<?, ?> leftObject && right instanceof Map<?, ?> rightObject) {
            return leftObject.keySet().equals(rightObject.keySet()) && leftObject.entrySet().stream()
                    .allMatch(member -> jsonEquals(member.getValue(), rightObject.get(member.getKey())));
        }
        if (left instanceof List<?> leftArray && right instanceof List<?> rightArray) {
            if (leftArray.size() != rightArray.size()) {
                return false;
            }
            for (int index = 0; index < leftArray.size(); index++) {
                if (!jsonEquals(leftArray.get(index), rightArray.get(index))) {
                    return false;
                }
            }
            return true;
        }
        return left == null ? right == null : left.equals(right);
    }

    private static long limit(Map<String, ?> schema, String keyword) {
        Object limit = schema.get(keyword);
        if (!isNumber(limit) || !isIntegral(decimal((Number) limit)) || decimal((Number) limit).signum() < 0) {
            throw new IllegalArgumentException(keyword + " must be a non-negative integer: " + limit);
        }
        return decimal((Number) limit).longValueExact();
    }

    private static BigDecimal bound(Map<String, ?> schema, String keyword) {
        Object bound = schema.get(keyword);
        if (!isNumber(bound)) {
            throw new IllegalArgumentException(keyword + " must be a number: " + bound);
        }
        return decimal((Number) bound);
    }

    /** The pattern compiled for {@code java.util.regex} with ECMA-262's meaning of {@code $}. */
    static Pattern compile(String regex) {
        return PATTERNS.computeIfAbsent(regex, ecma -> Pattern.compile(endAnchorsAsEcma(ecma)));
    }

    /**
     * Rewrites each {@code $} that is an anchor (not escaped, not inside a character class) to {@code \z}: in
     * ECMA-262 without the multiline flag {@code $} matches only at the end, while Java's also matches before a final
     * line terminator.
     */
    private static String endAnchorsAsEcma(String regex) {
        StringBuilder java = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int index = 0; index < regex.length(); index++) {
            char c = regex.charAt(index);
            if (c == '\\' && index + 1 < regex.length()) {
                java.append(c).append(regex.charAt(++index));
            } else if (c == '[') {
                inClass = true;
                java.append(c);
            } else if (c == ']') {
                inClass = false;
                java.append(c);
            } else if (c == '$' && !inClass) {
                java.append("\\z");
            } else {
                java.append(c);
            }
        }
        return java.toString();
    }

    private static void checkSubset(Map<String, ?> schema, String location, List<String> faults) {
        for (Map.Entry<String, ?> keyword : schema.entrySet()) {
            String name = keyword.getKey();
            Object value = keyword.getValue();
            String at = location + "/" + escape(name);
            if (!KEYWORDS.contains(name)) {
                faults.add(at + ": keyword outside the subset");
                continue;
            }
            switch (name) {
                case "type" -> {
                    Collection<?> types = value instanceof Collection<?> list ? list : List.of(String.valueOf(value));
                    if (types.isEmpty() || !types.stream().allMatch(TYPES::contains)) {
                        faults.add(at + ": type must be one of " + TYPES);
                    }
                }
                case "properties" -> {
                    if (!(value instanceof Map<?, ?> properties)) {
                        faults.add(at + ": properties must be an object");
                    } else {
                        for (Map.Entry<?, ?> property : properties.entrySet()) {
                            String member = String.valueOf(property.getKey());
                            if (!SNAKE_CASE.matcher(member).matches()) {
                                faults.add(at + "/" + escape(member) + ": property name is not snake_case");
                            }
                            if (property.getValue() instanceof Map<?, ?> sub) {
                                checkSubset(cast(sub), at + "/" + escape(member), faults);
                            } else {
                                faults.add(at + "/" + escape(member) + ": a property's schema must be an object");
                            }
                        }
                    }
                }
                case "required" -> {
                    if (!(value instanceof Collection<?> names) || !names.stream().allMatch(String.class::isInstance)) {
                        faults.add(at + ": required must be an array of names");
                    } else if (!(schema.get("properties") instanceof Map<?, ?> properties)
                            || !properties.keySet().containsAll(names)) {
                        faults.add(at + ": every required name must be described in properties");
                    }
                }
                case "additionalProperties" -> {
                    if (!(value instanceof Boolean)) {
                        faults.add(at + ": additionalProperties must be a boolean");
                    }
                }
                case "enum" -> {
                    if (!(value instanceof Collection<?> values) || values.isEmpty()) {
                        faults.add(at + ": enum must be a non-empty array");
                    }
                }
                case "minLength", "maxLength", "minItems", "maxItems" -> {
                    if (!isNumber(value) || !isIntegral(decimal((Number) value)) || decimal((Number) value).signum() < 0) {
                        faults.add(at + ": must be a non-negative integer");
                    }
                }
                case "minimum", "maximum" -> {
                    if (!isNumber(value)) {
                        faults.add(at + ": must be a number");
                    }
                }
                case "pattern" -> {
                    try {
                        compile(String.valueOf(value));
                    } catch (PatternSyntaxException broken) {
                        faults.add(at + ": pattern does not compile: " + broken.getDescription());
                    }
                }
                case "format" -> {
                    if (!FORMATS.contains(String.valueOf(value))) {
                        faults.add(at + ": format must be one of " + FORMATS);
                    }
                }
                case "items" -> {
                    if (value instanceof Map<?, ?> items) {
                        checkSubset(cast(items), at, faults);
                    } else {
                        faults.add(at + ": items must be a schema object");
                    }
                }
                case "title", "description" -> {
                    if (!(value instanceof String)) {
                        faults.add(at + ": must be a string");
                    }
                }
                default -> {
                    // $schema, const, default, examples: any value
                }
            }
        }
    }

    private static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
