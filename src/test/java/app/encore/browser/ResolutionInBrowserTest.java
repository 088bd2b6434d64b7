package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two fans vote 80 and 20, an admin resolves the question YES through /admin/shows, and each fan's
 * open page shows the outcome and their own score: the fan who said 80 scores better.
 */
@ExtendWith(TestShows.class)
class ResolutionInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void after_a_renewal_each_fan_sees_their_score_and_the_fan_who_said_80_beats_the_one_who_said_20() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext phone = context(390, 844); BrowserContext desktop = context(1366, 900);
                BrowserContext adminContext = context(1366, 900)) {
            Page sure = phone.newPage();
            Page doubtful = desktop.newPage();
            vote(sure, show, "80");
            vote(doubtful, show, "20");

            Page admin = adminContext.newPage();
            admin.navigate(url("/admin/shows"));
            RumorsInBrowserTest.signIn(admin, "admin", System.getenv("ENCORE_ADMIN_PASSWORD"));
            Chromium.settle(admin);
            admin.getByLabel("Search by title, Korean title or address").fill(show.slug());
            admin.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(show.title())).first().click();
            Chromium.settle(admin);
            admin.locator("vaadin-select").click();
            admin.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Renewed")).click();
            admin.getByLabel("Source (headline or statement)").fill("tvN confirms a second season");
            admin.getByLabel("Source link").fill("https://tvn.example/season-2");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save status")).click();
            // It asks first, naming the show, the outcome and the fans it scores.
            var dialog = admin.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText(show.title());
            assertThat(dialog).containsText("scores 2 fans");
            Chromium.settle(admin);
            admin.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("resolve-confirmation-desktop")));
            // Double-clicked, as an impatient admin does: it saves once.
            dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Record “Renewed” and score 2 fans")).dblclick();

            var withinThreeSeconds = new LocatorAssertions.ContainsTextOptions().setTimeout(3_000);
            assertThat(sure.locator(".resolution")).containsText("Resolved YES", withinThreeSeconds);
            assertThat(doubtful.locator(".resolution")).containsText("Resolved YES", withinThreeSeconds);
            assertThat(sure.locator(".your-brier dd")).hasText("0.040");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution WHERE show_id = :show").param("show", show.id())
                    .query(Integer.class).single()).as("resolved once, not resolved and then replaced").isEqualTo(1);
            assertThat(doubtful.locator(".your-brier dd")).hasText("0.640");
            assertThat(sure.locator(".score-verdict")).containsText("You did better than the crowd");
            assertThat(doubtful.locator(".score-verdict")).containsText("The crowd did better than you");
            double sureRelative = relative(sure);
            double doubtfulRelative = relative(doubtful);
            assertThat(sureRelative).as("80 % on a renewal beats 20 %").isLessThan(doubtfulRelative);
            Chromium.settle(sure);
            sure.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("resolved-phone")).setFullPage(true));
            doubtful.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("resolved-desktop")));

            sure.navigate(url("/track-record"));
            assertThat(sure.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your track record");
            assertThat(sure.locator(".track-item")).containsText(show.title());
            assertThat(sure.locator(".track-item .forecast-path")).containsText("80 % from");
            for (String page : new String[] {"/track-record", "/leaderboard", "/record"}) {
                sure.navigate(url(page));
                Chromium.settle(sure);
                assertThat((Integer) sure.evaluate("document.documentElement.scrollWidth"))
                        .as(page + " fits a 390 px phone without sideways scrolling").isLessThanOrEqualTo(390);
            }
        }
    }

    private void vote(Page page, TestShows.Created show, String percent) {
        page.navigate(url("/shows/" + show.slug()));
        Chromium.settle(page);
        page.getByLabel("Your odds (%)").fill(percent);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
        assertThat(page.locator(".your-forecast")).containsText("You said " + percent + " %");
    }

    private static double relative(Page page) {
        return Double.parseDouble(page.locator(".your-relative dd").textContent().replace('−', '-').replace("+", ""));
    }
}
