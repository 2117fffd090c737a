package org.phonetriage.parsers.ios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.dd.plist.NSDictionary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.ExtractionLimits;
import org.phonetriage.evidence.EvidenceOpener;
import org.phonetriage.evidence.EvidenceTree;

/** An iPhone container's app group, from the metadata plist in its UUID folder. */
class IosContainersTest {

    @TempDir
    Path tmp;

    @Test
    void theMetadataPlistNamesTheGroupAndAnythingElseNamesNone() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("item/private/var/mobile/Containers/Shared/AppGroup/"
                + "D2A4C6E8-1B3D-4F5A-8C7E-9A0B1C2D3E4F"));
        NSDictionary meta = new NSDictionary();
        meta.put("MCMMetadataIdentifier", "group.net.whatsapp.WhatsAppSMB.shared");
        Files.writeString(group.resolve(IosContainers.METADATA), meta.toXMLPropertyList(), StandardCharsets.UTF_8);
        Files.writeString(group.resolve("ChatStorage.sqlite"), "x");
        Path bare = Files.createDirectories(tmp.resolve("item/private/var/mobile/Containers/Shared/AppGroup/"
                + "3E5C7A9B-2D4F-4A6C-9E8B-1F0A2B3C4D5E"));
        Files.writeString(bare.resolve(IosContainers.METADATA), "not a plist");
        Files.writeString(bare.resolve("ChatStorage.sqlite"), "x");
        try (EvidenceTree tree = EvidenceOpener.open(tmp.resolve("item"), "item", tmp.resolve("work"),
                ExtractionLimits.defaults())) {
            IosContainers containers = new IosContainers(tree);
            assertEquals("group.net.whatsapp.WhatsAppSMB.shared", containers.identifierOf(
                    "private/var/mobile/Containers/Shared/AppGroup/D2A4C6E8-1B3D-4F5A-8C7E-9A0B1C2D3E4F/ChatStorage.sqlite"));
            assertNull(containers.identifierOf(
                    "private/var/mobile/Containers/Shared/AppGroup/3E5C7A9B-2D4F-4A6C-9E8B-1F0A2B3C4D5E/ChatStorage.sqlite"),
                    "an unreadable metadata plist names no app");
            assertNull(containers.identifierOf("private/var/mobile/Library/SMS/sms.db"));
        }
    }
}
