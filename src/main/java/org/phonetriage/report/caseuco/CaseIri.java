package org.phonetriage.report.caseuco;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;
import org.phonetriage.report.DecimalDigits;

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
    private static final byte[] NAMESPACE_BYTES = bytes(NAMESPACE);
    /** One name buffer and digest per thread, reused: case.jsonld makes several IRIs per record. */
    private static final ThreadLocal<Maker> MAKER = ThreadLocal.withInitial(Maker::new);

    private CaseIri() {
    }

    /** The IRI of the node of class {@code type} that the given stable parts identify. */
    public static String of(UcoTerm type, Object... parts) {
        return iri(type, parts).toString();
    }

    /** The same IRI as {@link #of}, as class and UUID bits; a part may be a NodeIri, hashed as its text. */
    static NodeIri iri(UcoTerm type, Object... parts) {
        return MAKER.get().iri(type, parts);
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

    /**
     * Builds the name's UTF-8 bytes ({@code Class|len:part|len:part...}, len in UTF-16 units as
     * String.length() gives it) straight into a reused buffer and hashes them with a reused SHA-1:
     * no String made on the way (concatenating the name, encoding it and formatting a UUID made six);
     * a NodeIri part is written as its ASCII.
     */
    private static final class Maker {
        private final MessageDigest sha1 = sha1();
        private final byte[] hash = new byte[20];
        private byte[] name = new byte[256];
        private int length;

        NodeIri iri(UcoTerm type, Object[] parts) {
            length = 0;
            String local = type.localName();
            ascii(local);
            for (Object p : parts) {
                // length-prefixed, so that no two different lists of parts give the same name
                putByte('|');
                if (p instanceof Long || p instanceof Integer) {
                    long v = ((Number) p).longValue();
                    decimal(DecimalDigits.length(v));
                    putByte(':');
                    decimal(v);
                } else if (p instanceof NodeIri iri) {
                    decimal(iri.length());
                    putByte(':');
                    ensure(iri.length());
                    length = iri.write(name, length);
                } else {
                    String s = String.valueOf(p);
                    decimal(s.length());
                    putByte(':');
                    text(s);
                }
            }
            sha1.update(NAMESPACE_BYTES);
            sha1.update(name, 0, length);
            try {
                sha1.digest(hash, 0, hash.length);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("a SHA-1 hash is 20 bytes", e);
            }
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            return new NodeIri(type, bits(0), bits(8));
        }

        /** Eight bytes of the hash from {@code from}, big-endian (as UUID reads them). */
        private long bits(int from) {
            long v = 0;
            for (int i = from; i < from + 8; i++) {
                v = (v << 8) | (hash[i] & 0xff);
            }
            return v;
        }

        private void decimal(long v) {
            ensure(DecimalDigits.MAX);
            length += DecimalDigits.write(v, name, length);
        }

        private void text(String s) {
            int n = s.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    // not ASCII: the JDK's encoder, which also decides what an unpaired surrogate becomes
                    byte[] utf8 = s.substring(i).getBytes(StandardCharsets.UTF_8);
                    ensure(utf8.length);
                    System.arraycopy(utf8, 0, name, length, utf8.length);
                    length += utf8.length;
                    return;
                }
                name[length++] = (byte) c;
            }
        }

        private void ascii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                name[length++] = (byte) s.charAt(i);
            }
        }

        private void putByte(char c) {
            ensure(1);
            name[length++] = (byte) c;
        }

        private void ensure(int more) {
            if (length + more > name.length) {
                name = Arrays.copyOf(name, Math.max(name.length * 2, length + more));
            }
        }
    }
}
