package org.phonetriage.sweep;

import java.util.regex.Pattern;

/**
 * Whether a whole stored value has the shape of an identifier: a phone number in any written form
 * (international, national, spaced, dashed, bracketed, a tel: URI), a WhatsApp JID or an e-mail
 * address. Only whole values: a number inside free text is the text's, not a column's, and
 * reading it would make every message body a source of candidates.
 */
public final class ValueShapes {

    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String JID = "jid";

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*"
            + "\\.[A-Za-z]{2,24}");
    /** A person's WhatsApp JID (a group's, "…-…@g.us", names no one). */
    private static final Pattern JID_SHAPE = Pattern.compile("\\d{6,15}(:\\d{1,3})?@(s\\.whatsapp\\.net|c\\.us)");
    private static final Pattern MESSENGER_DOMAIN = Pattern.compile("@(g\\.us|c\\.us|lid|broadcast|"
            + "(s\\.)?whatsapp\\.net|newsletter)$");
    private static final Pattern PHONE_CHARS = Pattern.compile("(tel:|sip:)?\\+?[0-9()\\-. /]{6,30}");
    /** Written forms that are dates, times, versions, decimals or addresses, never numbers. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}.*|\\d{1,2}[-/.]\\d{1,2}"
            + "[-/.]\\d{2,4}|\\d{1,3}(\\.\\d{1,3}){3}|\\d+\\.\\d+|\\d+(\\.\\d+){2,}");

    private ValueShapes() {
    }

    /** The kind of identifier the value is written as, or null. */
    public static String kindOf(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() < 6 || v.length() > 254) {
            return null;
        }
        if (v.indexOf('@') > 0) {
            if (JID_SHAPE.matcher(v).matches()) {
                return JID;
            }
            // a messenger's group, broadcast or server address is no mailbox
            return EMAIL_SHAPE.matcher(v).matches() && !MESSENGER_DOMAIN.matcher(v).find() ? EMAIL : null;
        }
        if (!PHONE_CHARS.matcher(v).matches() || NOT_A_NUMBER.matcher(v.replaceFirst("^(tel|sip):", "")).matches()) {
            return null;
        }
        int digits = 0;
        int plus = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            digits += Character.isDigit(c) ? 1 : 0;
            plus += c == '+' ? 1 : 0;
        }
        if (digits < 7 || digits > 15 || plus > 1 || (plus == 1 && !v.replaceFirst("^(tel|sip):", "").startsWith("+"))) {
            return null;
        }
        return allSameDigit(v) ? null : PHONE;
    }

    /**
     * The kind of identifier the value is under this column (or document key): a phone number,
     * JID or e-mail by its shape, else an app account the column's name or the value tells
     * ({@link AppIds}), else null.
     */
    public static String kindOf(String value, String column) {
        String kind = kindOf(value);
        return kind != null ? kind : AppIds.kindOf(value, column);
    }

    /** The value as the normaliser should read it: a tel:/sip: URI's number. */
    public static String readable(String value) {
        return value.strip().replaceFirst("^(tel|sip):", "");
    }

    /** 0000000, 1111111 …: placeholders. */
    private static boolean allSameDigit(String v) {
        char first = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isDigit(c)) {
                if (first == 0) {
                    first = c;
                } else if (c != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
