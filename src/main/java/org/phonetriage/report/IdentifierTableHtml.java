package org.phonetriage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * The "Shared identifiers" section of the HTML report. A 40-phone case lists tens of thousands of
 * identifiers, each with a nested table per device: as HTML that is a DOM of many megabytes. So the
 * rows travel as embedded JSON, and report.js renders them a page at a time, with a filter that
 * searches all of them; with scripts off, a static table of the most shared rows stands in.
 * Wording is deliberate: a candidate is labelled as unconfirmed, and a name is shown as what one
 * phone saved it as, never as who the person is.
 */
final class IdentifierTableHtml {

    static final String CONTAINER_ID = "identifier-table";
    static final String DATA_ID = "identifier-data";
    /** Rows in the static table shown when scripts are off. */
    static final int STATIC_ROWS = 50;
    /** Rows report.js renders at first and at each "show more". */
    static final int PAGE_ROWS = 100;

    static final Map<String, String> CONFIDENCE = Map.of(
            "A", "A: explicit international form, valid number",
            "B", "B: national form, region from strong device evidence, valid number",
            "C", "C: heuristic reading (weak region, fan-out, repair, BR 9th digit \u2026)",
            "X", "X: no valid reading; matched exactly only");

    private final Markup m;
    private final DisplayTime time;

    IdentifierTableHtml(Markup m, DisplayTime time) {
        this.m = m;
        this.time = time;
    }

    void section(List<SharedIdentifier> identifiers) {
        m.raw("<section id=\"identifiers\">\n<h2>Shared identifiers</h2>\n")
                .raw("<p class=\"note\">Identifiers found on two or more devices, owner identifiers ")
                .raw("and identifiers with a candidate occurrence; the most shared first.</p>\n<div class=\"legend\">")
                .raw("<p><span class=\"level-strong\">strong</span>: the occurrence normalised to ")
                .raw("exactly this key with confidence A or B.</p>")
                .raw("<p><span class=\"level-candidate\">candidate \u2014 unconfirmed</span>: it ")
                .raw("reached this key only through a repair or a guess (the rule names which). ")
                .raw("It is not a match until the examiner confirms it.</p>")
                .raw("<p><strong>Saved as</strong>: the name under which that phone stored the ")
                .raw("identifier \u2014 that phone's alias, not a proven identity.</p>")
                .raw("<p><strong>Confidence</strong>: A explicit international form; B national form ")
                .raw("with the region from strong evidence; C heuristic; X no valid reading.</p>")
                .raw("</div>\n");
        if (identifiers.isEmpty()) {
            m.raw("<p class=\"none\">No shared identifiers.</p>\n</section>\n");
            return;
        }
        List<SharedIdentifier> ordered = mostSharedFirst(identifiers);
        staticTable(ordered);
        m.raw("<div").attr("id", CONTAINER_ID).attr("data-page", PAGE_ROWS).raw(" class=\"lazy-table\"></div>\n")
                .jsonScript(DATA_ID, json -> json(json, ordered))
                .raw("</section>\n");
    }

    /** On most devices first, then in key order: the rows worth reading when only some are shown. */
    static List<SharedIdentifier> mostSharedFirst(List<SharedIdentifier> identifiers) {
        return identifiers.stream()
                .sorted(Comparator.<SharedIdentifier>comparingLong(IdentifierTableHtml::deviceCount).reversed()
                        .thenComparing(SharedIdentifier::key))
                .toList();
    }

    private static long deviceCount(SharedIdentifier id) {
        return id.devices().stream().map(IdentifierOnDevice::label).distinct().count();
    }

