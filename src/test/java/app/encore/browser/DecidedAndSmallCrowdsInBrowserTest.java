package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a fan reads in Chromium once a question is decided, and while a crowd is still small: the
 * card, the odds sort, the kiosk slide and the embed say the outcome and the crowd's last odds, never
 * a live-looking call; two forecasters get their figure and their count, and no word on any of them.
 */
@ExtendWith(TestShows.class)
class DecidedAndSmallCrowdsInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forecasting forecasting;

    @Autowired
    ShowAdministration administration;

    private static final List<String> CALLS = List.of("Sure thing", "Safe bet", "Likely", "Could go either way",
            "Unlikely", "Long shot", "Not happening");

    @Test
    void after_a_renewal_the_card_the_sort_the_kiosk_and_the_embed_show_the_outcome_and_two_forecasters_get_no_label() {
        TestShows.Created renewed = TestShows.open(jdbc);
        TestShows.Created small = TestShows.open(jdbc);
        for (int i = 0; i < 6; i++) {
            forecasting.forecast(FanId.random(), "198.18.1." + i, renewed.id(), 90 + i);
        }
        forecasting.forecast(FanId.random(), "198.18.2.1", small.id(), 20);
        forecasting.forecast(FanId.random(), "198.18.2.2", small.id(), 85);
        SignedIn.asAdmin(() -> administration.setOfficialStatus(renewed.id(), OfficialStatus.RENEWED,
                "tvN confirms a second season", "https://tvn.example/season-2"));

        try (BrowserContext desktop = context(1366, 900); BrowserContext screen = context(1920, 1080)) {
            Page list = desktop.newPage();
            list.navigate(url("/?sort=odds"));
            Chromium.settle(list);
            Locator renewedCard = list.locator(".show-card").filter(new Locator.FilterOptions().setHasText(renewed.title()));
            Locator smallCard = list.locator(".show-card").filter(new Locator.FilterOptions().setHasText(small.title()));
            assertThat(renewedCard).containsText("Renewed");
            assertThat(renewedCard.locator(".show-card-odds")).containsText("The crowd said");
            assertThat(renewedCard.locator(".show-card-odds")).containsText("before the announcement");
            assertThat(smallCard.locator(".show-card-odds")).containsText("2 forecasters");
            assertThat(smallCard.locator(".show-card-odds")).containsText("Too few forecasters to call");
            for (String call : CALLS) {
                assertThat(renewedCard.locator(".show-card-odds")).not().containsText(call);
                assertThat(smallCard.locator(".show-card-odds")).not().containsText(call);
            }
            List<String> titles = list.locator(".show-card-title").allTextContents();
            int renewedAt = indexOf(titles, renewed.title());
            int smallAt = indexOf(titles, small.title());
            org.assertj.core.api.Assertions.assertThat(renewedAt).as("a decided question sorts after every open one")
                    .isGreaterThan(smallAt);
            list.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("decided-and-small-cards-desktop")));

            Page kiosk = screen.newPage();
            kiosk.navigate(url("/kiosk?shows=" + renewed.slug() + "&rotate=60"));
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-status")).hasText("Renewed");
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-label")).hasText("The crowd said, before the announcement");
            kiosk.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("kiosk-decided-1920x1080")));
            kiosk.navigate(url("/kiosk?shows=" + small.slug() + "&rotate=60"));
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-label")).hasText("Too few forecasters to call");
            assertThat(kiosk.locator(".kiosk-slide.active .kiosk-detail")).containsText("2 forecasters");

            Page embed = desktop.newPage();
            embed.navigate(url("/embed/" + renewed.slug() + "?lang=en"));
            assertThat(embed.locator("[data-field=label]")).hasText("Renewed");
            assertThat(embed.locator("[data-field=detail]")).containsText("before the announcement");
            assertThat(embed.locator("a.vote")).hasText("See the outcome on Encore");
            embed.navigate(url("/embed/" + small.slug() + "?lang=en"));
            assertThat(embed.locator("[data-field=label]")).hasText("Too few forecasters to call");
            assertThat(embed.locator("[data-field=detail]")).containsText("2 forecasters");
        }
    }

    private static int indexOf(List<String> titles, String title) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).contains(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not on the list: " + titles);
    }
}
