package org.phonetriage.report;

import java.util.List;
import org.phonetriage.model.Problem;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.Counts;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.EvidenceRef;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.KeyPlayer;
import org.phonetriage.xref.XrefReport.OwnerIdentifier;
import org.phonetriage.xref.XrefReport.SharedIdentifier;
import org.phonetriage.xref.XrefReport.Tool;

/** Reports shaped like the contract's example, with every field and list filled. */
final class SampleReports {

    static final String HOSTILE_NAME = "<script>alert(1)</script>";
    static final String QUOTES_NAME = "\"&'";

    static XrefReport full() {
        DeviceSummary android = new DeviceSummary("D01-android", "android",
                List.of(new EvidenceRef("D01-android.tar",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "android-fs-tar")),
                "FR", "sim-mcc",
                List.of(new OwnerIdentifier("+33612345678", "telephony.db siminfo.number")),
                new Counts(120, 3400, 5600, 410));
        DeviceSummary iphone = new DeviceSummary("D05-iphone", "ios",
                List.of(new EvidenceRef("D05 iphone.zip", "ab".repeat(32), "ios-ffs-zip")),
                null, "unknown", List.of(), new Counts(0, 1, 2, 3));
        SharedIdentifier shared = new SharedIdentifier("+5511987654321", "phone", "A",
                List.of("D05-iphone"), List.of(
                new IdentifierOnDevice("D01-android", "strong", "e164",
                        List.of("contact", "call", "sms"), 34,
                        List.of("Chefe", HOSTILE_NAME, QUOTES_NAME, "مدير 😀"),
                        List.of("(11) 98765-4321", "5511987654321@s.whatsapp.net"),
                        "2021-03-02T08:00:00Z", "2021-06-19T22:10:00Z"),
                new IdentifierOnDevice("D05-iphone", "candidate", "br-ninth-digit",
                        List.of("call"), 2, List.of(), List.of("=1+1"), null, null)));
        SharedIdentifier email = new SharedIdentifier("email:alice@example.org", "email", "B",
                List.of(), List.of(new IdentifierOnDevice("D01-android", "strong", "email",
                List.of("contact"), 1, List.of("Alice, \"the boss\""), List.of("alice@example.org"),
                "2021-01-01T00:00:00Z", "2021-01-01T00:00:00Z")));
        DeviceLink link = new DeviceLink(List.of("D01-android", "D05-iphone"), "strong",
                List.of("+5511987654321"), 12, 40, 2);
        KeyPlayer player = new KeyPlayer(1, "+5511987654321", "betweenness", 0.42, false, 9);
        return new XrefReport(XrefReport.FORMAT, XrefReport.VERSION, "2026-11-28T19:00:00Z",
                new Tool("phonetriage", "0.3.0", "9.0.19"), List.of(android, iphone),
                List.of(shared, email), List.of(link), List.of(player));
    }

    /**
     * A graph of the full report's devices: the owner of D01 in touch with the unseized boss, whose
     * aliases and key are hostile text.
     */
    static ReportGraph graph() {
        ReportGraph.Node device = new ReportGraph.Node("device:D01-android", true, "device", List.of("D01-android"),
                List.of("D01-android"), List.of(), 0, 0, 0, 0, 0, 0);
        ReportGraph.Node owner = new ReportGraph.Node("+33612345678", false, "phone", List.of("D01-android"),
                List.of("D01-android"), List.of(), 1, 46, 0.5, 0, 1, 0);
        ReportGraph.Node boss = new ReportGraph.Node("+5511987654321", false, "phone", List.of(),
                List.of("D01-android", "D05-iphone"), List.of(HOSTILE_NAME, QUOTES_NAME, "a\u2028b</x>"),
                1, 46, 0.5, 0, 1, 1);
        ReportGraph.Link owns = new ReportGraph.Link("device:D01-android", "+33612345678", true, 0, 0, 0, 0, 0,
                null, null, true, List.of("D01-android"));
        ReportGraph.Link talks = new ReportGraph.Link("+33612345678", "+5511987654321", false, 12, 20, 3, 11, 900,
                "2021-03-02T08:00:00Z", "2021-06-19T22:10:00Z", true, List.of("D01-android"));
        return new ReportGraph(List.of(device, owner, boss), List.of(owns, talks), 2, 1);
    }

    static XrefReport empty() {
        return new XrefReport(XrefReport.FORMAT, XrefReport.VERSION, "2026-11-28T19:00:00Z",
                new Tool("phonetriage", "0.3.0", "9.0.19"), List.of(), List.of(), List.of(),
                List.of());
    }

    static List<Problem> problems() {
        return List.of(new Problem("D01-android", "data/data/com.whatsapp/databases/msgstore.db",
                "database is encrypted (crypt14)", org.phonetriage.model.ProblemCode.KEY_MISSING),
                new Problem("D05-iphone", null, "archive truncated", org.phonetriage.model.ProblemCode.ITEM_UNREADABLE));
    }

    private SampleReports() {
    }
}
