package org.phonetriage.parsers.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sqlite.RowDecoder;
import org.phonetriage.parsers.sqlite.SqliteDefinitionRunner;
import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * cache4.db {@code chat_settings_v2}: a basic group's members, from its TL ChatFull
 * ({@link TelegramChatMembers}), as one record per group like channel_users_v2's — account
 * {@code telegram-group:<chat id>}, the members' account ids as values of kind
 * {@code telegram-group-member}. Supergroups' and channels' objects list none and are passed over;
 * an object no known layout fits is counted and said once.
 */
public final class TelegramChatFullRows implements RowDecoder {

    @Override
    public String name() {
        return "telegram-chat-full";
    }

    @Override
    public Run start(SqliteDefinitionRunner.Source source, RecordSink sink) {
        UndecodedObjects undecoded = new UndecodedObjects("group objects (chat_settings_v2)",
                "their members are not read", source, sink);
        return new Run() {
            @Override
            public void rows(List<Map<String, Object>> rows, Provenance p) {
                Map<String, Object> row = rows.get(0);
                if (!(row.get("info") instanceof byte[] info) || !(row.get("chat_id") instanceof Number chatId)) {
                    undecoded.add("a row without its TL object");
                    return;
                }
                TelegramChatMembers.Members members;
                try {
                    members = TelegramChatMembers.decode(info, chatId.longValue());
                } catch (TlException e) {
                    undecoded.add(e.getMessage());
                    return;
                }
                List<ContactValue> values = new ArrayList<>();
                for (long id : members.userIds()) {
                    if (id > 0) {
                        values.add(new ContactValue("telegram-group-member", Long.toString(id), null, null));
                    }
                }
                if (!values.isEmpty()) {
                    Object name = row.get("name");
                    sink.contact(new Contact(p, name == null ? null : name.toString(), List.copyOf(values),
                            "telegram-group:" + chatId.longValue(), false));
                }
            }

            @Override
            public void finish() {
                undecoded.report();
            }
        };
    }
}
