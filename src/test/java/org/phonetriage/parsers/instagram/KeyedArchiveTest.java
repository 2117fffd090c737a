package org.phonetriage.parsers.instagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.UID;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyedArchiveTest {

    @Test
    void objectsArraysDictionariesAndDatesResolveThroughTheirUids() throws Exception {
        NSDictionary date = new NSDictionary();
        date.put("NS.time", 732_189_600.0); // 2024-03-15T10:00:00Z
        NSDictionary array = new NSDictionary();
        array.put("NS.objects", new NSArray(uid(4)));
        NSDictionary dict = new NSDictionary();
        dict.put("NS.keys", new NSArray(uid(5)));
        dict.put("NS.objects", new NSArray(uid(4)));
        NSDictionary root = new NSDictionary();
        root.put("when", uid(2));
        root.put("list", uid(3));
        root.put("dict", uid(6));
        root.put("none", uid(0));
        root.put("$class", uid(7));
        byte[] bytes = archive(root, date, array, new NSString("x"), new NSString("pk"), dict, new NSDictionary());
        Map<?, ?> decoded = (Map<?, ?>) KeyedArchive.decode(bytes);
        assertEquals(Instant.parse("2024-03-15T10:00:00Z"), decoded.get("when"));
        assertEquals(List.of("x"), decoded.get("list"));
        assertEquals(Map.of("pk", "x"), decoded.get("dict"));
        assertNull(decoded.get("none"));
        assertEquals(false, decoded.containsKey("$class"));
    }

    @Test
    void aCycleEndsAndGarbageIsNoArchive() throws Exception {
        NSDictionary self = new NSDictionary();
        self.put("me", uid(1));
        Map<?, ?> decoded = (Map<?, ?>) KeyedArchive.decode(archive(self));
        assertEquals(true, decoded.containsKey("me")); // cut at the depth bound, not a stack overflow
        assertNull(KeyedArchive.decode("bplist00-truncated".getBytes(StandardCharsets.US_ASCII)));
        assertNull(KeyedArchive.decode(BinaryPropertyListWriter.writeToArray(new NSString("plain"))));
        assertNull(KeyedArchive.decode(null));
    }

    private static byte[] archive(NSObject... objects) throws Exception {
        NSObject[] all = new NSObject[objects.length + 1];
        all[0] = new NSString("$null");
        System.arraycopy(objects, 0, all, 1, objects.length);
        NSDictionary top = new NSDictionary();
        top.put("root", uid(1));
        NSDictionary plist = new NSDictionary();
        plist.put("$archiver", "NSKeyedArchiver");
        plist.put("$top", top);
        plist.put("$objects", new NSArray(all));
        return BinaryPropertyListWriter.writeToArray(plist);
    }

    private static UID uid(int i) {
        return new UID("u" + i, BigInteger.valueOf(i));
    }
}
