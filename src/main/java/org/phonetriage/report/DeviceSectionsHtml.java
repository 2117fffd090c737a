package org.phonetriage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Problem;
import org.phonetriage.report.DeviceCounterparts.Counterpart;
import org.phonetriage.store.CaseReader;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * One collapsible page per device: its owner (his identifiers and person), a summary that stands
 * even when the device shares nothing (its most frequent counterparts, what was read, what was
 * not), the facts recorded about it, the shared identifiers it holds (most used first, with the
 * names this phone gives them) and its problems. Collapsed by default so a 40-device report stays
 * short; printing opens them all.
 */
final class DeviceSectionsHtml {

    /** How many of a device's shared identifiers are listed on its page. */
    static final int TOP = 25;

    private final Markup m;
    private final XrefReport report;
    private final List<Problem> problems;
    private final List<CaseReader.Fact> facts;
    private final DisplayTime time;
    private final Map<String, List<Counterpart>> counterparts;
    private final List<UnreadFiles.Device> unread;

    DeviceSectionsHtml(Markup m, XrefReport report, List<Problem> problems, List<CaseReader.Fact> facts,
                       DisplayTime time, Map<String, List<Counterpart>> counterparts,
                       List<UnreadFiles.Device> unread) {
        this.m = m;
        this.report = report;
        this.problems = problems;
        this.facts = facts;
        this.time = time;
        this.counterparts = counterparts;
        this.unread = unread;
    }

    void write() {
        m.raw("<section id=\"device-pages\">\n<h2>Per device</h2>\n");
        if (report.devices().isEmpty()) {
            m.raw("<p class=\"none\">No devices.</p>\n</section>\n");
            return;
        }
        for (DeviceSummary d : report.devices()) {
            m.raw("<details class=\"device-page\"><summary><strong>").evidenceText(d.label()).raw("</strong> ")
                    .raw("<span class=\"muted\">").text(d.platform() + ", " + (d.homeRegion() == null ? "region unknown"
                            : d.homeRegion() + " (" + d.regionBasis() + ")")).raw("</span></summary>\n");
            owners(d);
            read(d);
            counterparts(d.label());
            facts(d.label());
            held(d.label());
            deviceProblems(d.label());
            m.raw("</details>\n");
        }
        m.raw("</section>\n");
    }

    private void owners(DeviceSummary d) {
        m.raw("<p>Owner: ");
        if (d.ownerIdentifiers().isEmpty()) {
            m.raw("<span class=\"none\">owner unknown: no own number, SIM or account was found</span>");
        } else {
            List<String> owners = new ArrayList<>();
            d.ownerIdentifiers().forEach(o -> owners.add(o.key() + " (" + o.basis() + ")"));
            m.evidenceText(String.join("; ", owners));
            report.persons().stream().filter(p -> p.devices().contains(d.label())).findFirst()
                    .ifPresent(p -> m.raw(" — person <code>").evidenceText(p.id()).raw("</code> (")
                            .text(p.keys().size() + (p.keys().size() == 1 ? " identifier" : " identifiers"))
                            .raw(", see Persons)"));
        }
        m.raw("</p>\n");
    }

    /** What was read from it, and what was not (pointing to the "Not read" section). */
    private void read(DeviceSummary d) {
        XrefReport.Counts c = d.counts();
        m.raw("<p>Read: ");
        if (c == null) {
            m.raw("<span class=\"none\">no counts recorded</span>");
        } else {
            m.text(c.contacts() + " contacts, " + c.calls() + " calls, " + c.messages() + " messages, "
                    + c.identifiers() + " identifiers" + (c.recovered() > 0 ? "; " + c.recovered()
                    + " records recovered from deleted bytes" : ""));
        }
        m.raw(". Not read: ");
        UnreadFiles.Device left = unread.stream().filter(u -> u.label().equals(d.label())).findFirst().orElse(null);
        if (left == null || left.isEmpty()) {
            m.raw("no file left unread");
        } else {
            m.text(left.listed().size() + left.countedFiles() + " files").raw(" (").text(left.describe())
                    .raw("; <a href=\"#unread\">Not read</a>)");
        }
        m.raw(".</p>\n");
    }

