package id.mpp.server.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormSchemaValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> json(String text) {
        try {
            return JSON.readValue(text.replace('\'', '"'), new TypeReference<Map<String, Object>>() { });
        } catch (Exception broken) {
            throw new IllegalArgumentException(broken);
        }
    }

    /** A schema with one field {@code f} described by {@code field}. */
    private static Map<String, Object> field(String field) {
        return json("{'type':'object','properties':{'f':" + field + "}}");
    }

    private static List<FormViolation> check(String field, Object value) {
        Map<String, Object> form = new HashMap<>();
        form.put("f", value);
        return FormSchemaValidator.validate(field(field), form);
    }

    private static List<FormViolation> one(String code) {
        return List.of(new FormViolation("#/form/f", code));
    }

    @Nested
    class Types {

        @Test
        void stringAcceptsOnlyStrings() {
            assertThat(check("{'type':'string'}", "x")).isEmpty();
            assertThat(check("{'type':'string'}", 1)).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'string'}", true)).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'string'}", null)).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'string'}", List.of("x"))).isEqualTo(one("INVALID_TYPE"));
        }

        @Test
        void integerAcceptsWholeNumbersOfEveryJavaShapeIncludingOnePointZero() {
            for (Object whole : List.of(1, 2L, (short) 3, BigInteger.TEN.pow(30), 1.0, new BigDecimal("4.000"), -7)) {
                assertThat(check("{'type':'integer'}", whole)).as("%s", whole).isEmpty();
            }
            for (Object notWhole : List.of(1.5, new BigDecimal("0.1"), "1", true)) {
                assertThat(check("{'type':'integer'}", notWhole)).as("%s", notWhole).isEqualTo(one("INVALID_TYPE"));
            }
        }

        @Test
        void numberAcceptsNumbersButNotBooleansStringsOrNonFiniteDoubles() {
            assertThat(check("{'type':'number'}", 1.25)).isEmpty();
            assertThat(check("{'type':'number'}", 3)).isEmpty();
            assertThat(check("{'type':'number'}", false)).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'number'}", "1.5")).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'number'}", Double.NaN)).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'number'}", Double.POSITIVE_INFINITY)).isEqualTo(one("INVALID_TYPE"));
        }

        @Test
        void booleanObjectAndArray() {
            assertThat(check("{'type':'boolean'}", false)).isEmpty();
            assertThat(check("{'type':'boolean'}", "false")).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'boolean'}", 0)).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'object'}", Map.of())).isEmpty();
            assertThat(check("{'type':'object'}", List.of())).isEqualTo(one("INVALID_TYPE"));
            assertThat(check("{'type':'array'}", List.of())).isEmpty();
            assertThat(check("{'type':'array'}", Map.of())).isEqualTo(one("INVALID_TYPE"));
        }

        @Test
        void aListOfTypesAcceptsAnyOfThem() {
            assertThat(check("{'type':['string','integer']}", 3)).isEmpty();
            assertThat(check("{'type':['string','integer']}", "3")).isEmpty();
            assertThat(check("{'type':['string','integer']}", 3.5)).isEqualTo(one("INVALID_TYPE"));
        }

        @Test
        void aValueOfTheWrongTypeIsNotCheckedFurther() {
            assertThat(check("{'type':'string','minLength':5,'enum':['abcde']}", 7)).isEqualTo(one("INVALID_TYPE"));
        }

        @Test
        void aFormThatIsNotAnObjectAnswersAtTheFormPointer() {
            assertThat(FormSchemaValidator.validate(json("{'type':'object'}"), List.of()))
                    .containsExactly(new FormViolation("#/form", "INVALID_TYPE"));
            assertThat(FormSchemaValidator.validate(json("{'type':'object'}"), "text"))
                    .containsExactly(new FormViolation("#/form", "INVALID_TYPE"));
        }

        @Test
        void withoutTypeAnyValueIsAccepted() {
            assertThat(check("{'title':'Bebas'}", 3)).isEmpty();
            assertThat(check("{'title':'Bebas'}", null)).isEmpty();
        }
    }

    @Nested
    class Objects {

        private final Map<String, Object> schema = json("""
                {'type':'object','required':['nama','umur','catatan'],'additionalProperties':false,
                 'properties':{'nama':{'type':'string'},'umur':{'type':'integer'},'hobi':{'type':'string'}}}""");

        @Test
        void everyMissingRequiredFieldIsReportedInTheSchemasOrder() {
            assertThat(FormSchemaValidator.validate(schema, Map.of())).containsExactly(
                    new FormViolation("#/form/nama", "REQUIRED"),
                    new FormViolation("#/form/umur", "REQUIRED"),
                    new FormViolation("#/form/catatan", "REQUIRED"));
        }

        @Test
        void aNullFormIsAnEmptyOne() {
            assertThat(FormSchemaValidator.validate(schema, null)).hasSize(3)
                    .allMatch(violation -> violation.code().equals("REQUIRED"));
            assertThat(FormSchemaValidator.validate(json("{'type':'object'}"), null)).isEmpty();
        }

        @Test
        void aMemberPresentWithNullIsPresentButOfNoType() {
            Map<String, Object> form = new HashMap<>();
            form.put("nama", null);
            form.put("umur", 3);
            form.put("catatan", "x");
            assertThat(FormSchemaValidator.validate(schema, form)).containsExactly(
                    new FormViolation("#/form/nama", "INVALID_TYPE"), new FormViolation("#/form/catatan", "UNKNOWN"));
        }

        @Test
        void unknownMembersAnswerUnknownOnlyWhenAdditionalPropertiesIsFalse() {
            Map<String, Object> form = Map.of("nama", "A", "umur", 3, "catatan", "x", "hobi", "y");
            assertThat(FormSchemaValidator.validate(schema, form))
                    .containsExactly(new FormViolation("#/form/catatan", "UNKNOWN"));
            Map<String, Object> open = json("{'type':'object','properties':{'a':{'type':'string'}}}");
            assertThat(FormSchemaValidator.validate(open, Map.of("zzz", 1))).isEmpty();
            Map<String, Object> explicitlyOpen = json(
                    "{'type':'object','additionalProperties':true,'properties':{'a':{'type':'string'}}}");
            assertThat(FormSchemaValidator.validate(explicitlyOpen, Map.of("zzz", 1))).isEmpty();
        }

        @Test
        void nestedObjectsGiveNestedPointersEscapedAsRfc6901() {
            Map<String, Object> nested = json("""
                    {'type':'object','properties':{'alamat':{'type':'object','required':['kode_pos'],
                     'additionalProperties':false,'properties':{'kode_pos':{'type':'string','pattern':'^[0-9]{5}$'}}}}}""");
            assertThat(FormSchemaValidator.validate(nested, Map.of("alamat", Map.of("kode_pos", "531"))))
                    .containsExactly(new FormViolation("#/form/alamat/kode_pos", "INVALID_FORMAT"));
            assertThat(FormSchemaValidator.validate(nested, Map.of("alamat", Map.of("a/b~c", 1))))
                    .containsExactly(new FormViolation("#/form/alamat/kode_pos", "REQUIRED"),
                            new FormViolation("#/form/alamat/a~1b~0c", "UNKNOWN"));
        }

        @Test
        void unknownMembersComeInTheFormsOrder() {
            Map<String, Object> closed = json("{'type':'object','additionalProperties':false}");
            Map<String, Object> form = new java.util.LinkedHashMap<>();
            form.put("b", 1);
            form.put("a", 2);
            assertThat(FormSchemaValidator.validate(closed, form)).extracting(FormViolation::pointer)
                    .containsExactly("#/form/b", "#/form/a");
        }
    }

    @Nested
    class EnumAndConst {

        @Test
        void enumAllowsOnlyItsValues() {
            assertThat(check("{'type':'string','enum':['LAKI_LAKI','PEREMPUAN']}", "PEREMPUAN")).isEmpty();
            assertThat(check("{'type':'string','enum':['LAKI_LAKI','PEREMPUAN']}", "perempuan"))
                    .isEqualTo(one("NOT_ALLOWED"));
        }

        @Test
        void numbersCompareByValue() {
            assertThat(check("{'enum':[1,2.5]}", 1.0)).isEmpty();
            assertThat(check("{'enum':[1,2.5]}", new BigDecimal("2.50"))).isEmpty();
            assertThat(check("{'enum':[1,2.5]}", 2)).isEqualTo(one("NOT_ALLOWED"));
            assertThat(check("{'enum':[1]}", "1")).isEqualTo(one("NOT_ALLOWED"));
        }

        @Test
        void constAllowsExactlyItsValueIncludingStructuredOnes() {
            assertThat(check("{'const':true}", true)).isEmpty();
            assertThat(check("{'const':true}", false)).isEqualTo(one("NOT_ALLOWED"));
            assertThat(check("{'const':{'a':[1,2]}}", Map.of("a", List.of(1.0, 2)))).isEmpty();
            assertThat(check("{'const':{'a':[1,2]}}", Map.of("a", List.of(2, 1)))).isEqualTo(one("NOT_ALLOWED"));
            assertThat(check("{'const':{'a':[1,2]}}", Map.of("a", List.of(1)))).isEqualTo(one("NOT_ALLOWED"));
            assertThat(check("{'const':null}", null)).isEmpty();
        }
    }

    @Nested
    class Lengths {

        @Test
        void minLengthBothSides() {
            assertThat(check("{'type':'string','minLength':3}", "abc")).isEmpty();
            assertThat(check("{'type':'string','minLength':3}", "ab")).isEqualTo(one("TOO_SHORT"));
            assertThat(check("{'type':'string','minLength':1}", "")).isEqualTo(one("TOO_SHORT"));
        }

        @Test
        void maxLengthBothSides() {
            assertThat(check("{'type':'string','maxLength':3}", "abc")).isEmpty();
            assertThat(check("{'type':'string','maxLength':3}", "abcd")).isEqualTo(one("TOO_LONG"));
        }

        @Test
        void lengthCountsCodePointsNotUtf16Units() {
            String twoEmoji = "\uD83D\uDE00\uD83D\uDE00";
            assertThat(check("{'type':'string','maxLength':2}", twoEmoji)).isEmpty();
            assertThat(check("{'type':'string','minLength':3}", twoEmoji)).isEqualTo(one("TOO_SHORT"));
        }

        @Test
        void lengthsApplyToStringsOnly() {
            assertThat(check("{'minLength':3}", 1)).isEmpty();
        }
    }

    @Nested
    class Patterns {

        @Test
        void patternIsNotAnchoredUnlessItSaysSo() {
            assertThat(check("{'type':'string','pattern':'[0-9]'}", "abc1def")).isEmpty();
            assertThat(check("{'type':'string','pattern':'^[0-9]+$'}", "123")).isEmpty();
            assertThat(check("{'type':'string','pattern':'^[0-9]+$'}", "12a3")).isEqualTo(one("INVALID_FORMAT"));
        }

        @Test
        void dollarMeansTheVeryEndAsInEcma262() {
            assertThat(check("{'type':'string','pattern':'^[0-9]{5}$'}", "53115\n")).isEqualTo(one("INVALID_FORMAT"));
            assertThat(check("{'type':'string','pattern':'^[$]?[0-9]+$'}", "$5")).isEmpty();
            assertThat(check("{'type':'string','pattern':'^a\\\\$b$'}", "a$b")).isEmpty();
        }

        @Test
        void commonEcmaConstructsWork() {
            String npwp = "{'type':'string','pattern':'^[0-9]{2}\\\\.[0-9]{3}\\\\.[0-9]{3}\\\\.[0-9]-[0-9]{3}\\\\.[0-9]{3}$'}";
            assertThat(check(npwp, "01.234.567.8-901.000")).isEmpty();
            assertThat(check(npwp, "012345678901000")).isEqualTo(one("INVALID_FORMAT"));
            assertThat(check("{'type':'string','pattern':'^\\\\d{16}$'}", "3302011508900001")).isEmpty();
            assertThat(check("{'type':'string','pattern':'^(?:RT|RW)\\\\s?\\\\d{3}$'}", "RT 004")).isEmpty();
        }

        @Test
        void aPatternThatDoesNotCompileIsTheSchemasFault() {
            assertThatThrownBy(() -> check("{'type':'string','pattern':'(['}", "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Formats {

        @ParameterizedTest
        @ValueSource(strings = {"2026-11-24", "2024-02-29", "1900-01-01"})
        void validDates(String date) {
            assertThat(check("{'type':'string','format':'date'}", date)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-11-24T00:00:00Z",
                "24-11-2026", "2026-1-5", "20261124", "", " 2026-11-24", "\u0662\u0660\u0662\u0666-11-24"})
        void invalidDates(String date) {
            assertThat(check("{'type':'string','format':'date'}", date)).isEqualTo(one("INVALID_FORMAT"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-11-24T09:03:51Z", "2026-11-24T16:03:51+07:00", "2026-11-24t09:03:51.123z",
                "2026-11-24T09:03:51.5-03:30"})
        void validDateTimes(String dateTime) {
            assertThat(check("{'type':'string','format':'date-time'}", dateTime)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-11-24T09:03:51", "2026-11-24T09:03Z", "2026-11-24 09:03:51Z",
                "2026-02-30T09:03:51Z", "2026-11-24T24:00:00Z", "2026-11-24T09:60:00Z", "2026-11-24T09:03:51+0700",
                "2026-11-24"})
        void invalidDateTimes(String dateTime) {
            assertThat(check("{'type':'string','format':'date-time'}", dateTime)).isEqualTo(one("INVALID_FORMAT"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"siti@example.co.id", "budi.santoso+mpp@banyumaskab.go.id", "a@b.id",
                "o'brien@mail.example.com"})
        void validEmails(String email) {
            assertThat(check("{'type':'string','format':'email'}", email)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"siti", "siti@", "@example.com", "siti@@example.com", "siti @example.com",
                "siti@localhost", "siti@example..com", ".siti@example.com", "siti.@example.com",
                "siti@-example.com", "siti@example.c0m1-"})
        void invalidEmails(String email) {
            assertThat(check("{'type':'string','format':'email'}", email)).isEqualTo(one("INVALID_FORMAT"));
        }

        @Test
        void patternAndFormatTogetherGiveOneInvalidFormat() {
            assertThat(check("{'type':'string','format':'date','pattern':'^2026'}", "2025-13-01"))
                    .isEqualTo(one("INVALID_FORMAT"));
        }

        @Test
        void formatsApplyToStringsOnly() {
            assertThat(check("{'format':'date'}", 20261124)).isEmpty();
        }
    }

    @Nested
    class Ranges {

        @Test
        void minimumAndMaximumAreInclusive() {
            String schema = "{'type':'integer','minimum':1,'maximum':20}";
            assertThat(check(schema, 1)).isEmpty();
            assertThat(check(schema, 20)).isEmpty();
            assertThat(check(schema, 0)).isEqualTo(one("OUT_OF_RANGE"));
            assertThat(check(schema, 21)).isEqualTo(one("OUT_OF_RANGE"));
        }

        @Test
        void decimalBoundsCompareExactly() {
            String schema = "{'type':'number','minimum':0.1,'maximum':99.99}";
            assertThat(check(schema, 0.1)).isEmpty();
            assertThat(check(schema, 99.99)).isEmpty();
            assertThat(check(schema, new BigDecimal("0.0999999999999"))).isEqualTo(one("OUT_OF_RANGE"));
            assertThat(check(schema, new BigDecimal("99.990000001"))).isEqualTo(one("OUT_OF_RANGE"));
            assertThat(check(schema, Long.MAX_VALUE)).isEqualTo(one("OUT_OF_RANGE"));
        }

        @Test
        void rangesApplyToNumbersOnly() {
            assertThat(check("{'minimum':5}", "1")).isEmpty();
        }

        @Test
        void itemCountsBothSides() {
            String schema = "{'type':'array','minItems':1,'maxItems':2}";
            assertThat(check(schema, List.of("a"))).isEmpty();
            assertThat(check(schema, List.of("a", "b"))).isEmpty();
            assertThat(check(schema, List.of())).isEqualTo(one("OUT_OF_RANGE"));
            assertThat(check(schema, List.of("a", "b", "c"))).isEqualTo(one("OUT_OF_RANGE"));
        }
    }

    @Nested
    class Items {

        @Test
        void eachItemIsCheckedWithItsIndexInThePointer() {
            String schema = "{'type':'array','maxItems':3,'items':{'type':'string','maxLength':2}}";
            List<Object> values = new ArrayList<>(List.of("ok", "too long", 5, "ok"));
            assertThat(check(schema, values)).containsExactly(
                    new FormViolation("#/form/f", "OUT_OF_RANGE"),
                    new FormViolation("#/form/f/1", "TOO_LONG"),
                    new FormViolation("#/form/f/2", "INVALID_TYPE"));
        }

        @Test
        void itemsThatAreObjectsGiveDeeperPointers() {
            String schema = "{'type':'array','items':{'type':'object','required':['nama'],"
                    + "'properties':{'nama':{'type':'string'}}}}";
            assertThat(check(schema, List.of(Map.of("nama", "A"), Map.of())))
                    .containsExactly(new FormViolation("#/form/f/1/nama", "REQUIRED"));
        }
    }

    @Nested
    class Annotations {

        @Test
        void annotationsNeverFail() {
            String schema = "{'$schema':'https://json-schema.org/draft/2020-12/schema','type':'string',"
                    + "'title':'Judul','description':'Keterangan','default':'x','examples':['y']}";
            assertThat(check(schema, "anything")).isEmpty();
        }
    }

    @Test
    void everyOffenceIsReportedNotOnlyTheFirst() {
        Map<String, Object> schema = json("""
                {'type':'object','required':['nama_bayi','tanggal_lahir','jenis_kelamin'],'additionalProperties':false,
                 'properties':{'nama_bayi':{'type':'string','minLength':1,'maxLength':100},
                   'tanggal_lahir':{'type':'string','format':'date'},
                   'jenis_kelamin':{'type':'string','enum':['LAKI_LAKI','PEREMPUAN']},
                   'anak_ke':{'type':'integer','minimum':1,'maximum':20}}}""");
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("nama_bayi", "");
        form.put("tanggal_lahir", "2026-02-30");
        form.put("anak_ke", 0);
        form.put("warna", "merah");
        assertThat(FormSchemaValidator.validate(schema, form)).containsExactly(
                new FormViolation("#/form/nama_bayi", "TOO_SHORT"),
                new FormViolation("#/form/tanggal_lahir", "INVALID_FORMAT"),
                new FormViolation("#/form/jenis_kelamin", "REQUIRED"),
                new FormViolation("#/form/anak_ke", "OUT_OF_RANGE"),
                new FormViolation("#/form/warna", "UNKNOWN"));
    }

    @Test
    void worksOnFormsParsedWithBigDecimalsToo() throws Exception {
        ObjectMapper decimals = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
        Object form = decimals.readValue("{\"f\": 3.0}", Object.class);
        assertThat(FormSchemaValidator.validate(field("{'type':'integer','maximum':3}"), form)).isEmpty();
    }

    @Nested
    class Subset {

        @Test
        void aSchemaOfTheSubsetHasNoFaults() {
            assertThat(FormSchemaValidator.subsetViolations(json("""
                    {'$schema':'https://json-schema.org/draft/2020-12/schema','type':'object','required':['a'],
                     'additionalProperties':false,'properties':{'a':{'type':'string','pattern':'^x$','format':'date',
                     'minLength':1,'maxLength':9,'title':'A','description':'B','default':'x','examples':['x']},
                     'b':{'type':'array','minItems':0,'maxItems':3,'items':{'type':'integer','minimum':0,'maximum':9}},
                     'c':{'enum':[1,2]},'d':{'const':'x'}}}"""))).isEmpty();
        }

        @Test
        void theRootMustBeAnObject() {
            assertThat(FormSchemaValidator.subsetViolations(json("{'type':'string'}")))
                    .anyMatch(fault -> fault.startsWith("#/type"));
        }

        @Test
        void keywordsOutsideTheSubsetAreFaults() {
            assertThat(FormSchemaValidator.subsetViolations(json(
                    "{'type':'object','properties':{'a':{'type':'number','exclusiveMinimum':0}},'oneOf':[]}")))
                    .containsExactlyInAnyOrder("#/properties/a/exclusiveMinimum: keyword outside the subset",
                            "#/oneOf: keyword outside the subset");
        }

        @Test
        void namesTypesFormatsPatternsAndLimitsAreChecked() {
            List<String> faults = FormSchemaValidator.subsetViolations(json("""
                    {'type':'object','required':['namaBayi','x'],'additionalProperties':{'type':'string'},
                     'properties':{'namaBayi':{'type':'text'},'b':{'type':'string','format':'uri'},
                     'c':{'type':'string','pattern':'(['},'d':{'type':'string','minLength':-1},
                     'e':{'type':'array','maxItems':1.5,'items':true},'f':{'enum':[]},'g':{'maximum':'9'}}}"""));
            assertThat(faults).anyMatch(f -> f.startsWith("#/properties/namaBayi: property name is not snake_case"))
                    .anyMatch(f -> f.startsWith("#/properties/namaBayi/type"))
                    .anyMatch(f -> f.startsWith("#/properties/b/format"))
                    .anyMatch(f -> f.startsWith("#/properties/c/pattern"))
                    .anyMatch(f -> f.startsWith("#/properties/d/minLength"))
                    .anyMatch(f -> f.startsWith("#/properties/e/maxItems"))
                    .anyMatch(f -> f.startsWith("#/properties/e/items"))
                    .anyMatch(f -> f.startsWith("#/properties/f/enum"))
                    .anyMatch(f -> f.startsWith("#/properties/g/maximum"))
                    .anyMatch(f -> f.startsWith("#/required"))
                    .anyMatch(f -> f.startsWith("#/additionalProperties"));
        }
    }
}
