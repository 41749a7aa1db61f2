package id.mpp.conformance.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form found in an HTML page, read the way a browser would submit it: its action, its inputs with their values
 * (hidden fields such as the anti-CSRF token included), its checkboxes and its submit buttons.
 *
 * @param action the action attribute (relative or absolute; empty means the page itself)
 * @param method the method ({@code post} or {@code get}, lower case)
 * @param fields the named inputs other than checkboxes, with their values (empty for an input without value)
 * @param inputTypes the type of every named input
 * @param checkboxes the values of the named checkboxes: name to values
 * @param buttons the named submit buttons: each a name and a value
 */
public record HtmlForm(String action, String method, Map<String, String> fields, Map<String, String> inputTypes,
        Map<String, List<String>> checkboxes, List<Map.Entry<String, String>> buttons) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

    /** Every form of the page, in document order. */
    public static List<HtmlForm> parse(String html) {
        List<HtmlForm> forms = new ArrayList<>();
        if (html == null) {
            return forms;
        }
        Matcher f = FORM.matcher(html);
        while (f.find()) {
            Map<String, String> formAttributes = attributes(f.group(1));
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, List<String>> checkboxes = new LinkedHashMap<>();
            Matcher i = INPUT.matcher(f.group(2));
            while (i.find()) {
                Map<String, String> a = attributes(i.group(1));
                String name = a.get("name");
                if (name == null) {
                    continue;
                }
                String type = a.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
                types.put(name, type);
                if (type.equals("checkbox") || type.equals("radio")) {
                    checkboxes.computeIfAbsent(name, k -> new ArrayList<>()).add(a.getOrDefault("value", "on"));
                } else if (!type.equals("submit")) {
                    fields.put(name, a.getOrDefault("value", ""));
                }
            }
            List<Map.Entry<String, String>> buttons = new ArrayList<>();
            Matcher b = BUTTON.matcher(f.group(2));
            while (b.find()) {
                Map<String, String> a = attributes(b.group(1));
                if (a.containsKey("name")) {
                    buttons.add(Map.entry(a.get("name"), a.getOrDefault("value", "")));
                }
            }
            forms.add(new HtmlForm(formAttributes.getOrDefault("action", ""),
                    formAttributes.getOrDefault("method", "get").toLowerCase(Locale.ROOT), fields, types, checkboxes,
                    buttons));
        }
        return forms;
    }

    /** Whether the form has an input of type password. */
    public boolean hasPasswordField() {
        return inputTypes.containsValue("password");
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            map.put(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : unescape(value));
        }
        return map;
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private static String unescape(String text) {
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int code = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(sb);
        String s = sb.toString();
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
