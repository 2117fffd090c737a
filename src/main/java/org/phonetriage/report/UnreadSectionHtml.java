package org.phonetriage.report;

import java.util.List;

/**
 * The "Not read" section: per device, every database, plist and XML file no parser read, with what
 * it holds (tables and row counts, top-level keys, root element), and how many other files were
 * only counted, by category. Each device is collapsible; a device with very many files lists the
 * first {@value #LISTED_PER_DEVICE} (csv/unread.csv has them all).
 */
final class UnreadSectionHtml {

    static final int LISTED_PER_DEVICE = 1_000;

    private final Markup m;
    private final List<UnreadFiles.Device> devices;

    UnreadSectionHtml(Markup m, List<UnreadFiles.Device> devices) {
        this.m = m;
        this.devices = devices;
    }

    void write() {
        m.raw("<section id=\"unread\">\n<h2>Not read</h2>\n<p class=\"note\">Files no parser read. Databases, ")
                .raw("plists and XML files are listed with what they hold; a database is listed wherever it ")
                .raw("lives, cache folders included. Other files are counted by category (by folder: app or ")
                .raw("OS bundle, thumbnail, web cache, cache; else by content type). All of them are in ")
                .raw("<code>csv/unread.csv</code>.</p>\n");
        if (devices.stream().allMatch(UnreadFiles.Device::isEmpty)) {
            m.raw("<p class=\"none\">Every file was read.</p>\n</section>\n");
            return;
        }
        for (UnreadFiles.Device d : devices) {
            m.raw("<details class=\"device-page\"><summary><strong>").evidenceText(d.label()).raw("</strong> ")
                    .raw("<span class=\"muted\">").text(d.describe()).raw("</span></summary>\n");
            listed(d);
            counted(d);
            m.raw("</details>\n");
        }
        m.raw("</section>\n");
    }

    private void listed(UnreadFiles.Device d) {
        if (d.listed().isEmpty()) {
            return;
        }
        List<UnreadFiles.Listed> shown = d.listed().subList(0, Math.min(LISTED_PER_DEVICE, d.listed().size()));
        if (shown.size() < d.listed().size()) {
            m.raw("<p class=\"note\">The first ").text(shown.size()).raw(" of ").text(d.listed().size())
                    .raw(" (databases first); csv/unread.csv lists them all.</p>\n");
        }
        m.raw("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th>Path</th><th>Type</th>")
                .raw("<th>Size</th><th>What it holds</th><th>Note</th></tr></thead>\n<tbody>\n");
        for (UnreadFiles.Listed f : shown) {
            m.raw("<tr><td>").evidenceText(f.path()).raw("</td>").td(f.type().label()).tdNumber(f.size()).raw("<td>");
            if (f.summary() != null) {
                m.raw("<code>").evidenceText(f.summary()).raw("</code>");
            }
            found(f);
            m.raw("</td><td>");
            if (f.note() != null) {
                m.evidenceText(f.note());
            }
            m.raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n");
    }

    /** The identifiers the sweep found in the file: leads, never links; an app's constant said so. */
    private void found(UnreadFiles.Listed f) {
        if (f.found().isEmpty()) {
            return;
        }
        m.raw("<div class=\"swept\">Identifiers found (unmodelled, leads only):<ul>");
        for (UnreadFiles.Found x : f.found()) {
            m.raw("<li><code>").evidenceText(x.key()).raw("</code> in ").evidenceText(x.where())
                    .text(" (confidence " + x.confidence() + (x.times() > 1 ? ", " + x.times() + " rows" : "")
                            + ("service".equals(x.level()) ? "; the app's own constant, no link" : "") + ")")
                    .raw("</li>");
        }
        m.raw("</ul></div>");
    }

    private void counted(UnreadFiles.Device d) {
        if (d.counted().isEmpty()) {
            return;
        }
        m.raw("<p>Counted, not listed: ");
        for (int i = 0; i < d.counted().size(); i++) {
            UnreadFiles.Counted c = d.counted().get(i);
            m.raw(i == 0 ? "" : ", ").text(c.files() + " " + c.category().label() + " (" + c.bytes() + " bytes)");
        }
        m.raw(".</p>\n");
    }
}
