package org.phonetriage.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Tells a SIM dump's JSON from the many other JSON files a phone holds by its first bytes, whatever
 * the file is called (sim-spec §6.8): a {@code simdump} v1 document says {@code "format": "simdump"}
 * at its top level; a pySim-shell {@code fsdump} has a top-level {@code "files"} object whose
 * entries carry a {@code "path"} array or an {@code "fcp_raw"}. Only the prefix is parsed, with a
 * streaming parser, so a large file costs nothing more.
 */
public final class SimJsonDumpSignature {

    /** How much of a file the check needs: the keys it looks for come first in both formats. */
    public static final int PREFIX_BYTES = 8 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private SimJsonDumpSignature() {
    }

    public static boolean matches(byte[] prefix) {
        if (!startsAnObject(prefix)) {
            return false; // cheap refusal of everything that is not a JSON object
        }
        try (JsonParser p = JSON.createParser(prefix)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("format".equals(name) && value == JsonToken.VALUE_STRING) {
                    return "simdump".equals(p.getText());
                }
                if ("files".equals(name) && value == JsonToken.START_OBJECT) {
                    return firstFileHasAPath(p);
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // not JSON, or the prefix ended before the keys that tell: not recognised by content
        }
        return false;
    }

    /** The first entry of fsdump's "files": an object with a "path" array or an "fcp_raw". */
    private static boolean firstFileHasAPath(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME || p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (("path".equals(name) && value == JsonToken.START_ARRAY) || "fcp_raw".equals(name)) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** '{' after an optional UTF-8 byte-order mark and white space. */
    private static boolean startsAnObject(byte[] prefix) {
        int i = prefix.length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB
                && (prefix[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < prefix.length && (prefix[i] == ' ' || prefix[i] == '\t' || prefix[i] == '\r' || prefix[i] == '\n')) {
            i++;
        }
        return i < prefix.length && prefix[i] == '{';
    }
}
