package org.phonetriage.parsers.burner;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.io.IOException;
import java.io.InputStream;
import org.phonetriage.evidence.Plists;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * Burner's preferences on iOS ({@code Library/Preferences/com.adhoclabs.burner.plist}): the signed-in
 * account's id ({@code kDefaultUserId}), the same id its API's responses carry, so the account is
 * known even where the cache was cleared.
 */
public final class BurnerPreferencesParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("ios.burner.preferences",
            "Burner account on iOS (com.adhoclabs.burner.plist kDefaultUserId)", "ios", "1",
            "ios-burner-preferences");
    private static final String FILE = "Preferences/com.adhoclabs.burner.plist";

    public BurnerPreferencesParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return path.endsWith("/" + FILE) || path.equals(FILE);
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        NSObject root;
        try {
            root = Plists.parse(in.readAllBytes());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new IOException("not a readable property list (" + e.getMessage() + ")", e);
        }
        if (!(root instanceof NSDictionary prefs)) {
            throw new IOException("not a preferences dictionary");
        }
        if (prefs.get("kDefaultUserId") instanceof NSString user && !user.getContent().isBlank()) {
            Provenance p = new Provenance(source.evidenceLabel(), source.path(), null, "plist", null, DESCRIPTOR.id(),
                    DESCRIPTOR.version());
            sink.ownIdentifier(new OwnIdentifier(p, "app:" + BurnerResponses.APP, user.getContent().strip(),
                    "com.adhoclabs.burner.plist kDefaultUserId"));
        }
    }
}
