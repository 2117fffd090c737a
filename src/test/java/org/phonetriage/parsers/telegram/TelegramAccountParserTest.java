package org.phonetriage.parsers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.RealData;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.SimInfo;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.RecordSink;

/** userconfing.xml: the logged-in account, on IPED's real file and on broken ones. */
class TelegramAccountParserTest {

    private static final String PATH = "data/data/org.telegram.messenger/shared_prefs/userconfing.xml";

    @Test
    void ipedsRealUserconfingGivesTheAccountItsPhoneAndName() throws Exception {
        Collected c = parse(Files.readAllBytes(RealData.path("sepinf-inc__IPED/iped-parsers/iped-parsers-impl/src/test/"
                + "resources/test-files/test_telegramUserConfing.xml")));
        // the base64 user is a layer-131 user#938458c1: id 140478504, phone 5561986143035 (Brasília)
        assertEquals(List.of("app:telegram=140478504", "phone=+5561986143035", "name=Guilherme Andreúce"),
                c.own.stream().map(o -> o.kind() + "=" + o.value()).toList());
        assertTrue(c.problems.isEmpty(), c.problems.toString());
    }

    @Test
    void acceptsTheAccountFilesOnly() {
        TelegramAccountParser p = new TelegramAccountParser();
        assertTrue(p.accepts(PATH, "application/xml"));
        assertTrue(p.accepts("apps/org.telegram.messenger/sp/userconfig2.xml", null));
        assertFalse(p.accepts("data/data/org.telegram.messenger/shared_prefs/mainconfig.xml", null));
        assertFalse(p.accepts("data/data/com.other/shared_prefs/userconfing.xml", null));
    }

    @Test
    void aUserThatIsNoTlObjectIsAProblemNamingTheFile() throws Exception {
        Collected c = parse("""
                <map><string name="user">AAECAwQFBgc=</string></map>""".getBytes(StandardCharsets.UTF_8));
        assertTrue(c.own.isEmpty());
        assertEquals(1, c.problems.size());
        assertEquals(PATH, c.problems.get(0).path());
        assertTrue(c.problems.get(0).reason().contains("could not be decoded"), c.problems.get(0).reason());
        Collected empty = parse("<map><int name=\"selectedAccount\" value=\"0\" /></map>".getBytes(StandardCharsets.UTF_8));
        assertTrue(empty.own.isEmpty() && empty.problems.isEmpty(), "an account slot nobody logged into");
    }

    private static Collected parse(byte[] xml) throws Exception {
        Collected c = new Collected();
        try (InputStream in = new ByteArrayInputStream(xml)) {
            new TelegramAccountParser().parse(in, new FileParser.Source("D", PATH), c);
        }
        return c;
    }

    private static final class Collected implements RecordSink {
        final List<OwnIdentifier> own = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        @Override public void contact(Contact contact) { }
        @Override public void call(Call call) { }
        @Override public void message(Message message) { }
        @Override public void sim(SimInfo sim) { }
        @Override public void ownIdentifier(OwnIdentifier o) { own.add(o); }
        @Override public void fact(DeviceFact fact) { }
        @Override public void problem(Problem problem) { problems.add(problem); }
    }
}
