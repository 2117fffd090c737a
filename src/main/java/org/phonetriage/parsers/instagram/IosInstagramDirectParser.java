package org.phonetriage.parsers.instagram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * Instagram direct on iOS ({@code Library/Application Support/DirectSQLiteDatabase/<account id>.db}
 * in the app's data container). The rows keep their content as NSKeyedArchiver archives, which no
 * SQL can read: {@code threads.metadata} holds the thread's users (IGUser: pk, username, full name)
 * and its inviter, {@code messages.archive} the message (metadata: senderPk, threadId,
 * serverTimestamp; content: the text, or a thread activity such as a call's title). The signed-in
 * account is {@code threads.viewer_id}: an owner identifier, and the sender of what was sent.
 */
public final class IosInstagramDirectParser extends DescribedFileParser {

    static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("ios.instagram.direct",
            "Instagram direct on iOS (DirectSQLiteDatabase/*.db: own account, thread users, messages)",
            "ios", "1", "ios-instagram-direct");
    static final String APP = "instagram";
    private static final String FOLDER = "/Library/Application Support/DirectSQLiteDatabase/";

    public IosInstagramDirectParser() {
        super(DESCRIPTOR, "message");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        int at = path.indexOf(FOLDER);
        return at >= 0 && path.endsWith(".db") && path.indexOf('/', at + FOLDER.length()) < 0;
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        Path work = Files.createTempDirectory("phonetriage-instagram");
        try {
            Path db = work.resolve("direct.db");
            Files.copy(in, db);
            String folder = source.path().substring(0, source.path().lastIndexOf('/') + 1);
            List<String> beside = source.siblings().under(folder);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                if (beside.contains(source.path() + suffix)) {
                    Files.write(work.resolve("direct.db" + suffix), source.siblings().read(source.path() + suffix));
                }
            }
            read(db, source, sink);
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }

    /** A user of a thread: id, username and full name where the archive holds them. */
    private record User(String pk, String username, String fullName, long row) {
    }

    private void read(Path db, Source source, RecordSink sink) throws IOException {
        Map<String, User> users = new LinkedHashMap<>();
        Map<String, Set<String>> threadUsers = new LinkedHashMap<>();
        Set<String> viewers = new LinkedHashSet<>();
        int unreadable = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT rowid, thread_id, viewer_id, metadata FROM threads ORDER BY rowid")) {
                while (rs.next()) {
                    long row = rs.getLong(1);
                    String viewer = rs.getString(3);
                    if (viewer != null && !viewer.isBlank() && viewers.add(viewer.strip())) {
                        sink.ownIdentifier(new OwnIdentifier(provenance(source, "threads", row), "app:" + APP,
                                viewer.strip(), "Instagram account id (DirectSQLiteDatabase threads.viewer_id)"));
                    }
                    byte[] metadata = rs.getBytes(4);
                    Object meta = KeyedArchive.decode(metadata);
                    if (metadata != null && !(meta instanceof Map)) {
                        unreadable++;
                        continue;
                    }
                    Set<String> members = threadUsers.computeIfAbsent(rs.getString(2), k -> new LinkedHashSet<>());
                    for (Map<?, ?> u : threadPeople((Map<?, ?>) meta)) {
                        User user = user(u, row);
                        if (user != null) {
                            users.putIfAbsent(user.pk(), user);
                            members.add(user.pk());
                        }
                    }
                }
            }
            users.keySet().removeAll(viewers);
            for (User u : users.values()) {
                List<ContactValue> values = new ArrayList<>();
                values.add(new ContactValue("app:" + APP, u.pk(), null, null));
                if (u.username() != null) {
                    values.add(new ContactValue("app:" + APP, u.username(), null, null));
                }
                sink.contact(new Contact(provenance(source, "threads", u.row()), u.fullName(), values, APP, false));
            }
            try (ResultSet rs = st.executeQuery("SELECT rowid, thread_id, archive FROM messages ORDER BY rowid")) {
                while (rs.next()) {
                    Object archive = KeyedArchive.decode(rs.getBytes(3));
                    if (!(archive instanceof Map<?, ?> m)) {
                        unreadable++;
                        continue;
                    }
                    message(m, rs.getString(2), threadUsers, viewers, provenance(source, "messages", rs.getLong(1)), sink);
                }
            }
        } catch (SQLException e) {
            throw new IOException("not a readable Instagram direct database (" + e.getMessage() + ")", e);
        }
        if (unreadable > 0) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), unreadable
                    + " Instagram row(s) whose archive is no NSKeyedArchiver plist; not read", ProblemCode.FILE_UNREADABLE));
        }
    }

    /** The thread's users and its inviter (named IGUser*inviter, or inviter_DEPRECATED in later versions). */
    private static List<Map<?, ?>> threadPeople(Map<?, ?> meta) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (meta == null) {
            return out;
        }
        if (meta.get("NSArray<IGUser *>*users") instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(u -> out.add((Map<?, ?>) u));
        }
        for (String key : new String[] {"IGUser*inviter", "IGUser*inviter_DEPRECATED"}) {
            if (meta.get(key) instanceof Map<?, ?> inviter) {
                out.add(inviter);
            }
        }
        return out;
    }

    /** An IGUser: its fields directly, or (later versions) in its userDict. */
    private static User user(Map<?, ?> u, long row) {
        Map<?, ?> dict = u.get("NSDictionary<NSString *, id>*userDict") instanceof Map<?, ?> d ? d : Map.of();
        String pk = text(dict.get("pk"), u.get("pk"));
        if (pk == null) {
            return null;
        }
        return new User(pk, text(dict.get("username"), u.get("username"), u.get("userName")),
                text(dict.get("full_name"), u.get("fullName")), row);
    }

    private static void message(Map<?, ?> m, String threadId, Map<String, Set<String>> threadUsers, Set<String> viewers,
                                Provenance p, RecordSink sink) {
        Map<?, ?> meta = m.get("IGDirectPublishedMessageMetadata*metadata") instanceof Map<?, ?> x ? x : Map.of();
        Map<?, ?> content = m.get("IGDirectPublishedMessageContent*content") instanceof Map<?, ?> x ? x : Map.of();
        String sender = text(meta.get("NSString*senderPk"));
        String thread = text(meta.get("NSString*threadId"), threadId);
        boolean sent = sender != null && viewers.contains(sender);
        List<Party> parties = new ArrayList<>();
        if (sent) {
            for (String pk : threadUsers.getOrDefault(thread, Set.of())) {
                if (!viewers.contains(pk)) {
                    parties.add(new Party("to", pk));
                }
            }
        } else if (sender != null) {
            parties.add(new Party("from", sender));
        }
        String body = text(content.get("NSString*string"));
        String media = null;
        if (body == null && content.get("IGDirectThreadActivityAnnouncement*threadActivity") instanceof Map<?, ?> activity) {
            body = text(activity.get("NSString*voipTitle"), activity.get("NSString*string"));
            media = activity.get("NSString*videoCallId") != null ? "call" : "thread activity";
        } else if (body == null && content.get("IGDirectPublishedMessageMedia*media") != null) {
            media = "media";
        }
        Timestamp time = meta.get("NSDate*serverTimestamp") instanceof java.time.Instant at
                ? new Timestamp(at, java.math.BigDecimal.valueOf(at.toEpochMilli() - 978_307_200_000L, 3).toPlainString(),
                "cocoa") : null;
        sink.message(new Message(p, APP, sender == null ? null : sent ? "outgoing" : "incoming", time, null, body,
                thread, null, null, parties, media));
    }

    private static Provenance provenance(Source source, String table, long row) {
        return new Provenance(source.evidenceLabel(), source.path(), null, table, row, DESCRIPTOR.id(), DESCRIPTOR.version());
    }

    private static String text(Object... candidates) {
        for (Object o : candidates) {
            if (o != null && !(o instanceof Map) && !(o instanceof List) && !o.toString().isBlank()) {
                return o.toString().strip();
            }
        }
        return null;
    }
}
