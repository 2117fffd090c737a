package org.phonetriage.parsers;

import java.util.Locale;

/** An app as a record kind: "WhatsApp Business" → "whatsapp-business" (then "-call", "-contact" …). */
public final class AppNames {

    private AppNames() {
    }

    public static String slug(String app) {
        String s = app.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "app" : s;
    }
}
