package id.mpp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "GEN-008: Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | ID",
            "'' | ID",
            "id | ID",
            "en | EN",
            "en-US | EN",
            "en-GB,en;q=0.8 | EN",
            "id-ID,id;q=0.9,en;q=0.8 | ID",
            "en;q=0.5, id;q=0.9 | ID",
            "fr, en;q=0.4 | EN",
            "fr | ID",
            "* | ID",
            ";;;q=x | ID"
    })
    void negotiatesTheLanguageOfTexts(String header, Language expected) {
        assertThat(Language.negotiate(header)).isEqualTo(expected);
    }
}
