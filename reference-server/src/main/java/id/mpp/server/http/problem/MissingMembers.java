package id.mpp.server.http.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The required members a request body lacks, when binding it stopped at another member's wrong value. Jackson gives
 * up at the first member it cannot map, so bean validation never runs: a registration missing {@code full_name}
 * with a malformed {@code birth_date} named only {@code #/birth_date}, where GEN-006 wants every offending input
 * named. So a body of a generated model is read as a tree first (request bodies are small; the vault's uploads are
 * streamed elsewhere), mapped from the tree, and when the mapping fails the required members the tree lacks (those
 * the model marks {@code @NotNull}, under their {@code @JsonProperty} names, at the body's top level) travel with
 * the failure to the problem's {@code errors}.
 */
public final class MissingMembers {

    private static final String MODELS = "id.mpp.server.generated.model.";

    private MissingMembers() {
    }

    /** The Jackson module that reads the top-level body of every generated model this way. */
    public static Module module() {
        return new SimpleModule("mpp-missing-members").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass().getName().startsWith(MODELS)
                        ? new Reporting(deserializer, description.getBeanClass()) : deserializer;
            }
        });
    }

    /** The pointers of the missing required members that travel with {@code failure}, if any. */
    static List<String> reportedWith(JsonMappingException failure) {
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed instanceof Report report) {
                return report.pointers;
            }
        }
        return List.of();
    }

    /** The pointers ({@code #/name}) of {@code model}'s required members missing from the object {@code body}. */
    static List<String> of(Class<?> model, JsonNode body) {
        List<String> missing = new ArrayList<>();
        for (Field field : model.getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property == null || !field.isAnnotationPresent(NotNull.class)) {
                continue;
            }
            JsonNode value = body.get(property.value());
            if (value == null || value.isNull()) {
                missing.add("#/" + property.value().replace("~", "~0").replace("/", "~1"));
            }
        }
        return missing;
    }

    /** Carries the pointers along a mapping failure (as a suppressed exception, so the failure stays what it was). */
    private static final class Report extends RuntimeException {
        private final transient List<String> pointers;

        Report(List<String> pointers) {
            super(null, null, false, false);
            this.pointers = pointers;
        }
    }

    /** Reads a top-level body as a tree, then maps it; nested objects are mapped as they stream. */
    private static final class Reporting extends DelegatingDeserializer {
        private final Class<?> model;

        Reporting(JsonDeserializer<?> delegate, Class<?> model) {
            super(delegate);
            this.model = model;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Reporting(delegate, model);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!topLevel(parser)) {
                return super.deserialize(parser, context);
            }
            JsonNode tree = context.readTree(parser);
            try (JsonParser fromTree = tree.traverse(parser.getCodec())) {
                fromTree.nextToken();
                return super.deserialize(fromTree, context);
            } catch (JsonMappingException failure) {
                List<String> missing = tree.isObject() ? of(model, tree) : List.of();
                if (!missing.isEmpty()) {
                    failure.addSuppressed(new Report(missing));
                }
                throw failure;
            }
        }

        private static boolean topLevel(JsonParser parser) {
            JsonStreamContext context = parser.getParsingContext();
            return context != null && (context.inRoot() || Optional.ofNullable(context.getParent())
                    .map(JsonStreamContext::inRoot).orElse(true));
        }
    }
}
