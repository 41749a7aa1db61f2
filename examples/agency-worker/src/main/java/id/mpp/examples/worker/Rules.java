package id.mpp.examples.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The worker's rules, read from a properties file (see {@code default-rules.properties}). */
final class Rules {

    /** What the worker may do on its own for one service. */
    record Rule(String name, String serviceId, boolean verifyDocuments) {
    }

    private final Map<String, Rule> byService;

    private Rules(Map<String, Rule> byService) {
        this.byService = Map.copyOf(byService);
    }

    Optional<Rule> forService(String serviceId) {
        return Optional.ofNullable(serviceId == null ? null : byService.get(serviceId));
    }

    Map<String, Rule> all() {
        return byService;
    }

    /** The rules in {@code file}, or the built-in default when {@code file} is null. */
    static Rules load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = file != null ? Files.newInputStream(file)
                : Rules.class.getResourceAsStream("/default-rules.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules " + file, e);
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("rule.") && key.endsWith(".service")) {
                String name = key.substring("rule.".length(), key.length() - ".service".length());
                String service = properties.getProperty(key).strip();
                boolean verify = Boolean.parseBoolean(
                        properties.getProperty("rule." + name + ".verify-documents", "false").strip());
                rules.put(service, new Rule(name, service, verify));
            }
        }
        return new Rules(rules);
    }
}