    /** The owner's most frequent counterparts in this device's calls and messages. */
    private void counterparts(String label) {
        List<Counterpart> top = counterparts.getOrDefault(label, List.of());
        if (top.isEmpty()) {
            m.raw("<p class=\"none\">No call or message of its owner with another identifier was logged on it.</p>\n");
            return;
        }
        m.raw("<p class=\"note\">Its owner's most frequent counterparts in its calls and messages (the first ")
                .text(top.size()).raw(").</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>Key</th>")
                .raw("<th>Saved as here</th><th>Calls</th><th>Messages</th></tr></thead>\n<tbody>\n");
        for (Counterpart c : top) {
            m.raw("<tr><td><code>").evidenceText(c.key()).raw("</code></td><td>");
            IdentifierTableHtml.codeList(m, c.names(), "no saved name");
            m.raw("</td>").tdNumber(c.calls()).tdNumber(c.messages()).raw("</tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n");
    }

    /** What the evidence says about the device besides identifiers, as read, with its source. */
    private void facts(String label) {
        List<CaseReader.Fact> mine = facts.stream().filter(f -> f.device().equals(label)).toList();
        if (mine.isEmpty()) {
            return;
        }
        m.raw("<p><strong>Recorded about this device</strong> <span class=\"muted\">(as the evidence states it;")
                .raw(" a SIM's locations are the last ones registered, not times)</span></p>\n")
                .raw("<div class=\"scroll\"><table>\n<thead><tr><th>What</th><th>Value</th><th>Source</th></tr>")
                .raw("</thead>\n<tbody>\n");
        for (CaseReader.Fact f : mine) {
            m.raw("<tr>").td(f.name()).raw("<td><code>").evidenceText(f.value() == null ? "" : f.value())
                    .raw("</code></td><td>").evidenceText(f.source()).raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n");
    }

    private void held(String label) {
        record Held(SharedIdentifier identifier, IdentifierOnDevice here) {
        }
        List<Held> held = new ArrayList<>();
        for (SharedIdentifier i : report.identifiers()) {
            i.devices().stream().filter(o -> o.label().equals(label)).findFirst()
                    .ifPresent(o -> held.add(new Held(i, o)));
        }
        if (held.isEmpty()) {
            m.raw("<p class=\"none\">It holds no identifier found on another device.</p>\n");
            return;
        }
        held.sort(Comparator.comparingLong((Held h) -> -h.here().occurrences()).thenComparing(h -> h.identifier().key()));
        m.raw("<p class=\"note\">Identifiers it shares with other devices, most used first")
                .raw(held.size() > TOP ? " (the first " + TOP + " of " + held.size() + ")" : "").raw(".</p>\n")
                .raw("<div class=\"scroll\"><table>\n<thead><tr><th>Key</th><th>Saved as here</th><th>Roles</th>")
                .raw("<th>Occurrences</th><th>Level</th><th>Also on</th><th>Last seen</th></tr></thead>\n<tbody>\n");
        for (Held h : held.subList(0, Math.min(TOP, held.size()))) {
            m.raw("<tr><td><code>").evidenceText(h.identifier().key()).raw("</code></td><td>");
            IdentifierTableHtml.codeList(m, h.here().names(), "no saved name");
            m.raw("</td>").td(String.join(", ", h.here().roles())).tdNumber(h.here().occurrences()).raw("<td>");
            IdentifierTableHtml.level(m, h.here().level());
            m.raw("</td><td>");
            IdentifierTableHtml.codeList(m, h.identifier().devices().stream().map(IdentifierOnDevice::label)
                    .filter(l -> !l.equals(label)).toList(), "none");
            m.raw("</td><td>");
            IdentifierTableHtml.time(m, time, h.here().lastSeen());
            m.raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n");
    }

    private void deviceProblems(String label) {
        List<Problem> mine = problems.stream().filter(p -> label.equals(p.evidence())).toList();
        if (mine.isEmpty()) {
            return;
        }
        m.raw("<p><strong>Problems</strong></p>\n<ul class=\"values\">");
        for (Problem p : mine) {
            m.raw("<li>").evidenceText(p.path() == null ? p.reason() : p.path() + ": " + p.reason()).raw("</li>");
        }
        m.raw("</ul>\n");
    }
}
