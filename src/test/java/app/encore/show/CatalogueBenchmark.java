package app.encore.show;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The show list with a big catalogue ({@code bench/catalogue.sh}): the demo's shows, then 2,000
 * more, each with a network and platforms. For each: the list's first page ({@code /}), a search by
 * a Korean title fragment, a search that matches nothing, and a filter by network, 200 times each
 * over HTTP after a warm-up, each address made unique so no answer comes from the shared first-page
 * cache. Prints p50/p95 in ms and the size of the answer for each; asserts nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.root=warn")
class CatalogueBenchmark {

    private static final int SHOWS = 2_000;
    private static final String[] NETWORKS = {"tvN", "JTBC", "SBS", "KBS2", "MBC", "ENA"};
    private static final String[] PLATFORMS = {"Netflix", "Viki", "Disney+", "TVING"};

    @LocalServerPort
    int port;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void print_how_fast_the_list_and_search_answer_with_two_thousand_shows() throws Exception {
        List<String> small = measure(shows() + " shows");
        addShows();
        List<String> big = measure(shows() + " shows");
        small.forEach(line -> System.out.println("BENCH " + line));
        big.forEach(line -> System.out.println("BENCH " + line));
    }

    private List<String> measure(String label) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(figure(label, "list, first page (/)", n -> "/?n=" + n));
        lines.add(figure(label, "search, Korean fragment (/?q=드라마 1)", n -> "/?q=" + encode("드라마 1") + "&n=" + n));
        lines.add(figure(label, "search, no match (/?q=zzz)", n -> "/?q=zzz&n=" + n));
        lines.add(figure(label, "filter by network (/?network=JTBC)", n -> "/?network=JTBC&n=" + n));
        return lines;
    }

    private String figure(String label, String what, IntFunction<String> path) throws Exception {
        for (int n = 0; n < 50; n++) {
            get(path.apply(-n - 1));
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int n = 0; n < 200; n++) {
            long start = System.nanoTime();
            bytes = get(path.apply(n));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return String.format("%-11s %-40s p50 %5.1f ms, p95 %5.1f ms, %,7d bytes", label + ":", what,
                millis.get(100), millis.get(190), bytes);
    }

    private int get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    private int shows() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM shows", Integer.class);
    }

    private void addShows() {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        List<SqlParameterSource> shows = new ArrayList<>();
        for (int i = 0; i < SHOWS; i++) {
            LocalDate first = LocalDate.of(2005, 1, 1).plusDays(i * 3L);
            shows.add(new MapSqlParameterSource().addValue("slug", "bench-drama-" + i)
                    .addValue("title", "Bench Drama " + i).addValue("nativeTitle", "벤치 드라마 " + i)
                    .addValue("network", NETWORKS[i % NETWORKS.length]).addValue("first", first)
                    .addValue("last", first.plusWeeks(8)).addValue("now", now));
        }
        jdbc.batchUpdate("INSERT INTO shows (slug, title, native_title, network, first_aired, last_aired, episode_count,"
                + " official_status, created_at, version) VALUES (:slug, :title, :nativeTitle, :network, :first, :last,"
                + " 16, 'UNANNOUNCED', :now, 0)", shows.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> platforms = new ArrayList<>();
        for (int i = 0; i < SHOWS; i++) {
            for (int p = 0; p < i % 3; p++) {
                platforms.add(new MapSqlParameterSource().addValue("slug", "bench-drama-" + i).addValue("position", p)
                        .addValue("name", PLATFORMS[(i + p) % PLATFORMS.length]));
            }
        }
        jdbc.batchUpdate("INSERT INTO show_platform (show_id, position, name) SELECT id, :position, :name FROM shows"
                + " WHERE slug = :slug", platforms.toArray(SqlParameterSource[]::new));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
