package org.phonetriage.parsers.snapchat;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Message;
import org.phonetriage.model.Party;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sqlite.Conversions;
import org.phonetriage.parsers.sqlite.RowDecoder;
import org.phonetriage.parsers.sqlite.SqliteDefinitionRunner;

/**
 * Snapchat's arroyo.db {@code conversation_message}: the row gives the conversation, the sender's
 * user id and the time; the direction comes from the account's own id (the definition's
 * {@code own}), the text from the content's protobuf (text messages, {@code content_type} 1), and
 * a sent message's recipients from the conversation's participants. Without the own id a
 * message's direction is unknown and no party is named: its sender may be the owner.
 */
public final class SnapchatMessageRows implements RowDecoder {

    static final int TEXT = 1;

    @Override
    public String name() {
        return "snapchat-message";
    }

    @Override
    public Run start(SqliteDefinitionRunner.Source source, RecordSink sink) {
        return new Run() {
            private int undecoded;

            @Override
            public void rows(List<Map<String, Object>> rows, Provenance p) {
                Map<String, Object> row = rows.get(0);
                String sender = text(row.get("sender"));
                String own = text(row.get("own"));
                String conversation = text(row.get("conversation"));
                String body = null;
                List<String> participants = List.of();
                try {
                    if (row.get("content") instanceof byte[] content
                            && Long.valueOf(TEXT).equals(Conversions.number(row.get("content_type")))) {
                        body = SnapchatProtobuf.text(content);
                    }
                    if (row.get("metadata") instanceof byte[] metadata) {
                        participants = SnapchatProtobuf.participants(metadata);
                    }
                } catch (InvalidProtocolBufferException e) {
                    undecoded++;
                }
                String direction = own == null || sender == null ? null : own.equals(sender) ? "outgoing" : "incoming";
                Object time = row.get("time");
                sink.message(new Message(p, "snapchat", direction,
                        time == null ? null : (Timestamp) Conversions.apply("unix-ms", time), null, body, conversation,
                        null, null, parties(direction, sender, own, conversation, participants),
                        body == null ? media(row.get("content_type")) : null));
            }

            @Override
            public void finish() {
                if (undecoded > 0) {
                    sink.problem(new Problem(source.evidenceLabel(), source.path(), undecoded
                            + " Snapchat messages' protobufs could not be decoded: kept from their rows"
                            + " (conversation, sender, time) without text or recipients", ProblemCode.CONTENT_NOT_READ));
                }
            }
        };
    }

    /**
     * A received message is from its sender; a sent one to every other participant. A conversation
     * of more than two is a group, its own kind of party ({@code group:<conversation id>}).
     */
    private static List<Party> parties(String direction, String sender, String own, String conversation,
                                       List<String> participants) {
        List<Party> parties = new ArrayList<>();
        if (direction == null) {
            return parties;
        }
        if (participants.size() > 2 && conversation != null) {
            parties.add(new Party("group", "group:" + conversation));
        }
        if (direction.equals("incoming")) {
            parties.add(new Party("from", sender));
        } else {
            for (String id : participants) {
                if (!id.equals(own)) {
                    parties.add(new Party("to", id));
                }
            }
        }
        return parties;
    }

    /** Snapchat's content types are not published: a message without text keeps its type's number. */
    private static String media(Object contentType) {
        Long type = Conversions.number(contentType);
        return type == null ? null : "content type " + type;
    }

    private static String text(Object v) {
        return v == null || v.toString().isEmpty() ? null : v.toString();
    }
}
