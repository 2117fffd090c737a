package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which app a WhatsApp store belongs to, from where it lies: a backup's domain or an extraction's container. */
class AppByPlaceTest {

    private final SqliteDefinition messages = SqliteDefinitions.builtIn().all().stream()
            .filter(d -> d.id().equals("ios.whatsapp.messages")).findFirst().orElseThrow();

    @Test
    void aBackupsDomainNamesTheApp() {
        assertEquals("whatsapp-business",
                messages.appAt("AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared/ChatStorage.sqlite", null));
        assertEquals("whatsapp",
                messages.appAt("AppDomainGroup-group.net.whatsapp.WhatsApp.shared/ChatStorage.sqlite", null));
        assertEquals("whatsapp-business", messages.appAt("export/group.net.whatsapp.WhatsAppSMB.shared/ChatStorage.sqlite",
                null));
    }

    @Test
    void anExtractionsContainerNamesTheApp() {
        String path = "private/var/mobile/Containers/Shared/AppGroup/D2A4C6E8-1B3D-4F5A-8C7E-9A0B1C2D3E4F/ChatStorage.sqlite";
        assertEquals("whatsapp-business", messages.appAt(path, "group.net.whatsapp.WhatsAppSMB.shared"));
        assertEquals("whatsapp", messages.appAt(path, "group.net.whatsapp.WhatsApp.shared"));
        assertEquals("whatsapp", messages.appAt(path, null), "no metadata: the definition's own app");
    }

    @Test
    void theQueryNamesTheAppAsSql() {
        String sql = SqliteDefinitionRunner.expandApp(messages, new SqliteDefinitionRunner.Source("t",
                "AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared/ChatStorage.sqlite", "0"));
        assertTrue(sql.contains("'whatsapp-business' AS kind"), sql);
        assertTrue(!sql.contains("${app}"));
    }
}
