package id.mpp.sdk.snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the code blocks of a Markdown file and the tagged regions of Java sources, so that a test can hold one to
 * the other.
 *
 * <p>A {@code ```java} block names its snippet with an HTML comment on the line right above its fence,
 * {@code <!-- snippet: signin -->}; the snippet is the code between {@code // tag::signin[]} and
 * {@code // end::signin[]} (the Asciidoctor convention) in a source file, without the indentation its lines share.
 */
final class ReadmeSnippets {

    private static final Pattern SNIPPET_COMMENT = Pattern.compile("<!--\\s*snippet:\\s*([A-Za-z0-9_.-]+)\\s*-->");
    private static final Pattern TAG = Pattern.compile("//\\s*tag::([A-Za-z0-9_.-]+)\\[]");
    private static final String FENCE = "```";

    private ReadmeSnippets() {
    }

    /**
     * A {@code ```java} block of a Markdown file.
     *
     * @param name the snippet named by the comment above the fence, or {@code null} when there is none
     * @param line the fence's line number, from 1
     * @param code the block's lines without trailing white space, each followed by a line feed
     */
    record Block(String name, int line, String code) {
    }

    /** Every {@code ```java} block of {@code markdown}, in order. */
    static List<Block> javaBlocks(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(FENCE)) {
                continue;
            }
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).strip().equals(FENCE)) {
                close++;
            }
            if (line.substring(FENCE.length()).strip().equals("java")) {
                Matcher comment = i == 0 ? null : SNIPPET_COMMENT.matcher(lines.get(i - 1).strip());
                String name = comment != null && comment.matches() ? comment.group(1) : null;
                String code = lines.subList(i + 1, Math.min(close, lines.size())).stream()
                        .map(codeLine -> codeLine.stripTrailing() + "\n").collect(Collectors.joining());
                blocks.add(new Block(name, i + 1, code));
            }
            i = close;
        }
        return blocks;
    }

    /**
     * The tagged regions of every {@code .java} file under {@code root}, by tag name.
     *
     * @throws IllegalStateException when a tag is opened twice or never closed
     */
    static Map<String, String> taggedRegions(Path root) {
        Map<String, String> regions = new TreeMap<>();
        Map<String, Path> definedIn = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                for (Map.Entry<String, String> region : taggedRegions(Files.readAllLines(file)).entrySet()) {
                    Path earlier = definedIn.put(region.getKey(), file);
                    if (earlier != null) {
                        throw new IllegalStateException("tag::" + region.getKey() + "[] is in both " + earlier
                                + " and " + file);
                    }
                    regions.put(region.getKey(), region.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regions;
    }

    /** The tagged regions of one source file's lines, by tag name. */
    static Map<String, String> taggedRegions(List<String> lines) {
        Map<String, String> regions = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher tag = TAG.matcher(lines.get(i).strip());
            if (!tag.matches()) {
                continue;
            }
            String name = tag.group(1);
            String end = "// end::" + name + "[]";
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).strip().equals(end)) {
                close++;
            }
            if (close == lines.size()) {
                throw new IllegalStateException("tag::" + name + "[] (line " + (i + 1) + ") has no " + end);
            }
            if (regions.put(name, dedent(lines.subList(i + 1, close))) != null) {
                throw new IllegalStateException("tag::" + name + "[] is opened twice");
            }
        }
        return regions;
    }

    /** The lines without the indentation they share and trailing white space, each followed by a line feed. */
    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "\n" : line.substring(indent).stripTrailing() + "\n")
                .collect(Collectors.joining());
    }
}
