package id.mpp.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table: each figure beside its comparison measured in the same run, the ratio and the target. */
final class Results {
    /** How a row's target is judged. */
    enum Goal {
        /** ratio figure/comparison at least {@code target}. */
        RATIO_AT_LEAST,
        /** the figure itself at most {@code target}. */
        FIGURE_AT_MOST,
        /** no target: reported only. */
        NONE
    }

    record Row(String database, String scenario, String figureText, double figure, String unit,
            String comparisonText, double comparison, Goal goal, double target, String targetText,
            String note) {

        double ratio() {
            return comparison > 0 && !Double.isNaN(figure) ? figure / comparison : Double.NaN;
        }

        /** "yes", "no", or "-" when nothing is judged or nothing was measured. */
        String met() {
            return switch (goal) {
                case RATIO_AT_LEAST -> Double.isNaN(ratio()) ? "-" : ratio() >= target ? "yes" : "no";
                case FIGURE_AT_MOST -> Double.isNaN(figure) ? "-" : figure <= target ? "yes" : "no";
                case NONE -> "-";
            };
        }

        /** How far the figure is from its target, 1 or more when met (for picking the worst scenario). */
        double reach() {
            return switch (goal) {
                case RATIO_AT_LEAST -> Double.isNaN(ratio()) ? Double.NaN : ratio() / target;
                case FIGURE_AT_MOST -> Double.isNaN(figure) ? Double.NaN : target / figure;
                case NONE -> Double.NaN;
            };
        }
    }

    final List<Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        System.out.printf(Locale.ROOT, "  %-10s %-46s %s%n", row.database(), row.scenario(),
                row.figureText() + (row.comparisonText().isEmpty() ? "" : "  vs  " + row.comparisonText())
                        + (row.note().isEmpty() ? "" : "  (" + row.note() + ")"));
    }

    void notServed(String database, String scenario, String why) {
        add(new Row(database, scenario, "not served", Double.NaN, "", "", Double.NaN, Goal.NONE, Double.NaN, "",
                why));
    }

    String table() {
        String[] header = {"db", "scenario", "figure", "comparison (same run)", "ratio", "target", "met?"};
        List<String[]> lines = new ArrayList<>();
        lines.add(header);
        for (Row row : rows) {
            lines.add(new String[] {row.database(), row.scenario(), row.figureText(), row.comparisonText(),
                Double.isNaN(row.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", row.ratio()),
                row.targetText(), row.met()});
        }
        int[] widths = new int[header.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            String[] line = lines.get(l);
            out.append('|');
            for (int i = 0; i < line.length; i++) {
                out.append(' ').append(String.format("%-" + widths[i] + "s", line[i])).append(" |");
            }
            out.append('\n');
            if (l == 0) {
                out.append('|');
                for (int width : widths) {
                    out.append("-".repeat(width + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    void writeJson(Path file, String context) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"context\": ").append(context).append(",\n  \"rows\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            json.append("    {\"database\": ").append(quote(row.database()))
                    .append(", \"scenario\": ").append(quote(row.scenario()))
                    .append(", \"figure\": ").append(number(row.figure()))
                    .append(", \"unit\": ").append(quote(row.unit()))
                    .append(", \"figure_text\": ").append(quote(row.figureText()))
                    .append(", \"comparison\": ").append(number(row.comparison()))
                    .append(", \"comparison_text\": ").append(quote(row.comparisonText()))
                    .append(", \"ratio\": ").append(number(row.ratio()))
                    .append(", \"target\": ").append(quote(row.targetText()))
                    .append(", \"met\": ").append(quote(row.met()))
                    .append(", \"note\": ").append(quote(row.note())).append('}')
                    .append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        json.append("  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(quote(notes.get(i)));
        }
        json.append(notes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null"
                : String.format(Locale.ROOT, "%.3f", value);
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
