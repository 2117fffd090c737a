package org.phonetriage.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * App accounts the sweep tells by value (a Skype live:.cid. id, t.me and instagram.com profile
 * links) or, for bare names, only under a column that says whose account names it holds — and the
 * traps it must leave alone.
 */
class AppIdsTest {

    @TempDir
    Path tmp;

    @Test
    void byValueWhereNoOtherDataLooksTheSame() {
        assertEquals(AppIds.SKYPE, AppIds.kindOf("live:.cid.893f2f4e6e65933c", "notes"));
        assertEquals(AppIds.SKYPE, AppIds.kindOf("8:live:.cid.893f2f4e6e65933c", "mri"));
        assertEquals("live:.cid.893f2f4e6e65933c", AppIds.account(AppIds.SKYPE, "8:live:.cid.893f2f4e6e65933c"));
        assertEquals(AppIds.TELEGRAM, AppIds.kindOf("https://t.me/rota_paris", "link"));
        assertEquals("rota_paris", AppIds.account(AppIds.TELEGRAM, "https://t.me/rota_paris"));
        assertEquals(AppIds.INSTAGRAM, AppIds.kindOf("https://www.instagram.com/bruno_rio_sup/", "url"));
        assertEquals("bruno_rio_sup", AppIds.account(AppIds.INSTAGRAM, "https://www.instagram.com/bruno_rio_sup/"));
    }

    @Test
    void bareNamesOnlyUnderATellingColumn() {
        assertEquals(AppIds.TELEGRAM, AppIds.kindOf("@marcos_paris", "telegram_username"));
        assertEquals("marcos_paris", AppIds.account(AppIds.TELEGRAM, "@marcos_paris"));
        assertEquals(AppIds.INSTAGRAM, AppIds.kindOf("bruno.rio.sup", "ig_handle"));
        assertEquals(AppIds.INSTAGRAM, AppIds.kindOf("@bruno.rio.sup", "instagram"));
        assertEquals(AppIds.SKYPE, AppIds.kindOf("live:lucas.motorista", "skype_contact"));
    }

    @Test
    void trapsGiveNothing() {
        assertNull(AppIds.kindOf("live:stream_url", "mode"), "a live: word in a column of no one");
        assertNull(AppIds.kindOf("live:true", "participant"), "too short for a Skype name");
        assertNull(AppIds.kindOf("marcos_paris", "username"), "whose username? no app named");
        assertNull(AppIds.kindOf("Marcos", "telegram_name"), "a display name, not an account name");
        assertNull(AppIds.kindOf("bruno.rio.sup", "instagram_bio"), "no @, no column of account names");
        assertNull(AppIds.kindOf("https://t.me/joinchat/AbCdEfGh", "link"), "an invitation, not an account");
        assertNull(AppIds.kindOf("https://www.instagram.com/p/C3xYz12AbCd/", "url"), "a post");
        assertNull(AppIds.kindOf("12:30", "ig_user"), "a time");
        assertNull(AppIds.kindOf("https://telegram.org/apps", "homepage"));
    }

    @Test
    void theDatabaseSweepFindsThemAndKeepsTheTrapsOut() throws Exception {
        Path file = tmp.resolve("unknown.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE drivers (_id INTEGER PRIMARY KEY, display_name TEXT, telegram_username TEXT,"
                    + " ig_handle TEXT, skype_contact TEXT, username TEXT, promo_link TEXT)");
            st.execute("INSERT INTO drivers VALUES (1, 'Marcos', '@marcos_paris', 'marcos.paris', 'live:.cid.0e5a11bb22cc33dd',"
                    + " 'marcos', 'https://t.me/joinchat/AbCdEfGh'),"
                    + " (2, 'Lucas', 'lucas_mad', 'lucas.mad', 'live:lucas.motorista', 'lucas', 'https://t.me/rota_paris')");
        }
        List<String> found = new ArrayList<>();
        DatabaseSweep.sweep(file, "com.example.freight", v -> found.add(v.column() + " " + v.kind() + " " + v.raw()));
        assertEquals(List.of(
                "telegram_username app:telegram @marcos_paris", "telegram_username app:telegram lucas_mad",
                "ig_handle app:instagram marcos.paris", "ig_handle app:instagram lucas.mad",
                "skype_contact app:skype live:.cid.0e5a11bb22cc33dd", "skype_contact app:skype live:lucas.motorista",
                "promo_link app:telegram https://t.me/rota_paris"), found);
    }
}
