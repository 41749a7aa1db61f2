package id.mpp.server.domain.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DOC-020, DOC-021: reading a Range header against a content's size. */
class ByteRangeTest {

    @Test
    @DisplayName("DOC-020, DOC-021: satisfiable, unsatisfiable and ignored ranges")
    void reading() {
        assertThat(ByteRange.read("bytes=0-99", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(0, 99)));
        assertThat(ByteRange.read("bytes=900-", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(900, 999)));
        assertThat(ByteRange.read("bytes=-100", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(900, 999)));
        assertThat(ByteRange.read("bytes=-5000", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(0, 999)));
        assertThat(ByteRange.read("bytes=990-5000", 1000)).isEqualTo(new ByteRange.Partial(new ByteRange(990, 999)));
        assertThat(ByteRange.read("bytes=1000-", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.read("bytes=-0", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.read(null, 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.read("bytes=0-1,3-4", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.read("items=0-1", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.read("bytes=5-1", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.read("bytes=-", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.read("bytes=99999999999999999999-", 1000)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    @DisplayName("The holder's name is masked word by word")
    void masking() {
        assertThat(HolderNames.mask("Ayu  Pratiwi Nugroho")).isEqualTo("A** P****** N******");
    }
}
