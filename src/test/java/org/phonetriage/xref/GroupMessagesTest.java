package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;

/**
 * A message sent to a group reached every member on the group's list: the admin of an
 * announcement group talks to all of them, once per message, and the copy a seized member's phone
 * received is the same message, not one more.
 */
class GroupMessagesTest {

    private static final String GROUP = "120363041234567890@g.us";
    private static final String ADMIN = "+33612345678";
    private static final String MEMBER_SEIZED = "+34612345678";

    @TempDir
    Path tmp;

    @Test
    void aSentGroupMessageReachesEveryMemberOnTheList() throws Exception {
        NetworkCaseBuilder n = new NetworkCaseBuilder(List.of("FR", "ES", "BR"));
        String[] members = {"33612345678@s.whatsapp.net", "34612345678@s.whatsapp.net",
            "5511987650001@s.whatsapp.net", "5511987650002@s.whatsapp.net", "5511987650003@s.whatsapp.net"};
        NetworkCaseBuilder.DeviceSpec admin = n.device("ADMIN", "android").sim("89330100000000000017", ADMIN, "208")
                .group(GROUP, "Avisos", members);
        NetworkCaseBuilder.DeviceSpec member = n.device("MEMBER", "android")
                .sim("89340100000000000011", MEMBER_SEIZED, "214").group(GROUP, "Avisos", members);
        for (int i = 0; i < 3; i++) {
            String time = "2024-03-01T10:0" + i + ":00Z";
            admin.groupMessage(GROUP, null, time);
            member.groupMessage(GROUP, "33612345678@s.whatsapp.net", "2024-03-01T10:0" + i + ":02Z");
        }
        // the member writes once to the group: the admin's phone has it as received from him
        member.groupMessage(GROUP, null, "2024-03-01T11:00:00Z");
        admin.groupMessage(GROUP, "34612345678@s.whatsapp.net", "2024-03-01T11:00:01Z");
        Path caseFile = tmp.resolve("case.db");
        n.write(caseFile);
        CommunicationGraph graph;
        try (Connection db = CaseDb.open(caseFile, false)) {
            graph = CommunicationGraph.load(db);
        }
        for (String unseized : List.of("+5511987650001", "+5511987650002", "+5511987650003")) {
            assertEquals(3, messages(graph, ADMIN, unseized), "the admin's three announcements reach " + unseized);
            assertEquals(1, messages(graph, MEMBER_SEIZED, unseized), "the member's one message reaches " + unseized);
        }
        assertEquals(3, messages(graph, ADMIN, MEMBER_SEIZED), "logged on both phones, counted once");
        assertEquals(1, messages(graph, MEMBER_SEIZED, ADMIN), "logged on both phones, counted once");
        assertTrue(graph.edges().stream().noneMatch(e -> e.source.equals(e.target)), "nobody writes to himself");
    }

    private static long messages(CommunicationGraph graph, String from, String to) {
        return graph.between(from, to).stream().filter(e -> e.source.equals(from)).mapToLong(e -> e.messages).sum();
    }
}
