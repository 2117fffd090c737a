package org.phonetriage.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app accounts the sweep can tell in a database or document nobody modelled, keeping precision:
 * by value alone only what no other data looks like (a Skype {@code live:.cid.} id, a t.me or
 * instagram.com profile link), and a bare name only under a column whose name says whose it is
 * ({@code telegram_username}, {@code ig_handle}, a Skype {@code live:} name under a people column).
 * A kind is {@code app:<service>}; {@link #account} gives the id the service knows it by.
 */
public final class AppIds {

    public static final String SKYPE = "app:skype";
    public static final String TELEGRAM = "app:telegram";
    public static final String INSTAGRAM = "app:instagram";

    /** A Microsoft account's Skype id: live:.cid. and 16 hex digits (8: is Skype 8's person prefix). */
    private static final Pattern SKYPE_CID = Pattern.compile("(?:8:)?(live:\\.cid\\.[0-9a-f]{16})");
    /** A Skype id made from an e-mail's name (live:john.doe_1): a name, told only by its column. */
    private static final Pattern SKYPE_LIVE_NAME = Pattern.compile("(?:8:)?(live:[a-z][a-z0-9._-]{5,31})");
    private static final Pattern TELEGRAM_LINK = Pattern.compile(
            "(?:https?://)?(?:www\\.)?(?:t|telegram)\\.me/@?([A-Za-z][A-Za-z0-9_]{4,31})/?");
    private static final Pattern INSTAGRAM_LINK = Pattern.compile(
            "(?:https?://)?(?:www\\.)?instagram\\.com/([A-Za-z0-9._]{1,30})/?(?:\\?[^ ]*)?");
    /** Telegram: 5–32 letters, digits and underscores, starting with a letter. */
    private static final Pattern TELEGRAM_NAME = Pattern.compile("@?([A-Za-z][A-Za-z0-9_]{4,31})");
    /** Instagram: up to 30 letters, digits, dots and underscores, no dot at either end. */
    private static final Pattern INSTAGRAM_NAME = Pattern.compile("@?([A-Za-z0-9_](?:[A-Za-z0-9._]{1,28}[A-Za-z0-9_])?)");
    /** Paths of t.me and instagram.com that are pages, not accounts. */
    private static final Set<String> NOT_ACCOUNTS = Set.of("joinchat", "addstickers", "addemoji", "share", "proxy",
            "socks", "setlanguage", "login", "confirmphone", "addtheme", "explore", "accounts", "direct", "reel",
            "reels", "stories", "about", "developer", "legal", "privacy", "web", "download");
    private static final Set<String> PEOPLE_WORDS = Set.of("skype", "contact", "contacts", "user", "username",
            "member", "participant", "sender", "recipient", "author", "peer", "partner", "handle", "account",
            "identity", "caller", "callee", "owner", "friend", "buddy");
    /** Words that make a column of an app a column of account names, not display names. */
    private static final Set<String> HANDLE_WORDS = Set.of("username", "usernames", "user", "handle", "login",
            "nick", "nickname", "screenname", "account");
    private static final List<String> TELEGRAM_WORDS = List.of("telegram", "tg");
    private static final List<String> INSTAGRAM_WORDS = List.of("instagram", "insta", "ig");

    private AppIds() {
    }

    /** The kind of app account the value is under this column (or document key), or null. */
    public static String kindOf(String value, String column) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() < 5 || v.length() > 120) {
            return null;
        }
        if (SKYPE_CID.matcher(v).matches()) {
            return SKYPE;
        }
        Matcher link = TELEGRAM_LINK.matcher(v);
        if (link.matches()) {
            return NOT_ACCOUNTS.contains(link.group(1).toLowerCase(Locale.ROOT)) ? null : TELEGRAM;
        }
        link = INSTAGRAM_LINK.matcher(v);
        if (link.matches()) {
            String name = link.group(1).toLowerCase(Locale.ROOT);
            return NOT_ACCOUNTS.contains(name) || name.equals("p") || name.equals("tv") ? null : INSTAGRAM;
        }
        List<String> words = column == null ? List.of() : ColumnNames.words(column);
        if (SKYPE_LIVE_NAME.matcher(v).matches() && words.stream().anyMatch(PEOPLE_WORDS::contains)) {
            return SKYPE;
        }
        // a bare name: an app's column of account names, or a value written as @name under the app's column
        boolean handles = words.stream().anyMatch(HANDLE_WORDS::contains) || v.startsWith("@");
        if (handles && hasLetter(v) && !v.contains(":")) {
            if (words.stream().anyMatch(TELEGRAM_WORDS::contains) && TELEGRAM_NAME.matcher(v).matches()) {
                return TELEGRAM;
            }
            if (words.stream().anyMatch(INSTAGRAM_WORDS::contains) && INSTAGRAM_NAME.matcher(v).matches()) {
                return INSTAGRAM;
            }
        }
        return null;
    }

    /** The account a value of this kind names: the id or username alone, without prefix, @ or link. */
    public static String account(String kind, String value) {
        String v = value.strip();
        Matcher m;
        switch (kind) {
            case SKYPE -> {
                m = SKYPE_CID.matcher(v);
                if (m.matches()) {
                    return m.group(1);
                }
                m = SKYPE_LIVE_NAME.matcher(v);
                return m.matches() ? m.group(1) : v;
            }
            case TELEGRAM -> {
                m = TELEGRAM_LINK.matcher(v);
                return m.matches() ? m.group(1) : v.replaceFirst("^@", "");
            }
            case INSTAGRAM -> {
                m = INSTAGRAM_LINK.matcher(v);
                return m.matches() ? m.group(1) : v.replaceFirst("^@", "");
            }
            default -> {
                return v;
            }
        }
    }

    private static boolean hasLetter(String v) {
        return v.chars().anyMatch(Character::isLetter);
    }
}
