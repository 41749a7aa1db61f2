package id.mpp.server.domain.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The regions a deployment knows, with the edition of the Kemendagri decree their codes and names come from
 * (codes and names change with each decree, so the edition travels with the data; DOMAIN.md).
 *
 * <p>The format is the CSV of the kit's domain facts ({@code pilot-regions.csv}): UTF-8, the header
 * {@code code,kind,name,province_code,province}, one region a line, fields optionally in double quotes. Lines
 * starting with {@code #} are comments; a comment {@code # edition: <text>} names the edition. Blank lines are
 * skipped.
 *
 * <p>{@link #pilotRegions()} loads the 21 pilot regions bundled as {@code pilot-regions.csv} next to this
 * class: a copy of the kit's {@code shared/domain/pilot-regions.csv} with comment lines naming that source and
 * the edition, Kepmendagri No. 300.2.2-2138 Tahun 2025 (Pemberian dan Pemutakhiran Kode, Data Wilayah
 * Administrasi Pemerintahan, dan Pulau).
 */
public final class RegionCatalogue {
    /** The header the CSV must have. */
    public static final String HEADER = "code,kind,name,province_code,province";
    /** The bundled resource of the pilot regions, relative to this class. */
    public static final String PILOT_REGIONS_RESOURCE = "pilot-regions.csv";

    private static final String EDITION_PREFIX = "edition:";

    private final String edition;
    private final Map<String, Region> byCode;

    private RegionCatalogue(String edition, Map<String, Region> byCode) {
        this.edition = edition;
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The 21 pilot regions bundled with the server. */
    public static RegionCatalogue pilotRegions() {
        try (InputStream in = RegionCatalogue.class.getResourceAsStream(PILOT_REGIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + PILOT_REGIONS_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a catalogue whose edition is named in the data ({@code # edition: ...}).
     *
     * @throws IllegalArgumentException when the data is malformed or names no edition
     */
    public static RegionCatalogue load(InputStream csv) {
        return read(csv, null);
    }

    /**
     * Reads a catalogue of the given edition, for a file that does not name it (such as the kit's own
     * byte-identical {@code pilot-regions.csv}). A file that names another edition is refused.
     *
     * @throws IllegalArgumentException when the data is malformed or names another edition
     */
    public static RegionCatalogue load(InputStream csv, String edition) {
        return read(csv, Objects.requireNonNull(edition, "edition"));
    }

    private static RegionCatalogue read(InputStream csv, String givenEdition) {
        Objects.requireNonNull(csv, "csv");
        String edition = givenEdition;
        Map<String, Region> regions = new LinkedHashMap<>();
        boolean headerSeen = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String comment = line.substring(1).trim();
                    if (comment.startsWith(EDITION_PREFIX)) {
                        String named = comment.substring(EDITION_PREFIX.length()).trim();
                        if (givenEdition != null && !givenEdition.equals(named)) {
                            throw new IllegalArgumentException("Line " + number + ": the data is of edition '"
                                    + named + "', not '" + givenEdition + "'");
                        }
                        edition = named;
                    }
                    continue;
                }
                if (!headerSeen) {
                    if (!line.strip().equals(HEADER)) {
                        throw new IllegalArgumentException("Line " + number + ": expected the header " + HEADER);
                    }
                    headerSeen = true;
                    continue;
                }
                Region region = parseRow(line, number);
                if (regions.putIfAbsent(region.code(), region) != null) {
                    throw new IllegalArgumentException("Line " + number + ": region " + region.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException("No header " + HEADER);
        }
        if (edition == null || edition.isBlank()) {
            throw new IllegalArgumentException("The edition of the region codes is not named (# edition: ...)");
        }
        return new RegionCatalogue(edition, regions);
    }

    private static Region parseRow(String line, int number) {
        List<String> fields = splitCsv(line, number);
        if (fields.size() != 5) {
            throw new IllegalArgumentException("Line " + number + ": expected 5 fields, found " + fields.size());
        }
        RegionKind kind;
        try {
            kind = RegionKind.valueOf(fields.get(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + number + ": unknown kind " + fields.get(1), e);
        }
        try {
            return new Region(fields.get(0), kind, fields.get(2), fields.get(3), fields.get(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + number + ": " + e.getMessage(), e);
        }
    }

    private static List<String> splitCsv(String line, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Line " + number + ": unclosed quote");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** The edition of the Kemendagri decree the codes and names come from. */
    public String edition() {
        return edition;
    }

    /** The region with {@code code} ({@code PP.KK}), or empty. */
    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether the catalogue knows {@code code} ({@code PP.KK}). */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** Every region, in the order of the data. */
    public List<Region> regions() {
        return List.copyOf(byCode.values());
    }

    /** How many regions the catalogue holds. */
    public int size() {
        return byCode.size();
    }
}
