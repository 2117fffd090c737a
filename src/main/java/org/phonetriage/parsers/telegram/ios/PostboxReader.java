package org.phonetriage.parsers.telegram.ios;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Call;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sqlite.Conversions;
import org.phonetriage.parsers.sqlite.SqliteDefinitionRunner;
import org.phonetriage.parsers.telegram.TelegramUser;
import org.phonetriage.parsers.telegram.TelegramUserRows;
import org.phonetriage.parsers.telegram.UndecodedObjects;

/**
 * Reads a plain (decrypted) Postbox: the own account from the metadata table {@code t0} (key 2, the
 * AuthorizedAccountState, field {@code peerId}), every peer of {@code t2} — users as contacts with
 * their Telegram id and the phone behind it, as on Android — and every message of {@code t7} with
 * its chat, time, direction, group sender and text; a one-to-one call (a message whose embedded action
 * is a phone call) is a call of kind telegram-call or telegram-video-call, as on Android. What does not decode is counted, one problem
 * per table, never guessed.
 */
final class PostboxReader {

    /** The app's bundle id, the account of its contacts (Android's is org.telegram.messenger). */
    static final String APP = "ph.telegra.Telegraph";
    private static final long STATE_KEY = 2;

    private final FileParser.Source source;
    private final RecordSink sink;
    private final ParserDescriptor descriptor;

    PostboxReader(FileParser.Source source, RecordSink sink, ParserDescriptor descriptor) {
        this.source = source;
        this.sink = sink;
        this.descriptor = descriptor;
    }

    void read(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            List<String> tables = tables(c);
            if (!tables.contains("t2") || !tables.contains("t7")) {
                throw new SQLException("no Postbox peer and message tables (t2, t7)");
            }
            PostboxPeerId own = tables.contains("t0") ? ownAccount(c) : null;
            Map<PostboxPeerId, PostboxPeer> peers = peers(c, own);
            messages(c, peers);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The logged-in user, or null (an account logged out, or a state this reader does not know). */
    private PostboxPeerId ownAccount(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM t0 WHERE key = ?")) {
            st.setLong(1, STATE_KEY);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || !(rs.getObject(1) instanceof byte[] value)) {
                    return null;
                }
                Long peerId = PostboxObject.root(value).int64("peerId");
                PostboxPeerId id = peerId == null ? null : PostboxPeerId.of(peerId);
                return id != null && id.isUser() ? id : null;
            } catch (PostboxException e) {
                UndecodedObjects undecoded = undecoded("account states", "the own account is not known from it");
                undecoded.add(e.getMessage());
                undecoded.report();
                return null;
            }
        }
    }

    private Map<PostboxPeerId, PostboxPeer> peers(Connection c, PostboxPeerId own) throws SQLException {
        Map<PostboxPeerId, PostboxPeer> peers = new HashMap<>();
        UndecodedObjects undecoded = undecoded("peers", "left out");
        boolean ownSeen = false;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, value FROM t2 ORDER BY key")) {
            while (rs.next()) {
                long key = rs.getLong(1);
                PostboxPeer peer;
                try {
                    peer = rs.getObject(2) instanceof byte[] value ? PostboxPeer.decode(value) : null;
                } catch (PostboxException e) {
                    undecoded.add(e.getMessage());
                    continue;
                }
                if (peer == null) {
                    undecoded.add("a peer row without its value");
                    continue;
                }
                peers.put(peer.id(), peer);
                if (peer.id().isUser()) {
                    boolean self = peer.id().equals(own);
                    ownSeen |= self;
                    TelegramUser user = new TelegramUser(peer.id().id(), peer.firstName(), peer.lastName(),
                            peer.username(), peer.phone(), self);
                    TelegramUserRows.emit(user, provenance("t2", key), sink, "t2 peer", APP);
                    if (self && user.name() != null) {
                        // as Android's account parser: the name the owner gave Telegram, kept, never a key
                        sink.ownIdentifier(new OwnIdentifier(provenance("t2", key), "name", user.name(),
                                "t2 peer name (self)"));
                    }
                }
            }
        }
        if (own != null && !ownSeen) {
            sink.ownIdentifier(new OwnIdentifier(provenance("t0", STATE_KEY), "app:telegram", Long.toString(own.id()),
                    "t0 account state peerId"));
        }
        undecoded.report();
        return peers;
    }

    private void messages(Connection c, Map<PostboxPeerId, PostboxPeer> peers) throws SQLException {
        UndecodedObjects undecoded = undecoded("messages", "left out");
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, value FROM t7 ORDER BY key")) {
            long n = 0;
            while (rs.next()) {
                n++;
                PostboxMessage m;
                try {
                    if (!(rs.getObject(1) instanceof byte[] key) || !(rs.getObject(2) instanceof byte[] value)) {
                        undecoded.add("a message row without key or value");
                        continue;
                    }
                    m = PostboxMessage.decode(key, value);
                } catch (PostboxException e) {
                    undecoded.add(e.getMessage());
                    continue;
                }
                if (m.call() != null && m.chat().isUser()) {
                    sink.call(call(m, provenance("t7", n)));
                } else {
                    sink.message(message(m, peers, provenance("t7", n)));
                }
            }
        }
        undecoded.report();
    }

    /** The message with its parties, as Android's Telegram messages have them. */
    private static Message message(PostboxMessage m, Map<PostboxPeerId, PostboxPeer> peers, Provenance p) {
        List<Party> parties = new ArrayList<>();
        PostboxPeerId chat = m.chat();
        String thread;
        if (chat.isUser()) {
            parties.add(new Party(m.incoming() ? "from" : "to", Long.toString(chat.id())));
            thread = Long.toString(chat.id());
        } else if (chat.isGroup()) {
            parties.add(new Party("group", "group:" + chat.id()));
            if (m.incoming() && m.author() != null && m.author().isUser()) {
                parties.add(new Party("from", Long.toString(m.author().id())));
            }
            thread = Long.toString(-chat.id());
        } else {
            // a secret chat: the person is the user its peer names
            PostboxPeer secret = peers.get(chat);
            PostboxPeerId user = secret == null ? null : secret.secretChatUser();
            if (user != null && user.isUser()) {
                parties.add(new Party(m.incoming() ? "from" : "to", Long.toString(user.id())));
            }
            thread = "secret:" + chat.id();
        }
        Timestamp time = (Timestamp) Conversions.apply("unix-s", m.timestamp());
        String text = m.text() == null || m.text().isEmpty() ? null : m.text();
        return new Message(p, "telegram", m.incoming() ? "incoming" : "outgoing", time, null, text, thread, null,
                null, parties, null);
    }

    /** A one-to-one call: the other party is the chat; missed when an incoming one was not answered. */
    private static Call call(PostboxMessage m, Provenance p) {
        PostboxMessage.PhoneCall c = m.call();
        String direction = !m.incoming() ? "outgoing"
                : "missed".equals(c.reason()) || c.duration() == null ? "missed" : "incoming";
        return new Call(p, Long.toString(m.chat().id()), null, (Timestamp) Conversions.apply("unix-s", m.timestamp()),
                c.duration(), direction, null, null, null, c.video() ? "telegram-video-call" : "telegram-call",
                c.reason());
    }

    private Provenance provenance(String table, long row) {
        return new Provenance(source.evidenceLabel(), source.path(), null, table, row, descriptor.id(),
                descriptor.version());
    }

    private UndecodedObjects undecoded(String what, String consequence) {
        return new UndecodedObjects(what, consequence,
                new SqliteDefinitionRunner.Source(source.evidenceLabel(), source.path(), null), sink);
    }
}