    /** What a reader without scripts gets: the first rows as HTML, and where the rest are. */
    private void staticTable(List<SharedIdentifier> ordered) {
        int shown = Math.min(STATIC_ROWS, ordered.size());
        m.raw("<noscript><p class=\"none\">The full, searchable table needs JavaScript. Shown here: ")
                .text(shown == ordered.size() ? "all " + shown : "the first " + shown + " of " + ordered.size())
                .raw(" identifiers. Every identifier is in <code>csv/identifiers.csv</code> and ")
                .raw("<code>xref.json</code>.</p>\n<div class=\"scroll\"><table>\n")
                .raw("<thead><tr><th>Key</th><th>Type</th><th>Confidence</th><th>Owner of</th>")
                .raw("<th>Devices</th><th>On each device</th></tr></thead>\n<tbody>\n");
        for (SharedIdentifier id : ordered.subList(0, shown)) {
            m.raw("<tr><td><code>").evidenceText(id.key()).raw("</code></td>").td(id.type())
                    .raw("<td").attr("title", CONFIDENCE.getOrDefault(id.confidence(), ""))
                    .raw(">").text(id.confidence()).raw("</td><td>");
            list(m, id.ownerOf(), "none seized", false);
            m.raw("</td>").tdNumber(id.devices().size()).raw("<td>");
            devices(id.devices());
            m.raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div></noscript>\n");
    }

    private void json(JsonGenerator json, List<SharedIdentifier> ordered) throws IOException {
        json.writeStartObject();
        json.writeStringField("zone", time.zone().getId());
        json.writeObjectFieldStart("confidence");
        for (String grade : new TreeSet<>(CONFIDENCE.keySet())) {
            json.writeStringField(grade, CONFIDENCE.get(grade));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("rows");
        for (SharedIdentifier id : ordered) {
            json.writeStartObject();
            json.writeStringField("key", id.key());
            json.writeStringField("type", id.type());
            json.writeStringField("confidence", id.confidence());
            EmbeddedJson.strings(json, "ownerOf", id.ownerOf());
            json.writeArrayFieldStart("devices");
            for (IdentifierOnDevice on : id.devices()) {
                json.writeStartObject();
                json.writeStringField("device", on.label());
                json.writeStringField("level", on.level());
                json.writeStringField("rule", on.rule());
                EmbeddedJson.strings(json, "roles", on.roles());
                json.writeNumberField("occurrences", on.occurrences());
                EmbeddedJson.strings(json, "names", on.names());
                EmbeddedJson.strings(json, "raw", on.raw());
                jsonTime(json, "first", on.firstSeen());
                jsonTime(json, "last", on.lastSeen());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {utc, shown}; shown is missing when the value is not an ISO-8601 time. */
    private void jsonTime(JsonGenerator json, String field, String isoUtc) throws IOException {
        if (isoUtc == null || isoUtc.isBlank()) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("utc", isoUtc);
        Optional<String> shown = time.format(isoUtc);
        if (shown.isPresent()) {
            json.writeStringField("shown", shown.get());
        }
        json.writeEndObject();
    }

    private void devices(List<IdentifierOnDevice> onDevices) {
        if (onDevices.isEmpty()) {
            m.raw("<span class=\"none\">not seen on any device</span>");
            return;
        }
        String zone = time.zone().getId();
        m.raw("<table class=\"inner\"><thead><tr><th>Device</th><th>Level</th><th>Rule</th>")
                .raw("<th>Roles</th><th>Occurrences</th><th>Saved as (this phone's alias)</th>")
                .raw("<th>Raw forms</th><th>First seen (").text(zone).raw(")</th><th>Last seen (")
                .text(zone).raw(")</th></tr></thead><tbody>");
        for (IdentifierOnDevice on : onDevices) {
            m.raw("<tr><td>").evidenceText(on.label()).raw("</td><td>");
            level(m, on.level());
            m.raw("</td><td><code>").text(on.rule()).raw("</code></td><td>").text(String.join(", ",
                    on.roles())).raw("</td>").tdNumber(on.occurrences()).raw("<td>");
            savedAs(on.names());
            m.raw("</td><td>");
            codeList(m, on.raw(), "none");
            m.raw("</td><td class=\"time\">");
            time(m, time, on.firstSeen());
            m.raw("</td><td class=\"time\">");
            time(m, time, on.lastSeen());
            m.raw("</td></tr>");
        }
        m.raw("</tbody></table>");
    }

    private void savedAs(List<String> names) {
        if (names.isEmpty()) {
            m.raw("<span class=\"none\">no saved name</span>");
            return;
        }
        m.raw("<ul class=\"values\">");
        for (String name : names) {
            m.raw("<li>saved as \u201C").evidenceText(name).raw("\u201D</li>");
        }
        m.raw("</ul>");
    }

    /**
     * A link level. Only "strong" is shown plainly; anything else (candidate, or a level this
     * version does not know) is marked as unconfirmed in text, not by colour alone, so it survives
     * black-and-white printing.
     */
    static void level(Markup m, String level) {
        if ("strong".equals(level)) {
            m.raw("<span class=\"level-strong\">strong</span>");
        } else {
            m.raw("<span class=\"level-candidate\" title=\"not confirmed: needs the examiner\">")
                    .text(level == null ? "unknown" : level).raw(" \u2014 unconfirmed</span>");
        }
    }

    static void codeList(Markup m, List<String> values, String whenEmpty) {
        list(m, values, whenEmpty, true);
    }

    private static void list(Markup m, List<String> values, String whenEmpty, boolean code) {
        if (values.isEmpty()) {
            m.raw("<span class=\"none\">").text(whenEmpty).raw("</span>");
            return;
        }
        m.raw("<ul class=\"values\">");
        for (String value : values) {
            m.raw(code ? "<li><code>" : "<li>").evidenceText(value).raw(code ? "</code></li>" : "</li>");
        }
        m.raw("</ul>");
    }

    /** A time in the display zone, with the stored UTC value kept in the markup for reference. */
    static void time(Markup m, DisplayTime time, String isoUtc) {
        if (isoUtc == null || isoUtc.isBlank()) {
            m.raw("<span class=\"none\">unknown</span>");
            return;
        }
        time.format(isoUtc).ifPresentOrElse(
                shown -> m.raw("<time").attr("datetime", isoUtc).attr("title", isoUtc + " (UTC)")
                        .raw(">").text(shown).raw("</time>"),
                () -> m.raw("<span title=\"not an ISO-8601 time\">").text(isoUtc).raw("</span>"));
    }
}
