package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin adds a show through the real form and publishes it; a fan on a phone finds it by its
 * Korean title and votes on it.
 */
@ExtendWith(TestShows.class)
class CatalogueEditingInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient cleanupJdbc;

    @AfterEach
    void forgetTheShowsThisTestMade() {
        TestShows.madeWithSlugPrefix(cleanupJdbc, "the-uncanny-counter-");
    }

    @Test
    void an_admin_adds_and_publishes_a_show_and_a_fan_finds_it_by_its_korean_title_and_votes() {
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String title = "The Uncanny Counter " + number;
        String korean = "경이로운 소문 " + number;
        try (BrowserContext adminContext = context(1366, 900); BrowserContext phone = context(390, 844)) {
            Page admin = adminContext.newPage();
            admin.navigate(url("/admin/catalogue/show/new"));
            RumorsInBrowserTest.signIn(admin, "admin", System.getenv("ENCORE_ADMIN_PASSWORD"));
            Chromium.settle(admin);
            assertThat(admin).hasTitle("Add a show · Encore");
            admin.getByLabel("Title (English)").fill(title);
            assertThat(admin.getByLabel("Address", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("the-uncanny-counter-" + number);
            admin.getByLabel("Korean title").fill(korean);
            admin.getByLabel("Network").fill("OCN");
            admin.getByLabel("Episodes").fill("16");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a cast member")).click();
            assertThat(admin.getByLabel("Actor")).isFocused();
            admin.getByLabel("Actor").fill("Jo Byung-gyu");
            admin.getByLabel("Role").fill("So Mun");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a source")).click();
            admin.getByLabel("Headline or name").fill(title + " — Wikipedia");
            admin.getByLabel("Link").fill("https://en.wikipedia.org/wiki/The_Uncanny_Counter");
            for (String group : new String[] {"Titles", "Broadcast (network, platforms, studio, dates, episodes)", "Cast"}) {
                admin.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(group).setExact(true)).check();
            }
            admin.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("show-editor-new")).setFullPage(true));
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a draft")).click();

            assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Edit " + title);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            assertThat(admin.locator(".show-editor p").nth(0)).containsText("Published");
            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalogue").setExact(true)).first().click();
            var export = admin.waitForDownload(() -> admin.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Export the catalogue (JSON)")).click());
            org.assertj.core.api.Assertions.assertThat(export.suggestedFilename()).endsWith(".json");
            try {
                org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(export.path()))
                        .contains("\"format\" : \"encore-catalogue\"", "\"slug\" : \"the-uncanny-counter-" + number + "\"");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }

            Page fan = phone.newPage();
            fan.navigate(url("/"));
            Chromium.settle(fan);
            fan.getByLabel("Search").fill(korean);
            assertThat(fan.locator(".show-card")).hasCount(1);
            fan.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(fan.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
            Chromium.settle(fan);
            fan.getByLabel("Your odds (%)").fill("70");
            fan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
            assertThat(fan.locator(".your-forecast")).containsText("You said 70 %");
            assertThat(fan.locator(".show-cast")).containsText("Jo Byung-gyu");
            assertThat(fan.locator(".show-sources")).containsText("Source for: titles, broadcast facts, cast");
        }
    }
}
