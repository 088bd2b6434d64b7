package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The odds widget on a fan blog: a page of another site frames {@code /embed/{slug}}; the reader
 * sees the crowd odds, and they move, without a reload, when fans vote on Encore.
 */
@ExtendWith(TestShows.class)
class EmbedInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    ShowAdministration administration;

    @Test
    void the_widget_in_a_blog_of_another_site_shows_the_odds_follows_new_votes_and_shows_the_outcome_live() {
        TestShows.Created show = TestShows.open(jdbc);
        forecasting.forecast(FanId.random(), "fan", show.id(), 40);
        try (BrowserContext phone = context(390, 844); BrowserContext desktop = context(1366, 900)) {
            Page blog = blogPost(phone, show, "");
            Page dark = blogPost(desktop, show, "?theme=dark");
            for (Page page : new Page[] {blog, dark}) {
                FrameLocator widget = page.frameLocator("iframe");
                assertThat(widget.locator("[data-field=percent]")).hasText("40 %");
                assertThat(widget.locator("[data-field=detail]")).containsText("1 forecaster");
                assertThat(widget.locator("a.vote")).hasAttribute("href", url("/shows/" + show.slug() + "?lang=en"));
                assertThat(widget.locator(".widget")).hasAttribute("data-live", "true");
            }

            forecasting.forecast(FanId.random(), "fan", show.id(), 90);
            forecasting.forecast(FanId.random(), "fan", show.id(), 90);

            var soon = new LocatorAssertions.ContainsTextOptions().setTimeout(3_000);
            for (Page page : new Page[] {blog, dark}) {
                FrameLocator widget = page.frameLocator("iframe");
                assertThat(widget.locator("[data-field=detail]")).containsText("3 forecasters", soon);
                assertThat(widget.locator("[data-field=percent]")).not().hasText("40 %");
                assertThat(widget.locator("[data-field=announce]")).containsText("Crowd odds now");
            }
            blog.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("embed-in-blog-phone")));
            dark.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("embed-in-blog-dark-desktop")));

            // The network announces: the widget loads itself again and shows the outcome.
            SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                    "tvN confirms a second season", "https://tvn.example/season-2"));
            FrameLocator widget = blog.frameLocator("iframe");
            assertThat(widget.locator("[data-field=label]")).hasText("Renewed", new LocatorAssertions.HasTextOptions()
                    .setTimeout(5_000));
            assertThat(widget.locator("[data-field=percent]")).hasCount(0);
            blog.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("embed-renewed-phone")));
        }
    }

    /**
     * A fan blog on a site of its own (127.0.0.1 on another port: another origin and another site
     * than Encore's localhost) with the widget, as a blog engine pastes it (oEmbed's size). A real
     * server on this machine, so Chromium's guard against public sites framing local ones stays out.
     */
    private Page blogPost(BrowserContext context, TestShows.Created show, String query) {
        String post = """
                <!doctype html><html lang="en"><head><title>My K-drama blog</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family: serif; margin: 16px"><h1>Will it come back?</h1>
                <p>Everybody asks me. Here is what Encore's fans say:</p>
                <iframe src="%s" width="400" height="230" style="border:0;max-width:100%%"
                  title="Crowd odds on Encore"></iframe>
                <p>More next week.</p></body></html>
                """.formatted(url("/embed/" + show.slug() + query));
        blog.createContext("/" + query.hashCode(), exchange -> {
            byte[] body = post.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        Page page = context.newPage();
        page.navigate("http://127.0.0.1:" + blog.getAddress().getPort() + "/" + query.hashCode());
        return page;
    }

    HttpServer blog;

    @BeforeEach
    void startBlog() throws IOException {
        blog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        blog.start();
    }

    @AfterEach
    void stopBlog() {
        blog.stop(0);
    }
}
