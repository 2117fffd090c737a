package org.phonetriage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes HTML straight to a {@link Writer}, so a large report is never held in memory whole. The
 * split between {@link #raw} (constant markup from this package) and {@link #text} / {@link #attr}
 * (escaped values) makes it visible at every call which strings are trusted.
 */
final class Markup {

    private final Writer out;

    Markup(Writer out) {
        this.out = out;
    }

    /** Constant markup written as is. Never pass data here. */
    Markup raw(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A value as escaped text. */
    Markup text(Object value) {
        return raw(HtmlText.escape(value));
    }

    /**
     * A value from the evidence, isolated with {@code <bdi>} so right-to-left text or a stray
     * direction override in a name cannot reorder the text around it.
     */
    Markup evidenceText(Object value) {
        return raw("<bdi>").text(value).raw("</bdi>");
    }

    /** {@code name="value"} with the value escaped, preceded by a space. */
    Markup attr(String name, Object value) {
        return raw(" ").raw(name).raw("=\"").text(value).raw("\"");
    }

    /**
     * {@code <script type="application/json" id="ID">} holding the JSON {@code body} writes,
     * escaped by {@link EmbeddedJson} so no value can end the element.
     */
    Markup jsonScript(String id, EmbeddedJson.Body body) {
        raw("<script type=\"application/json\"").attr("id", id).raw(">");
        try {
            EmbeddedJson.writeTo(out, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raw("</script>\n");
    }

    Markup element(String tag, Object value) {
        return raw("<").raw(tag).raw(">").text(value).raw("</").raw(tag).raw(">");
    }

    /** A cell with escaped text. */
    Markup td(Object value) {
        return element("td", value);
    }

    /** A right-aligned number cell. */
    Markup tdNumber(Number value) {
        return raw("<td class=\"num\">").text(value).raw("</td>");
    }
}
