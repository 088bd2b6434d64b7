package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.TestShows;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(TestShows.class)
class RumorsInBrowserTest extends BrowserTest {



    @Autowired
    JdbcClient jdbc;



    @Test
    void a_fan_submits_an_admin_publishes_it_as_doubtful_and_the_fan_sees_the_badge_while_a_rejected_one_never_appears() {
        TestShows.Created show = TestShows.open(jdbc);
        String published = "Netflix confirmed season 2 " + UUID.randomUUID().toString().substring(0, 6);
        String rejected = "Filming starts tomorrow " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext fanContext = context(390, 844); BrowserContext adminContext = context(1366, 900);
                BrowserContext otherFan = context(1366, 900)) {
            Page fan = fanContext.newPage();
            fan.navigate(url("/shows/" + show.slug()));
            submitRumor(fan, published);
            assertThat(rumor(fan, published)).containsText("Awaiting review");
            submitRumor(fan, rejected);
            fan.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("rumor-submitted-phone")).setFullPage(true));

            Page other = otherFan.newPage();
            other.navigate(url("/shows/" + show.slug()));
            assertThat(other.locator(".rumor-none")).isVisible();

            Page admin = adminContext.newPage();
            admin.navigate(url("/admin/moderation"));
            signIn(admin, "admin", System.getenv("ENCORE_ADMIN_PASSWORD"));
            assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Moderation");
            Chromium.settle(admin);
            admin.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("moderation-desktop")));

            admin.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(published)).first().click();
            Chromium.settle(admin);
            admin.keyboard().press("Alt+p");
            assertThat(visibleCells(admin, published)).hasCount(0);

            admin.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(rejected)).first().click();
            Chromium.settle(admin);
            admin.getByLabel("Reason for rejecting").fill("Speculation, not a claim");
            admin.getByLabel("Reason for rejecting").press("Enter");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject")).click();

            assertThat(visibleCells(admin, rejected)).hasCount(0);

            admin.getByLabel("Showing").click();
            admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Published")).click();
            admin.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(published)).first().click();
            Chromium.settle(admin);
            admin.getByLabel("Verdict", new Page.GetByLabelOptions().setExact(true)).click();
            admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Doubtful")).click();
            admin.getByLabel("Note for fans").fill("No statement from Netflix or tvN");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save verdict")).click();
            assertThat(admin.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Saved the verdict")))
                    .hasText("Saved the verdict of 1 rumor.");

            fan.reload();
            Chromium.settle(fan);
            assertThat(rumor(fan, published).locator(".verdict-badge")).hasText("Doubtful");
            assertThat(rumor(fan, published)).containsText("No statement from Netflix or tvN");
            assertThat(fan.locator(".rumor", new Page.LocatorOptions().setHasText(rejected))).hasCount(0);
            other.reload();
            Chromium.settle(other);
            assertThat(rumor(other, published).locator(".verdict-badge")).hasText("Doubtful");
            assertThat(other.locator(".rumor", new Page.LocatorOptions().setHasText(rejected))).hasCount(0);
            // Another fan can report it: the list's own "Report" button opens the report dialog.
            Locator report = other.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Report the rumor “" + published + "”"));
            report.click();
            assertThat(other.getByRole(AriaRole.DIALOG)).containsText("Report this rumor");
            assertThat(other.getByLabel("What is wrong with it?")).isFocused();
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
            assertThat(other.getByRole(AriaRole.DIALOG)).hasCount(0);
            // Escape closes it too, and the keyboard is back on the button that opened it.
            report.click();
            other.getByLabel("In your words").fill("Half typed");
            other.keyboard().press("Escape");
            assertThat(other.getByRole(AriaRole.DIALOG)).hasCount(0);
            assertThat(report).isFocused();
            // One report puts it on the desk at once; the fan who sent it cannot send another.
            report.click();
            other.getByLabel("What is wrong with it?").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("The source is missing or does not say this"));
            var dialog = other.getByRole(AriaRole.DIALOG);
            assertThat(dialog.locator("altcha-widget")).containsText("Verified",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            Chromium.settle(other);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send report")).click();
            assertThat(other.getByRole(AriaRole.DIALOG)).hasCount(0);
            assertThat(rumor(other, published)).containsText("You reported this rumor.");
            assertThat(rumor(other, published).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Report the rumor “" + published + "”"))).hasCount(0);
            other.reload();
            Chromium.settle(other);
            assertThat(rumor(other, published)).containsText("You reported this rumor."); // still so after a reload
            admin.navigate(url("/admin/moderation"));
            Chromium.settle(admin);
            assertThat(admin.locator("vaadin-grid")).containsText(published);
            assertThat(admin.locator("vaadin-grid")).containsText("Reported by 1, still published");
            fan.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("rumor-published-phone")).setFullPage(true));

            admin.navigate(url("/admin/audit"));
            assertThat(admin.locator("vaadin-grid")).containsText("rumor.verdict.doubtful");
            assertThat(admin.locator("vaadin-grid")).containsText("Speculation, not a claim");

            admin.setViewportSize(390, 844);
            admin.navigate(url("/admin/moderation"));
            assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Moderation");
            admin.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("moderation-phone")).setFullPage(true));
        }
    }

    @Test
    void bad_input_gets_messages_beside_the_fields_and_keeps_what_was_typed() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.navigate(url("/shows/" + show.slug()));
            openForm(page);
            page.getByLabel("Headline").fill("Too short");
            page.getByLabel("Source link").fill("javascript:alert(1)");
            // The browser's own date input; a date in the future is the server's to refuse.
            page.getByLabel("First seen on").fill("2099-05-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();

            assertThat(page.locator(".native-field", new Page.LocatorOptions().setHasText("Headline")))
                    .containsText("Write 10 to 140 characters.");
            assertThat(page.locator(".native-field", new Page.LocatorOptions().setHasText("Source link")))
                    .containsText("Enter a full web address");
            assertThat(page.getByLabel("Headline")).hasValue("Too short");
            assertThat(page.getByLabel("Source link")).hasValue("javascript:alert(1)");
            assertThat(page.locator(".native-field:has(input[type=date])")).containsText("The date can’t be in the future.");
            assertThat(page.getByLabel("First seen on")).hasValue("2099-05-01");
            assertThat(page.getByLabel("First seen on")).hasAttribute("aria-invalid", "true");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("rumor-form-errors-desktop")));
        }
    }

    @Test
    void a_double_click_sends_a_rumor_once_and_puts_no_message_beside_the_fields_it_emptied() {
        TestShows.Created show = TestShows.open(jdbc);
        String headline = "Double-clicked casting news";
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            page.navigate(url("/shows/" + show.slug()));
            fillInRumor(page, headline);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).dblclick();

            assertThat(page.locator(".rumor", new Page.LocatorOptions().setHasText(headline))).hasCount(1);
            page.waitForTimeout(1_000);
            Chromium.settle(page);
            assertThat(page.locator(".native-field-invalid")).hasCount(0);
            assertThat(page.locator(".rumor-form .form-problem")).isHidden();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))).isEnabled();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM rumor WHERE show_id = :show")
                    .param("show", show.id()).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void sign_in_refuses_a_wrong_password_has_no_back_door_and_vaadin_checks_its_csrf_key() {
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, "admin", "not-the-password");
            assertThat(page.locator("vaadin-login-form")).containsText("Could not sign in");

            // No other way in: no HTTP Basic, no login without Spring's CSRF token.
            String basic = java.util.Base64.getEncoder().encodeToString(
                    ("admin:" + System.getenv("ENCORE_ADMIN_PASSWORD")).getBytes());
            APIResponse withBasic = context.request().get(url("/admin/moderation"), RequestOptions.create()
                    .setHeader("Authorization", "Basic " + basic).setMaxRedirects(0));
            assertThat(withBasic.status()).isEqualTo(302);
            assertThat(withBasic.headers().get("location")).endsWith("/login");
            // Vaadin's own CSRF protection: a UI request with a forged key changes nothing. (A page's
            // first response holds no UI; the browser asks for one with an init request.)
            APIResponse home = context.request().get(url("/?v-r=init&location=&query="));
            String html = home.text();
            java.util.regex.Matcher ui = java.util.regex.Pattern.compile("\"v-uiId\":(\\d+)").matcher(html);
            assertThat(ui.find()).isTrue();
            String uidl = url("/?v-r=uidl&v-uiId=" + ui.group(1));
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(html);
            assertThat(key.find()).isTrue();
            String forged = context.request().post(uidl, RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")).text();
            assertThat(forged).contains("appError").contains("\"syncId\":-1");
            String genuine = context.request().post(uidl, RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")).text();
            assertThat(genuine).doesNotContain("appError");
        }
    }

    @Test
    void responses_carry_the_security_headers() {
        try (BrowserContext context = context(1366, 900)) {
            APIResponse plain = context.request().get(url("/"));
            Map<String, String> headers = plain.headers();
            assertThat(headers.get("content-security-policy"))
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
            assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(headers).doesNotContainKey("strict-transport-security");

            // No proxy is trusted by default: a client claiming HTTPS itself changes nothing (see
            // SecurityHeadersTest for HSTS behind a trusted proxy).
            APIResponse forged = context.request().get(url("/"), RequestOptions.create().setHeader("X-Forwarded-Proto", "https"));
            assertThat(forged.headers()).doesNotContainKey("strict-transport-security");
        }
    }

    static void submitRumor(Page page, String headline) {
        fillInRumor(page, headline);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(page.locator(".rumor", new Page.LocatorOptions().setHasText(headline))).hasCount(1);
    }

    /** Opens the form, fills it in and waits until the robot check has passed. */
    static void fillInRumor(Page page, String headline) {
        openForm(page);
        page.getByLabel("Headline").fill(headline);
        page.getByLabel("Details (optional)").fill("Seen in a press report.\nSecond line.");
        page.getByLabel("Source link").fill("https://press.example/story");
        page.getByLabel("Kind of source").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Press"));
        assertThat(page.locator("altcha-widget").first()).containsText("Verified",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        Chromium.settle(page);
    }

    static void openForm(Page page) {
        Chromium.settle(page);
        Locator form = page.locator(".rumor-form");
        if (form.getAttribute("open") == null) {
            page.getByText("Submit a rumor").click();
        }
        Chromium.settle(page);
    }

    static void signIn(Page page, String username, String password) {
        Chromium.settle(page);
        page.getByLabel("Username").fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
    }

    /** The grid keeps recycled cells with old text out of sight: count only the ones shown. */
    private static Locator visibleCells(Page page, String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** The rumor on the live page (not in the page's first response, which it replaces). */
    private static Locator rumor(Page page, String headline) {
        return page.locator("#main-content .rumor", new Page.LocatorOptions().setHasText(headline));
    }


}
