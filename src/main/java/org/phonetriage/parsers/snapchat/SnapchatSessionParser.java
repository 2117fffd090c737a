package org.phonetriage.parsers.snapchat;

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
 * The phone's own Snapchat account on Android, from
 * {@code shared_prefs/user_session_shared_pref.xml}: {@code key_user_id} is the signed-in
 * account's user id (an app:snapchat key), the sender of what it sent (ALEAPP's finding). It holds
 * even where no message in arroyo.db was created on the phone.
 */
public final class SnapchatSessionParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("android.snapchat.session",
            "Snapchat own account (shared_prefs user_session_shared_pref.xml)", "android", "1",
            "android-snapchat-session");
    private static final String FILE = "user_session_shared_pref.xml";

    public SnapchatSessionParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        // shared_prefs/ in a file-system extraction, sp/ in an Android backup
        return path.contains("com.snapchat.android/") && (path.contains("/shared_prefs/") || path.contains("/sp/"))
                && path.endsWith("/" + FILE);
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        Map<String, String> prefs = WhatsAppPreferencesParser.read(in);
        String id = prefs.get("key_user_id");
        if (id != null && !id.isBlank()) {
            sink.ownIdentifier(new OwnIdentifier(new Provenance(source.evidenceLabel(), source.path(), null,
                    "shared_prefs", null, DESCRIPTOR.id(), DESCRIPTOR.version()), "app:snapchat", id.strip(),
                    FILE + " key_user_id"));
        }
    }
}
