package org.phonetriage.parsers.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Call;
import org.phonetriage.model.Message;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sqlite.Conversions;
import org.phonetriage.parsers.sqlite.RowDecoder;
import org.phonetriage.parsers.sqlite.SqliteDefinitionRunner;
import org.phonetriage.parsers.telegram.TlReader.TlException;

/**
 * cache4.db {@code messages_v2} (or the older {@code messages}): the row gives the dialog
 * ({@code uid}: a user id, minus a group's or channel's id, or a secret chat's), the time and the
 * direction; the TL Message in {@code data} gives the text and, in a group, the sender. A call
 * (a service message of action phoneCall) is a call of kind telegram-call or telegram-video-call.
 */
public final class TelegramMessageRows implements RowDecoder {

    @Override
    public String name() {
        return "telegram-message";
    }

    @Override
    public Run start(SqliteDefinitionRunner.Source source, RecordSink sink) {
        UndecodedObjects undecoded = new UndecodedObjects("messages",
                "kept from their rows (chat, time, direction) without text or group sender", source, sink);
        return new Run() {
            @Override
            public void rows(List<Map<String, Object>> rows, Provenance p) {
                Map<String, Object> row = rows.get(0);
                Long dialog = Conversions.number(row.get("dialog"));
                Long date = Conversions.number(row.get("date"));
                boolean out = Long.valueOf(1).equals(Conversions.number(row.get("out")));
                TelegramMessage m = null;
                if (row.get("data") instanceof byte[] data) {
                    try {
                        m = TelegramMessage.decode(data, date);
                    } catch (TlException e) {
                        undecoded.add(e.getMessage());
                    }
                }
                if (m == null && dialog == null) {
                    return;
                }
                if (m != null && m.call() != null && dialog != null && dialog > 0 && !secret(dialog)) {
                    sink.call(call(p, dialog, date, out, m.call()));
                    return;
                }
                sink.message(message(p, dialog, date, out, m));
            }

            @Override
            public void finish() {
                undecoded.report();
            }
        };
    }

    /**
     * The message with its parties. A message whose object did not decode keeps what its row says
     * (chat, time, direction) and has no text.
     */
    private static Message message(Provenance p, Long dialog, Long date, boolean out, TelegramMessage m) {
        List<Party> parties = new ArrayList<>();
        if (dialog != null && !secret(dialog)) {
            if (dialog > 0) {
                parties.add(new Party(out ? "to" : "from", Long.toString(dialog)));
            } else {
                parties.add(new Party("group", "group:" + -dialog));
            }
        }
        if (!out && m != null && m.from() != null && m.from().kind() == TlPeer.Kind.USER
                && (dialog == null || dialog < 0 || secret(dialog))) {
            parties.add(new Party("from", Long.toString(m.from().id())));
        }
        Timestamp time = date == null ? null : (Timestamp) Conversions.apply("unix-s", date);
        String text = m == null || m.text() == null || m.text().isEmpty() ? null : m.text();
        String media = m != null && m.service() ? "service message" : null;
        return new Message(p, "telegram", out ? "outgoing" : "incoming", time, null, text,
                dialog == null ? null : Long.toString(dialog), null, null, parties, media);
    }

    /** A one-to-one call: the other party is the chat; missed when it was not answered. */
    private static Call call(Provenance p, long dialog, Long date, boolean out, TelegramMessage.PhoneCall c) {
        String direction = out ? "outgoing" : "missed".equals(c.reason()) || c.duration() == null ? "missed" : "incoming";
        Timestamp time = date == null ? null : (Timestamp) Conversions.apply("unix-s", date);
        return new Call(p, Long.toString(dialog), null, time, c.duration(), direction, null, null, null,
                c.video() ? "telegram-video-call" : "telegram-call", c.reason());
    }

    /**
     * A secret chat's dialog: the chat id in the high word (before 64-bit ids), or bit 62 set
     * (after): it names no user, so the party comes from the object's sender only.
     */
    static boolean secret(long dialog) {
        return dialog > 0 && ((dialog & 0x4000000000000000L) != 0 || (dialog >>> 32) != 0 && (int) dialog == 0);
    }
}
