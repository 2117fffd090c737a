package org.phonetriage.parsers.threema;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.android.WhatsAppPreferencesParser;

/**
 * The phone's own Threema account on Android, from the app's preferences
 * ({@code shared_prefs/ch.threema.app_preferences.xml}, as ALEAPP's Threema module reads them):
 * the Threema ID ({@code identity}, an app:threema key), the mobile number linked to it, if the user
 * linked one ({@code linked_mobile}), and the nickname. Read even where the database itself stays
 * encrypted.
 */
public final class ThreemaPreferencesParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("android.threema.account",
            "Threema own account (shared_prefs ch.threema.app_preferences.xml)", "android", "1",
            "android-threema-account");
    private static final String FILE = "ch.threema.app_preferences.xml";

    public ThreemaPreferencesParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        // shared_prefs/ in a file-system extraction, sp/ in an Android backup
        return path.contains("ch.threema.app/") && (path.contains("/shared_prefs/") || path.contains("/sp/"))
                && path.endsWith("/" + FILE);
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        Map<String, String> prefs = WhatsAppPreferencesParser.read(in);
        Provenance p = new Provenance(source.evidenceLabel(), source.path(), null, "shared_prefs", null,
                DESCRIPTOR.id(), DESCRIPTOR.version());
        own(sink, p, "app:threema", prefs.get("identity"), "identity");
        own(sink, p, "phone", prefs.get("linked_mobile"), "linked_mobile");
        own(sink, p, "name", prefs.get("nickname"), "nickname");
    }

    private static void own(RecordSink sink, Provenance p, String kind, String value, String key) {
        if (value != null && !value.isBlank()) {
            sink.ownIdentifier(new OwnIdentifier(p, kind, value.strip(), FILE + " " + key));
        }
    }
}
