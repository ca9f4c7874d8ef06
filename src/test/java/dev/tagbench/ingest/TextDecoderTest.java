package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String NEWS = "Le ministre a annoncé une aide de 37 millions d’euros pour l’Ukraine. "
            + "Les députés ont salué la décision, tandis que l’opposition a critiqué le calendrier choisi. "
            + "Selon le ministère, les premières livraisons arriveront à Kyiv avant l’hiver.";

    @Test
    void reads_utf8_and_drops_its_byte_order_mark() {
        assertThat(TextDecoder.decode("Grüße aus Kyiv.".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Grüße aus Kyiv.");
        var withMark = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'};
        assertThat(TextDecoder.decode(withMark)).isEqualTo("Hi.");
    }

    @Test
    void reads_utf16_with_or_without_a_byte_order_mark() {
        var text = "Officials pledged aid on Monday. “Quotes” survive.";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(text);
    }

    @Test
    void reads_latin1_when_the_detector_is_confident() {
        var bytes = NEWS.replace('’', '\'').getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(bytes)).isEqualTo(NEWS.replace('’', '\''));
        var windows = NEWS.getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(windows)).isEqualTo(NEWS);
    }

    @Test
    void tells_the_sink_which_encoding_was_assumed_for_a_file_that_is_not_utf8() {
        var latin = new CollectingSink();
        var bytes = NEWS.getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(bytes, latin)).isEqualTo(NEWS);
        assertThat(latin.warnings)
                .containsExactly("not valid UTF-8 (byte 0xE9 at offset 20): read as windows-1252 (Western European);"
                        + " if accented letters look wrong, save the file as UTF-8 and import it again");

        var utf16 = new CollectingSink();
        var text = "Officials pledged aid on Monday.";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE), utf16))
                .isEqualTo(text);
        assertThat(utf16.warnings)
                .containsExactly("not UTF-8: read as UTF-16BE, recognised by its zero bytes as the file has no"
                        + " byte-order mark; if the text looks wrong, save the file as UTF-8 and import it again");
    }

    @Test
    void says_nothing_when_the_file_is_utf8_or_names_its_encoding_with_a_byte_order_mark() {
        var sink = new CollectingSink();
        TextDecoder.decode("Grüße aus Kyiv.".getBytes(StandardCharsets.UTF_8), sink);
        TextDecoder.decode("Officials pledged aid.".getBytes(StandardCharsets.UTF_16), sink);
        TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'}, sink);
        assertThat(sink.warnings).isEmpty();
        assertThat(sink.articles).isEmpty();
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void refuses_random_bytes_naming_the_first_bad_byte() {
        var bytes = new byte[2000];
        new Random(7).nextBytes(bytes);
        for (var i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }
        bytes[0] = 'A';
        bytes[1] = (byte) 0xC3;
        bytes[2] = (byte) 0x28;
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("not UTF-8 text: byte 0xC3 at offset 1");
    }

    @Test
    void refuses_binary_files_with_nul_bytes() {
        var pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        var withNul = new byte[pdf.length + 3];
        System.arraycopy(pdf, 0, withNul, 0, pdf.length);
        assertThatThrownBy(() -> TextDecoder.decode(withNul))
                .hasMessage("not a text file: NUL byte at offset " + pdf.length);
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("NUL");
    }

    @Test
    void an_empty_file_decodes_to_empty_text() {
        assertThat(TextDecoder.decode(new byte[0])).isEmpty();
    }
}
