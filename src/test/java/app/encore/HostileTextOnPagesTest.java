package app.encore;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.CsvCells;
import app.encore.base.PlainText;
import app.encore.fan.FanId;
import app.encore.rumor.Moderation;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.show.CatalogueExchange;
import app.encore.show.CataloguePreview;
import app.encore.show.CataloguePreview.FileProblem;
import app.encore.support.HostileInput;
import app.encore.support.HostileInput.Entry;
import app.encore.support.HostileInput.Outcome;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table of hostile input ({@link HostileInput}) through the catalogue importer, and what the
 * accepted entries do to the pages, feeds and files Encore serves: every refused entry is named by
 * row and field before anything is written; every stored one comes back as text, in a show page whose
 * JSON-LD still parses and whose first response is not empty, in feeds that stay well-formed XML, and
 * in a CSV export that no spreadsheet runs as a formula.
 */
@ExtendWith(TestShows.class) // the shows it imports (and their rumors) go after each test
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = HostileInput.PROPERTIES)
@WithMockUser(username = "mina", roles = "MODERATOR")
class HostileTextOnPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogueExchange exchange;

    @Autowired
    Rumors rumors;

    @Autowired
    Moderation moderation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void forgetTheShowsThisTestMade() {
        TestShows.madeWithSlugPrefix(jdbc, "hostile-");
    }

    private byte[] catalogue(Map<String, Entry> shows) {
        ObjectNode file = json.createObjectNode().put("format", "encore-catalogue").put("version", 1);
        ArrayNode list = file.putArray("shows");
        shows.forEach((slug, entry) -> {
            ObjectNode show = list.addObject().put("slug", slug).put("title", entry.text())
                    .put("synopsis", entry.text()).put("network", "tvN").put("visibility", "PUBLISHED");
            ObjectNode source = show.putArray("sources").addObject().put("title", "Source of " + slug)
                    .put("url", "https://tvn.example/" + slug);
            source.putArray("covers").add("TITLES").add("BROADCAST").add("SYNOPSIS");
        });
        return json.writeValueAsBytes(file);
    }

    private static String slug() {
        return "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void every_refused_entry_is_named_by_row_and_field_in_the_preview_and_nothing_is_written() {
        for (Entry entry : HostileInput.table()) {
            if (entry.inLine() != Outcome.REFUSED) {
                continue;
            }
            String slug = slug();
            byte[] file = catalogue(Map.of(slug, entry));

            CataloguePreview preview = exchange.preview("hostile.json", file);

            assertThat(preview.importable()).as(entry.name()).isFalse();
            assertThat(preview.problems()).as(entry.name()).extracting(FileProblem::field, p -> p.problem().key())
                    .contains(org.assertj.core.groups.Tuple.tuple("title", PlainText.REFUSED));
            if (entry.inText() == Outcome.REFUSED) {
                assertThat(preview.problems()).as(entry.name()).extracting(FileProblem::field).contains("synopsis");
            } else {
                assertThat(preview.problems()).as(entry.name()).extracting(FileProblem::field).doesNotContain("synopsis");
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM shows WHERE slug = :slug").param("slug", slug)
                    .query(Integer.class).single()).isZero();
        }
    }

    @Test
    void every_stored_entry_is_shown_as_text_its_page_keeps_its_json_ld_and_the_feeds_stay_well_formed()
            throws Exception {
        Map<String, Entry> shows = new LinkedHashMap<>();
        for (Entry entry : HostileInput.table()) {
            if (entry.inLine() == Outcome.STORED) {
                shows.put(slug(), entry);
            }
        }
        byte[] file = catalogue(shows);
        CataloguePreview preview = exchange.preview("hostile.json", file);
        assertThat(preview.problems()).isEmpty();
        exchange.apply("hostile.json", file, preview.sha256());

        List<Long> published = new ArrayList<>();
        for (var show : shows.entrySet()) {
            long id = jdbc.sql("SELECT id FROM shows WHERE slug = :slug").param("slug", show.getKey())
                    .query(Long.class).single();
            String headline = show.getValue().text().length() < 10 ? show.getValue().text() + " (rumor)"
                    : show.getValue().text();
            published.add(rumors.submit(FanId.random(), id, new RumorDraft(headline, show.getValue().text(),
                    "https://press.example/" + show.getKey(), SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                    ProofOfWorkSolver.solve(rumors.challenge())).id());
        }
        moderation.publish(published);

        for (var show : shows.entrySet()) {
            String title = show.getValue().text();
            String name = show.getValue().name();
            Document page = Jsoup.parse(get("/shows/" + show.getKey()));

            var ld = page.select("script[type=application/ld+json]");
            assertThat(ld).as(name + ": JSON-LD").isNotEmpty();
            List<String> texts = new ArrayList<>();
            for (var block : ld) {
                strings(json.readTree(block.data()), texts);
            }
            assertThat(texts).as(name + ": the JSON-LD names the show").contains(title.strip());
            assertThat(page.select("main").text()).as(name + ": the first response shows the page")
                    .contains(title.strip().replaceAll("\\s+", " "));
            HostileInput.assertInertPage(page.outerHtml(), name);
            assertThat(page.title()).as(name).contains(title.strip().replaceAll("\\s+", " "));

            String feed = get("/feeds/shows/" + show.getKey() + ".atom");
            org.w3c.dom.Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.getDocumentElement().getTextContent()).as(name + ": the feed holds the text")
                    .contains(title.strip());
        }
        String all = get("/feeds/all.atom");
        DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8)));
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        }
        node.forEach(child -> strings(child, into));
    }

    @Test
    void the_csv_export_starts_no_cell_with_a_formula_and_imports_back_as_it_was() throws Exception {
        Map<String, Entry> shows = new LinkedHashMap<>();
        for (Entry entry : HostileInput.table()) {
            if (entry.name().startsWith("formula")) {
                shows.put(slug(), entry);
            }
        }
        byte[] file = catalogue(shows);
        exchange.apply("formulas.json", file, exchange.preview("formulas.json", file).sha256());

        byte[] csv = exchange.exportCsv();

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        Set<String> dangerous = Set.of("=", "+", "-", "@", "\t", "\r");
        for (CSVRecord record : records) {
            for (String cell : record.values()) {
                assertThat(cell.isEmpty() || !dangerous.contains(cell.substring(0, 1)))
                        .as("a cell a spreadsheet would run: " + cell).isTrue();
            }
            if (shows.containsKey(record.get("slug"))) {
                assertThat(CsvCells.restore(record.get("title"))).isEqualTo(shows.get(record.get("slug")).text());
            }
        }
        assertThat(records).extracting(record -> record.get("slug")).containsAll(shows.keySet());
        assertThat(exchange.preview("export.csv", csv).changesNothing()).as("imports back as it was").isTrue();
    }
}
