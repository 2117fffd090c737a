package org.phonetriage.parsers.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sqlite.RowDecoder;
import org.phonetriage.parsers.sqlite.SqliteDefinitionRunner;
import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * cache4.db {@code users}: every account the app has seen (contacts, chat partners, group
 * members), each row a TL User in {@code data}. One contact per account with its id
 * ({@code telegram:<id>}) and, when the account shows it, the phone number behind it in the same
 * record, so the two are tied; the own account (flag self) is an owner identifier too.
 */
public final class TelegramUserRows implements RowDecoder {

    static final String ACCOUNT = "org.telegram.messenger";

    @Override
    public String name() {
        return "telegram-user";
    }

    @Override
    public Run start(SqliteDefinitionRunner.Source source, RecordSink sink) {
        UndecodedObjects undecoded = new UndecodedObjects("users", "left out", source, sink);
        return new Run() {
            @Override
            public void rows(List<Map<String, Object>> rows, Provenance p) {
                if (!(rows.get(0).get("data") instanceof byte[] data)) {
                    undecoded.add("a row without its TL object");
                    return;
                }
                TelegramUser u;
                try {
                    u = TelegramUser.decode(data);
                } catch (TlException e) {
                    undecoded.add(e.getMessage());
                    return;
                }
                emit(u, p, sink, "users.data");
            }

            @Override
            public void finish() {
                undecoded.report();
            }
        };
    }

    /** The account as a contact, and as the owner's when it is the phone's own. */
    static void emit(TelegramUser u, Provenance p, RecordSink sink, String basis) {
        emit(u, p, sink, basis, ACCOUNT);
    }

    /** The same for the app of another platform ({@code account}: its bundle or package name). */
    public static void emit(TelegramUser u, Provenance p, RecordSink sink, String basis, String account) {
        List<ContactValue> values = new ArrayList<>();
        String id = Long.toString(u.id());
        values.add(new ContactValue("app:telegram", id, u.username() == null ? null : "@" + u.username(), null));
        if (u.phone() != null) {
            // kind "telegram": the number is this Telegram account's, not a phone-book entry
            values.add(new ContactValue("telegram", u.internationalPhone(), "account phone", null));
        }
        sink.contact(new Contact(p, u.name(), values, account, false));
        if (u.self()) {
            sink.ownIdentifier(new OwnIdentifier(p, "app:telegram", id, basis + " (self)"));
            if (u.phone() != null) {
                sink.ownIdentifier(new OwnIdentifier(p, "phone", u.internationalPhone(), basis + " phone (self)"));
            }
        }
    }
}
