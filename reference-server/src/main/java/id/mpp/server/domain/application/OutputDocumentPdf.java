package id.mpp.server.domain.application;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The output document of a completed application as a one-page PDF 1.4 (A4, Helvetica), written by hand: a title
 * and the lines of text a citizen prints and an officer checks (service output, applicant, tracking number, agency,
 * date, verification code). No dependency: the file has a catalog, one page, one font, one content stream, the
 * cross-reference table and the trailer, with the byte offsets the format requires.
 */
public final class OutputDocumentPdf {

    private OutputDocumentPdf() {
    }

    /**
     * The PDF of the given title and lines. Characters outside Latin-1 are replaced by their base letter where
     * there is one (accents dropped), otherwise by {@code ?}: the standard Helvetica font knows no others.
     */
    public static byte[] render(String title, List<String> lines) {
        StringBuilder content = new StringBuilder();
        content.append("BT\n/F1 18 Tf\n72 770 Td\n(").append(escape(title)).append(") Tj\nET\n");
        content.append("0.5 w 72 755 m 523 755 l S\n");
        int y = 725;
        for (String line : lines) {
            content.append("BT\n/F1 11 Tf\n72 ").append(y).append(" Td\n(").append(escape(line)).append(") Tj\nET\n");
            y -= 20;
        }
        byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);

        List<byte[]> objects = new ArrayList<>();
        objects.add(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"));
        objects.add(latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        ByteArrayOutputStream streamObject = new ByteArrayOutputStream();
        streamObject.writeBytes(latin1("<< /Length " + stream.length + " >>\nstream\n"));
        streamObject.writeBytes(stream);
        streamObject.writeBytes(latin1("\nendstream"));
        objects.add(streamObject.toByteArray());

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(latin1("%PDF-1.4\n"));
        pdf.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            pdf.writeBytes(latin1((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes(latin1("\nendobj\n"));
        }
        long xref = pdf.size();
        StringBuilder table = new StringBuilder();
        table.append("xref\n0 ").append(objects.size() + 1).append('\n');
        table.append("0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
        table.append("startxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(latin1(table.toString()));
        return pdf.toByteArray();
    }

    private static String escape(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\\' || c == '(' || c == ')') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(' ');
            } else if (c > 0xFF) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
