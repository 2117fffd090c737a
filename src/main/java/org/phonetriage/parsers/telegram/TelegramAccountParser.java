package org.phonetriage.parsers.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.android.WhatsAppPreferencesParser;
import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * The phone's own Telegram account on Android: {@code shared_prefs/userconfing.xml} (the first
 * account, the app's own spelling) and {@code userconfig1.xml} … (further accounts) keep the
 * logged-in user as a base64 TL User under {@code user}: its id and phone number are owner
 * identifiers.
 */
public final class TelegramAccountParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("android.telegram.account",
            "Telegram own account (shared_prefs userconfing.xml, userconfig*.xml)", "android", "1",
            "android-telegram-account");
    private static final Pattern NAME = Pattern.compile("userconf(ing|ig\\d*)\\.xml");

    public TelegramAccountParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // shared_prefs/ in a file-system extraction, sp/ in an Android backup; Telegram and its web build
        return path.contains("org.telegram.messenger") && (path.contains("/shared_prefs/") || path.contains("/sp/"))
                && NAME.matcher(name).matches();
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        Map<String, String> prefs = WhatsAppPreferencesParser.read(in);
        String encoded = prefs.get("user");
        if (encoded == null || encoded.isBlank()) {
            return; // an account slot nobody logged into
        }
        TelegramUser user;
        try {
            user = TelegramUser.decode(Base64.getMimeDecoder().decode(encoded.strip()));
        } catch (IllegalArgumentException e) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), "the logged-in user (key user) is not"
                    + " base64; the account is not read", ProblemCode.CONTENT_NOT_READ));
            return;
        } catch (TlException e) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), "the logged-in user (key user) could"
                    + " not be decoded (" + e.getMessage() + "); the account is not read", ProblemCode.CONTENT_NOT_READ));
            return;
        }
        String name = source.path().substring(source.path().lastIndexOf('/') + 1);
        Provenance p = new Provenance(source.evidenceLabel(), source.path(), null, "shared_prefs", null,
                DESCRIPTOR.id(), DESCRIPTOR.version());
        sink.ownIdentifier(new OwnIdentifier(p, "app:telegram", Long.toString(user.id()), name + " user.id"));
        if (user.phone() != null) {
            sink.ownIdentifier(new OwnIdentifier(p, "phone", user.internationalPhone(), name + " user.phone"));
        }
        if (user.name() != null) {
            sink.ownIdentifier(new OwnIdentifier(p, "name", user.name(), name + " user name"));
        }
    }
}
