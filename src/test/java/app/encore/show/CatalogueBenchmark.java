package app.encore.show;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The show list with a big catalogue ({@code bench/catalogue.sh}): the demo's shows, then 2,000
 * more imported from one catalogue file (timed), each with a network, platforms, cast and a source. For each: the list's first page ({@code /}), a search by
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

    @Autowired
    CatalogueExchange exchange;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void print_how_fast_the_list_and_search_answer_with_two_thousand_shows() throws Exception {
        List<String> small = measure(shows() + " shows");
        String imported = addShows();
        List<String> big = measure(shows() + " shows");
        System.out.println("BENCH " + imported);
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

    /** 2,000 published shows in one catalogue file, imported as staff would: prints how long that took. */
    private String addShows() {
        List<CatalogueShow> shows = new ArrayList<>();
        for (int i = 0; i < SHOWS; i++) {
            LocalDate first = LocalDate.of(2005, 1, 1).plusDays(i * 3L);
            List<String> platforms = new ArrayList<>();
            for (int p = 0; p < i % 3; p++) {
                platforms.add(PLATFORMS[(i + p) % PLATFORMS.length]);
            }
            shows.add(new CatalogueShow("bench-drama-" + i, "Bench Drama " + i, "벤치 드라마 " + i,
                    NETWORKS[i % NETWORKS.length], null, first, first.plusWeeks(8), 16, null, platforms,
                    List.of(new ShowFacts.CastEntry("Actor " + i, "Lead"), new ShowFacts.CastEntry("Actor " + (i + 1), null)),
                    null, null, null, List.of(new ShowFacts.SourceEntry("Bench source " + i, null,
                            "https://bench.example/" + i, null, java.util.EnumSet.of(FactGroup.TITLES, FactGroup.BROADCAST,
                                    FactGroup.CAST))), Visibility.PUBLISHED, null));
        }
        byte[] file = json.writeValueAsBytes(new CatalogueFile(null, CatalogueFile.FORMAT, 1, null, shows));
        long start = System.nanoTime();
        CataloguePreview done = exchange.importAs("bench", "bench-2000.json", file);
        return String.format("import of a %,d-byte file: %,d shows added in %.1f s (checked, previewed and written in"
                + " one transaction)", file.length, done.added().size(), (System.nanoTime() - start) / 1e9);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
