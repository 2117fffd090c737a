package org.phonetriage.report;

import java.util.List;
import java.util.Map;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * The "Shared identifiers" section of the HTML report: one row per identifier, with a nested table
 * of the devices holding it. Wording is deliberate: a candidate is labelled as unconfirmed, and a
 * name is shown as what one phone saved it as, never as who the person is.
 */
final class IdentifierTableHtml {

    private static final Map<String, String> CONFIDENCE = Map.of(
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
                .raw("and identifiers with a candidate occurrence.</p>\n<div class=\"legend\">")
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
        m.raw("<div class=\"scroll\"><table class=\"sortable\" data-filter=\"identifiers\">\n")
                .raw("<thead><tr><th>Key</th><th>Type</th><th>Confidence</th><th>Owner of</th>")
                .raw("<th>Devices</th><th>On each device</th></tr></thead>\n<tbody>\n");
        for (SharedIdentifier id : identifiers) {
            m.raw("<tr><td><code>").evidenceText(id.key()).raw("</code></td>").td(id.type())
                    .raw("<td").attr("title", CONFIDENCE.getOrDefault(id.confidence(), ""))
                    .raw(">").text(id.confidence()).raw("</td><td>");
            list(m, id.ownerOf(), "none seized", false);
            m.raw("</td>").tdNumber(id.devices().size()).raw("<td>");
            devices(id.devices());
            m.raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n</section>\n");
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
