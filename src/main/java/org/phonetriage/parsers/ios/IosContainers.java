package org.phonetriage.parsers.ios;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.evidence.Plists;

/**
 * Which app or app group an iPhone's container folder belongs to. A file-system extraction names
 * containers by UUID ({@code Containers/Shared/AppGroup/694FBBC5-…/}); the group's identifier
 * ({@code group.net.whatsapp.WhatsAppSMB.shared}) is only in the container's
 * {@code .com.apple.mobile_container_manager.metadata.plist} (key {@code MCMMetadataIdentifier}).
 * A backup names the domain in the path itself, and needs none of this.
 */
public final class IosContainers {

    static final String METADATA = ".com.apple.mobile_container_manager.metadata.plist";
    private static final Pattern CONTAINER = Pattern.compile(
            "^(.*?Containers/(?:Shared/AppGroup|Data/Application|Data/PluginKitPlugin)/[0-9A-Fa-f-]{36})/");

    private final EvidenceTree tree;
    private final Map<String, Optional<String>> byFolder = new HashMap<>();

    public IosContainers(EvidenceTree tree) {
        this.tree = tree;
    }

    /** The identifier of the container holding this path, or null (no container, no readable metadata). */
    public String identifierOf(String path) {
        Matcher m = CONTAINER.matcher(path);
        if (!m.find()) {
            return null;
        }
        return byFolder.computeIfAbsent(m.group(1), this::read).orElse(null);
    }

    private Optional<String> read(String folder) {
        Optional<EvidenceEntry> entry = tree.find(folder + "/" + METADATA);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = tree.open(entry.get())) {
            NSObject root = Plists.parse(in.readAllBytes());
            if (root instanceof NSDictionary d && d.get("MCMMetadataIdentifier") instanceof NSString id
                    && !id.getContent().isBlank()) {
                return Optional.of(id.getContent().strip());
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // an unreadable metadata file only means the container's app is not known by it
        }
        return Optional.empty();
    }
}
