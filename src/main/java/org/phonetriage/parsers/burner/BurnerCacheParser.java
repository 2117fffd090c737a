package org.phonetriage.parsers.burner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * Burner (the second-number app, com.adhoclabs.burner) on iOS keeps no database of its own: what
 * it showed is in the NSURLCache of its API calls ({@code Library/Caches/com.adhoclabs.burner/Cache.db}),
 * the request URL in {@code cfurl_cache_response.request_key} and the JSON body in
 * {@code cfurl_cache_receiver_data.receiver_data}, or, for a large body ({@code isDataOnFS} = 1),
 * in the file of that name under {@code fsCachedData/}. The folder is read as a whole: the
 * database with its WAL (most of the cache lives there) and the bodies beside it.
 */
public final class BurnerCacheParser extends DescribedFileParser {

    static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("ios.burner.cache",
            "Burner on iOS (NSURLCache Cache.db of the Burner API: account, lines, contacts, calls, messages)",
            "ios", "1", "ios-burner-cache");
    private static final String FOLDER = "com.adhoclabs.burner/";
    private static final String CACHE = FOLDER + "Cache.db";
    private static final ObjectMapper JSON = new ObjectMapper();

    public BurnerCacheParser() {
        super(DESCRIPTOR, "message");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return path.endsWith("/" + CACHE) || path.equals(CACHE);
    }

    /** The cache folder: the WAL and the bodies kept as files are read with the database. */
    @Override
    public String readsFolder(String path) {
        return accepts(path, null) ? path.substring(0, path.length() - "Cache.db".length()) : null;
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        String folder = source.path().substring(0, source.path().length() - "Cache.db".length());
        Path work = Files.createTempDirectory("phonetriage-burner");
        try {
            Path db = work.resolve("Cache.db");
            Files.copy(in, db);
            List<String> beside = source.siblings().under(folder);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                if (beside.contains(source.path() + suffix)) {
                    Files.write(work.resolve("Cache.db" + suffix), source.siblings().read(source.path() + suffix));
                }
            }
            BurnerResponses responses = new BurnerResponses(source, sink);
            for (CachedResponse r : burnerResponses(db, folder, beside, source, sink)) {
                responses.add(r);
            }
            responses.emit();
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }

    /** A cached API response: its row, URL, when it was cached and its body read as JSON. */
    record CachedResponse(long entryId, String url, String cachedAt, JsonNode body) {
    }

    /** The responses of Burner's API that hold records, in the order they were cached. */
    private static List<CachedResponse> burnerResponses(Path db, String folder, List<String> beside, Source source,
                                                        RecordSink sink) throws IOException {
        List<CachedResponse> out = new ArrayList<>();
        String sql = "SELECT r.entry_ID, r.request_key, r.time_stamp, d.isDataOnFS, d.receiver_data"
                + " FROM cfurl_cache_response r JOIN cfurl_cache_receiver_data d ON d.entry_ID = r.entry_ID"
                + " WHERE r.request_key LIKE 'https://%.burnerapp.com/%' ORDER BY r.entry_ID";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Set<String> missing = new HashSet<>();
            while (rs.next()) {
                long entry = rs.getLong(1);
                byte[] data = rs.getBytes(5);
                if (data == null || endpoint(rs.getString(2)) == null) {
                    continue;
                }
                if (rs.getInt(4) == 1) {
                    // the row holds the name of the file under fsCachedData/ that holds the body
                    String file = folder + "fsCachedData/" + new String(data, java.nio.charset.StandardCharsets.UTF_8).strip();
                    if (!beside.contains(file)) {
                        missing.add(file);
                        continue;
                    }
                    data = source.siblings().read(file);
                }
                JsonNode body;
                try {
                    body = JSON.readTree(data);
                } catch (IOException e) {
                    continue; // a body that is no JSON (an "OK", an image) holds nothing of Burner's records
                }
                if (body != null) {
                    out.add(new CachedResponse(entry, rs.getString(2), rs.getString(3), body));
                }
            }
            for (String file : missing) {
                sink.problem(new Problem(source.evidenceLabel(), file, "named by Burner's Cache.db as a cached body"
                        + " but not in the extraction; that response is not read", ProblemCode.FILE_UNREADABLE));
            }
        } catch (SQLException e) {
            throw new IOException("not a readable NSURLCache database (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** The Burner API's record kinds, told by the URL's path (a version prefix, /v2/, is optional). */
    private static final Map<Pattern, String> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put(Pattern.compile("^(/v\\d+)?/user/[^/]+/burners$"), "burners");
        ENDPOINTS.put(Pattern.compile("^(/v\\d+)?/user/[^/]+/contacts$"), "contacts");
        ENDPOINTS.put(Pattern.compile("^(/v\\d+)?/user/[^/]+/(messages|messageThreads)$"), "messages");
        ENDPOINTS.put(Pattern.compile("^(/v\\d+)?/user/[^/]+$"), "user");
        ENDPOINTS.put(Pattern.compile("^(/v\\d+)?/register/phone$"), "register");
    }

    static String endpoint(String url) {
        String path = url.replaceFirst("^https://[^/]+", "").replaceFirst("\\?.*$", "");
        for (Map.Entry<Pattern, String> e : ENDPOINTS.entrySet()) {
            if (e.getKey().matcher(path).matches()) {
                return e.getValue();
            }
        }
        return null;
    }
}
