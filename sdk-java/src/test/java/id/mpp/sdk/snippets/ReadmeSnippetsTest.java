package id.mpp.sdk.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's code is compiled code: each {@code ```java} block names, in the comment above it, the tagged region
 * of a test source that it shows, and is that region line for line (the region's own test runs it).
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("README.md");
    private static final Path TEST_SOURCES = Path.of("src/test/java");
    private static final Path THIS_PACKAGE = TEST_SOURCES.resolve("id/mpp/sdk/snippets");

    private static List<ReadmeSnippets.Block> readmeBlocks() throws IOException {
        return ReadmeSnippets.javaBlocks(Files.readString(README));
    }

    @Test
    void everyJavaBlockOfTheReadmeNamesTheSnippetItShows() throws IOException {
        List<Integer> unnamed = readmeBlocks().stream().filter(block -> block.name() == null)
                .map(ReadmeSnippets.Block::line).toList();

        assertThat(unnamed).as("lines of README.md with a ```java block but no <!-- snippet: name --> above it")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachNamedBlockOfTheReadmeIsItsCompiledSnippet() throws IOException {
        Map<String, String> compiled = ReadmeSnippets.taggedRegions(TEST_SOURCES);
        return readmeBlocks().stream().filter(block -> block.name() != null).map(block -> dynamicTest(
                "README.md line " + block.line() + " shows tag::" + block.name() + "[]", () -> {
                    assertThat(compiled).as("a test source with tag::%s[]", block.name()).containsKey(block.name());
                    assertThat(block.code()).as("README.md line %d against tag::%s[]", block.line(), block.name())
                            .isEqualTo(compiled.get(block.name()));
                }));
    }

    @Test
    void everySnippetOfTheSnippetsPackageIsShownInTheReadme() throws IOException {
        Set<String> shown = readmeBlocks().stream().map(ReadmeSnippets.Block::name).collect(Collectors.toSet());

        assertThat(ReadmeSnippets.taggedRegions(THIS_PACKAGE).keySet()).isSubsetOf(shown);
    }
}
