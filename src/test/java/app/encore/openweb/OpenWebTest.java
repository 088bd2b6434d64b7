package app.encore.openweb;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.rumor.Moderation;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.rumor.Verdict;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encore as the open web reads it, over HTTP with no browser: what a crawler, a chat app unfurling a
 * link, a feed reader, a blog engine and a data journalist each get.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(TestShows.class)
class OpenWebTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    Rumors rumors;

    @Autowired
    Moderation moderation;

    @Autowired
    ShowAdministration administration;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void robots_txt_keeps_crawlers_out_of_the_staff_screens_and_names_the_sitemap() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /admin/", "Disallow: /login", "Disallow: /kiosk",
                "Sitemap: " + url("/sitemap.xml"));
        assertThat(robots.body()).doesNotContain("<html", "Disallow: /shows", "Disallow: /og/");
    }

    @Test
    void the_sitemap_lists_the_show_list_and_every_show_with_its_last_change_and_its_languages() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        HttpResponse<String> sitemap = get("/sitemap.xml");

        assertThat(sitemap.statusCode()).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(sitemap.body().getBytes(StandardCharsets.UTF_8)));
        NodeList urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        int shows = jdbc.sql("SELECT COUNT(*) FROM shows").query(Integer.class).single();
        assertThat(urls.getLength()).isEqualTo(shows + 1);
        Element entry = null;
        for (int i = 0; i < urls.getLength(); i++) {
            var candidate = (Element) urls.item(i);
            if (candidate.getElementsByTagNameNS("*", "loc").item(0).getTextContent().equals(url("/shows/" + show.slug()))) {
                entry = candidate;
            }
        }
        assertThat(entry).as("the new show is listed").isNotNull();
        assertThat(OffsetDateTime.parse(entry.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent()))
                .isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        NodeList languages = entry.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(languages.getLength()).isEqualTo(3);
        assertThat(((Element) languages.item(1)).getAttribute("href")).isEqualTo(url("/shows/" + show.slug() + "?lang=ko"));
    }

    @Test
    void a_show_page_carries_its_link_preview_its_languages_and_its_facts_as_structured_data() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        for (int fan = 0; fan < 3; fan++) {
            forecasting.forecast(FanId.random(), "fan", show.id(), 34);
        }

        Document page = Jsoup.parse(get("/shows/" + show.slug()).body());

        String previewTitle = "Will " + show.title() + " get a season 2?";
        assertThat(meta(page, "property", "og:title")).isEqualTo(previewTitle);
        assertThat(meta(page, "property", "og:description")).isEqualTo("Fans say 34 % · Too few forecasters to call · 3 forecasters.");
        assertThat(meta(page, "name", "description"))
                .startsWith("Will " + show.title() + " be officially renewed for season 2? Fans say 34 %");
        assertThat(meta(page, "property", "og:url")).isEqualTo(url("/shows/" + show.slug()));
        assertThat(meta(page, "property", "og:type")).isEqualTo("video.tv_show");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "property", "og:image")).startsWith(url("/og/" + show.slug() + ".png?v="));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url("/shows/" + show.slug()));
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "ko", "x-default");
        assertThat(page.selectFirst("link[type=application/atom+xml]").attr("href"))
                .isEqualTo(url("/feeds/shows/" + show.slug() + ".atom"));
        assertThat(page.selectFirst("link[type=application/json+oembed]").attr("href"))
                .isEqualTo(url("/oembed?format=json&url=" + URLEncoder.encode(url("/shows/" + show.slug()), StandardCharsets.UTF_8)));

        JsonNode series = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(series.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(series.get("@type").asString()).isEqualTo("TVSeries");
        assertThat(series.get("name").asString()).isEqualTo(show.title());
        assertThat(series.get("subjectOf").get("name").asString())
                .isEqualTo("Will " + show.title() + " be officially renewed for season 2?");
        // The question and the odds are in the HTML itself, for readers without JavaScript.
        assertThat(page.select("main").text()).contains(show.title(), "34 %");
    }

    @Test
    void a_page_with_a_first_paint_fetches_encores_script_at_once_but_runs_it_after_painting() throws Exception {
        for (String path : List.of("/", "/shows/crash-landing-on-you")) {
            Document page = Jsoup.parse(get(path).body());

            assertThat(page.select("script[type=module][src*=VAADIN/build/]")).as(path).isEmpty();
            String bundle = page.selectFirst("link[rel=modulepreload][href*=VAADIN/build/indexhtml]").attr("href");
            assertThat(page.select("script:not([src])").stream().map(org.jsoup.nodes.Element::data))
                    .as(path).anySatisfy(start -> assertThat(start).contains("first-contentful-paint", "'" + bundle + "'"));
            assertThat(page.body().hasAttr("data-first-paint")).isFalse();
        }
        // The sign-in page has nothing to paint first: it starts as Vaadin built it.
        Document login = Jsoup.parse(get("/login").body());
        assertThat(login.select("script[type=module][src*=VAADIN/build/indexhtml]")).hasSize(1);
    }

    @Test
    void the_korean_address_of_a_page_is_in_korean_from_its_first_byte() throws Exception {
        Document page = Jsoup.parse(get("/shows/crash-landing-on-you?lang=ko").body());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(meta(page, "property", "og:locale")).isEqualTo("ko_KR");
        assertThat(meta(page, "property", "og:title")).isEqualTo("Crash Landing on You, 시즌 2 나올까?");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url("/shows/crash-landing-on-you?lang=ko"));
    }

    @Test
    void a_language_encore_does_not_speak_falls_back_to_the_readers_own() throws Exception {
        assertThat(Jsoup.parse(get("/embed/goblin?lang=xx").body()).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(get("/shows/goblin?lang=%3Cb%3E").body()).selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(url("/shows/goblin"));
        assertThat(get("/feeds/all.atom?lang=ko").body()).contains("<title>Encore: K-드라마 시즌 2 루머와 공식 발표</title>");
    }

    @Test
    void the_preview_image_is_a_png_of_1200_by_630_whose_address_changes_when_the_odds_move() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        String before = meta(Jsoup.parse(get("/shows/" + show.slug()).body()), "property", "og:image");
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(before)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        var png = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(png.getHeight()).isEqualTo(630);

        forecasting.forecast(FanId.random(), "fan", show.id(), 80);
        // The page's first response is shared for a few seconds: ask for it anew.
        String after = meta(Jsoup.parse(get("/shows/" + show.slug() + "?after=vote").body()), "property", "og:image");
        assertThat(after).isNotEqualTo(before);
        HttpResponse<byte[]> redrawn = http.send(HttpRequest.newBuilder(URI.create(after)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(redrawn.body()).isNotEqualTo(image.body());
    }

    @Test
    void the_atom_feeds_parse_and_hold_a_newly_published_rumor_and_an_announcement() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        RumorItem rumor = rumors.submit(FanId.random(), show.id(), new RumorDraft("tvN is casting for season 2 now",
                null, "https://press.example/casting", SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                ProofOfWorkSolver.solve(rumors.challenge()));
        String before = get("/feeds/shows/" + show.slug() + ".atom").body();
        SignedIn.asModerator(() -> {
            moderation.publish(List.of(rumor.id()));
            moderation.judge(List.of(rumor.id()), Verdict.LIKELY, "Two outlets report it", null);
        });
        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                "tvN confirms a second season", "https://tvn.example/season-2"));

        HttpResponse<String> feed = get("/feeds/shows/" + show.slug() + ".atom");

        assertThat(before).doesNotContain("tvN is casting");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList titles = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(titles.getLength()).isEqualTo(2);
        assertThat(((Element) titles.item(0)).getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo(show.title() + ": officially renewed for season 2");
        String rumorEntry = ((Element) titles.item(1)).getTextContent();
        assertThat(rumorEntry).contains("tvN is casting for season 2 now", "(Likely)", "https://press.example/casting",
                "Two outlets report it");
        assertThat(get("/feeds/all.atom").body()).contains("tvN is casting for season 2 now");
    }

    @Test
    void a_feed_reader_asking_again_gets_a_bodiless_304_until_the_feed_changes() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        String address = "/feeds/shows/" + show.slug() + ".atom";
        HttpResponse<String> first = get(address);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(address, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.CANCELLED,
                "tvN says the story is complete", "https://tvn.example/ending"));
        HttpResponse<String> changed = get(address, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("tvN says the story is complete");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        for (String other : List.of("/sitemap.xml", "/robots.txt", "/data/shows/" + show.slug() + "/odds.json")) {
            String tag = get(other).headers().firstValue("ETag").orElseThrow();
            assertThat(get(other, "If-None-Match", tag).statusCode()).as(other).isEqualTo(304);
        }
    }

    @Test
    void pages_name_their_feeds_for_feed_readers_to_find() throws Exception {
        Document list = Jsoup.parse(get("/").body());
        assertThat(list.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(url("/feeds/all.atom"));
    }

    @Test
    void oembed_offers_blog_engines_the_live_widget_for_a_show_link() throws Exception {
        HttpResponse<String> answer = get("/oembed?format=json&url="
                + URLEncoder.encode(url("/shows/goblin"), StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode embed = json.readTree(answer.body());
        assertThat(embed.get("version").asString()).isEqualTo("1.0");
        assertThat(embed.get("type").asString()).isEqualTo("rich");
        assertThat(embed.get("provider_name").asString()).isEqualTo("Encore");
        assertThat(embed.get("width").asInt()).isPositive();
        Document iframe = Jsoup.parse(embed.get("html").asString());
        assertThat(iframe.selectFirst("iframe").attr("src")).isEqualTo(url("/embed/goblin?lang=en"));
        assertThat(iframe.selectFirst("iframe").attr("title")).contains("Goblin");

        assertThat(get("/oembed?format=xml&url=" + url("/shows/goblin")).statusCode()).isEqualTo(501);
        assertThat(get("/oembed?url=" + url("/admin/shows")).statusCode()).isEqualTo(404);
    }

    @Test
    void only_the_embed_route_may_be_framed_by_other_sites() throws Exception {
        HttpResponse<String> widget = get("/embed/goblin");
        HttpResponse<String> page = get("/shows/goblin");

        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors *").doesNotContain("unsafe-inline"));
        assertThat(widget.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(widget.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors 'self'").doesNotContain("frame-ancestors *"));
        Document html = Jsoup.parse(widget.body());
        assertThat(html.selectFirst("a.vote").attr("href")).isEqualTo(url("/shows/goblin?lang=en"));
        assertThat(html.title()).isEqualTo("Goblin: crowd odds · Encore");
    }

    @Test
    void open_data_gives_every_point_of_the_odds_history_as_csv_and_json_with_its_licence() throws Exception {
        TestShows.Created show = TestShows.open(jdbc);
        jdbc.sql("INSERT INTO crowd_odds_point (show_id, recorded_at, median, lower_quartile, upper_quartile, forecasters)"
                        + " VALUES (:show, :at, 40, 30, 50, 12), (:show, :later, 45, 35, 60, 13)")
                .param("show", show.id())
                .param("at", OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC))
                .param("later", OffsetDateTime.of(2026, 11, 2, 12, 0, 0, 0, ZoneOffset.UTC))
                .update();

        HttpResponse<String> csv = get("/data/shows/" + show.slug() + "/odds.csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Link")).hasValue("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "recorded_at,median,lower_quartile,upper_quartile,forecasters",
                "2026-11-01T12:00:00Z,40,30,50,12",
                "2026-11-02T12:00:00Z,45,35,60,13");

        JsonNode data = json.readTree(get("/data/shows/" + show.slug() + "/odds.json").body());
        assertThat(data.get("licence").asString()).isEqualTo("CC BY 4.0");
        assertThat(data.get("points")).hasSize(2);
        assertThat(data.get("points").get(1).get("median").asInt()).isEqualTo(45);
        assertThat(data.get("points").get(1).get("recorded_at").asString()).isEqualTo("2026-11-02T12:00:00Z");
    }

    @Test
    void an_unknown_show_is_a_plain_404_everywhere_never_a_sign_in_page() throws Exception {
        for (String path : List.of("/og/no-such-show.png", "/data/shows/no-such-show/odds.csv",
                "/data/shows/no-such-show/odds.json", "/feeds/shows/no-such-show.atom", "/embed/no-such-show",
                "/oembed?url=" + url("/shows/no-such-show"))) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).isEqualTo("No show called no-such-show");
        }
        assertThat(get("/oembed").statusCode()).isEqualTo(400);
    }

    @Test
    void the_site_has_its_icons_and_the_kiosk_a_full_screen_manifest_of_its_own() throws Exception {
        assertThat(get("/favicon.ico").statusCode()).isEqualTo(200);
        JsonNode site = json.readTree(get("/manifest.webmanifest").body());
        assertThat(site.get("start_url").asString()).isEqualTo("/");
        for (JsonNode icon : site.get("icons")) {
            assertThat(get(icon.get("src").asString()).statusCode()).as(icon.get("src").asString()).isEqualTo(200);
        }
        JsonNode kiosk = json.readTree(get("/kiosk.webmanifest").body());
        assertThat(kiosk.get("display").asString()).isEqualTo("fullscreen");
        assertThat(kiosk.get("start_url").asString()).isEqualTo("/kiosk");

        Document kioskPage = Jsoup.parse(get("/kiosk").body());
        assertThat(kioskPage.select("link[rel=manifest]").eachAttr("href")).containsExactly("/kiosk.webmanifest");
        Document showPage = Jsoup.parse(get("/shows/goblin").body());
        assertThat(showPage.select("link[rel=manifest]").eachAttr("href")).containsExactly("/manifest.webmanifest");
        assertThat(showPage.select("link[rel=icon]").eachAttr("href")).contains("/favicon.ico");
    }

    private static String meta(Document page, String attribute, String name) {
        var meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        assertThat(meta).as(name).isNotNull();
        return meta.attr("content");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "en")
                .header(header, value).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
