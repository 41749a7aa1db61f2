package id.mpp.sdk.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link ReadmeSnippets} finds a README's blocks and a source's tagged regions. */
class ReadmeSnippetsParsingTest {

    private static final String MARKDOWN = String.join("\n",
            "# Title",
            "<!-- snippet: signin -->",
            "```java",
            "SsoClient sso = SsoClient.builder()",
            "        .build();",
            "```",
            "",
            "```java",
            "client.close();",
            "```",
            "<!-- snippet: build -->",
            "```sh",
            "mvn verify",
            "```",
            "");

    @Test
    void aJavaBlockIsNamedByTheSnippetCommentRightAboveItsFence() {
        assertThat(ReadmeSnippets.javaBlocks(MARKDOWN)).first().isEqualTo(new ReadmeSnippets.Block("signin", 3,
                "SsoClient sso = SsoClient.builder()\n        .build();\n"));
    }

    @Test
    void aJavaBlockWithoutACommentHasNoNameAndOtherLanguagesAreNotJavaBlocks() {
        assertThat(ReadmeSnippets.javaBlocks(MARKDOWN)).extracting(ReadmeSnippets.Block::name)
                .containsExactly("signin", null);
    }

    @Test
    void aTaggedRegionLosesTheIndentationItsLinesShareAndKeepsTheRest() {
        List<String> source = List.of(
                "    static void run() {",
                "        // tag::signin[]",
                "        SsoClient sso = SsoClient.builder()",
                "",
                "                .build();   ",
                "        // end::signin[]",
                "    }");

        assertThat(ReadmeSnippets.taggedRegions(source))
                .containsOnlyKeys("signin")
                .containsEntry("signin", "SsoClient sso = SsoClient.builder()\n\n        .build();\n");
    }

    @Test
    void aTagThatIsNeverClosedIsAnError() {
        assertThatThrownBy(() -> ReadmeSnippets.taggedRegions(List.of("// tag::signin[]", "run();")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("end::signin[]");
    }
}
