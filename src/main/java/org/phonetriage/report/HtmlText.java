package org.phonetriage.report;

/**
 * HTML escaping for text and attribute values. Everything shown in the report that does not come
 * from this class's callers' constant markup goes through {@link #escape}: names, raw numbers and
 * paths are taken from seized phones and may contain markup on purpose.
 */
public final class HtmlText {

    /**
     * Escapes {@code & < > " '} so the value is safe both as element text and inside a quoted
     * attribute. C0 control characters other than tab, LF and CR, DEL and lone surrogates cannot
     * appear in an HTML document and are replaced with U+FFFD. Null gives the empty string.
     */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isForbidden(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F
                || Character.isSurrogate(c);
    }

    private HtmlText() {
    }
}
