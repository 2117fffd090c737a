package org.phonetriage.report.caseuco;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Node IRIs of case.jsonld: {@code kb:<Class>-<UUID>} with a name-based (version 5, SHA-1) UUID of stable case
 * data, so that exporting the same case twice gives the same IRIs, and the same phone number or SIM card gets
 * the same node in every case (graphs merge on them). CASE wants the UUID suffix (version digit 0-5).
 */
public final class CaseIri {

    /** The JSON-LD prefix and namespace of the nodes case.jsonld makes. */
    public static final String KB_PREFIX = "kb";
    public static final String KB = "urn:phonetriage:kb:";

    /** RFC 4122 name space for URLs; ours is the v5 UUID of our namespace IRI in it. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private static final UUID NAMESPACE = uuid5(URL_NAMESPACE, KB);
    /**
     * SHA-1 already fed with our namespace, cloned for each name: looking a digest up by name costs
     * more than hashing a short name, and case.jsonld makes several IRIs per record.
     */
    private static final ThreadLocal<MessageDigest> IN_NAMESPACE = ThreadLocal.withInitial(() -> {
        MessageDigest sha1 = sha1();
        sha1.update(bytes(NAMESPACE));
        return sha1;
    });

    private CaseIri() {
    }

    /** The IRI of the node of class {@code type} that the given stable parts identify. */
    public static String of(UcoTerm type, Object... parts) {
        StringBuilder name = new StringBuilder(type.localName());
        for (Object p : parts) {
            // length-prefixed, so that no two different lists of parts give the same name
            String s = String.valueOf(p);
            name.append('|').append(s.length()).append(':').append(s);
        }
        MessageDigest sha1 = cloned(IN_NAMESPACE.get());
        return KB_PREFIX + ":" + type.localName() + "-" + uuid(sha1.digest(name.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** RFC 4122 section 4.3, with SHA-1 (version 5). */
    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1 = sha1();
        sha1.update(bytes(namespace));
        return uuid(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
    }

    private static UUID uuid(byte[] h) {
        h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
        h[8] = (byte) ((h[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    private static byte[] bytes(UUID namespace) {
        return ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array();
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    private static MessageDigest cloned(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-1 can be cloned", e);
        }
    }
}
