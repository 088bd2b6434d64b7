package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.support.TestShows;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fan votes, saves a passkey on /me, and a new browser (another phone, or this one with its
 * cookies cleared) signs in with it and is that fan again. Chromium's virtual authenticator (Chrome
 * DevTools Protocol, {@code WebAuthn.addVirtualAuthenticator}) stands in for the phone's; the
 * passkey is copied to the second browser's authenticator as a synced passkey would be.
 */
@ExtendWith(TestShows.class)
class PasskeyInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private static String authenticator(CDPSession devtools) {
        devtools.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var arguments = new JsonObject();
        arguments.add("options", options);
        return devtools.send("WebAuthn.addVirtualAuthenticator", arguments).get("authenticatorId").getAsString();
    }

    @Test
    void a_fan_saves_a_passkey_a_new_browser_signs_in_with_it_and_sees_the_same_vote_and_once_removed_it_signs_in_nowhere() {
        TestShows.Created show = TestShows.open(jdbc);
        JsonObject passkey;
        try (BrowserContext phone = context(390, 844)) {
            Page page = phone.newPage();
            CDPSession devtools = phone.newCDPSession(page);
            String authenticatorId = authenticator(devtools);
            page.navigate(url("/shows/" + show.slug()));
            Chromium.settle(page);
            page.getByLabel("Your odds (%)").fill("70");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
            assertThat(page.locator(".your-forecast")).containsText("You said 70 %");

            page.navigate(url("/me"));
            Chromium.settle(page);
            page.getByLabel("Name this passkey").fill("My phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save a passkey")).click();
            assertThat(page.getByText("Your passkey is saved.")).isVisible();
            assertThat(page.locator(".passkey-list")).containsText("My phone");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("me-passkey-saved-390"))
                    .setFullPage(true));

            var which = new JsonObject();
            which.addProperty("authenticatorId", authenticatorId);
            var credentials = devtools.send("WebAuthn.getCredentials", which).getAsJsonArray("credentials");
            assertThat(credentials.size()).isEqualTo(1);
            passkey = credentials.get(0).getAsJsonObject();
            assertThat(passkey.get("isResidentCredential").getAsBoolean()).as("a discoverable passkey").isTrue();
        }

        try (BrowserContext another = context(1280, 900)) {
            Page page = another.newPage();
            CDPSession devtools = another.newCDPSession(page);
            String authenticatorId = authenticator(devtools);
            var copy = new JsonObject();
            copy.addProperty("authenticatorId", authenticatorId);
            copy.add("credential", passkey);
            devtools.send("WebAuthn.addCredential", copy);

            page.navigate(url("/me"));
            Chromium.settle(page);
            assertThat(page.getByText("once you have given your odds")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();

            assertThat(page.locator(".me-page ul").first()).containsText(show.title());
            assertThat(page.locator(".me-page ul").first()).containsText("70 %");
            assertThat(page.locator(".passkey-list")).containsText("My phone");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("me-signed-in-1280"))
                    .setFullPage(true));

            page.navigate(url("/shows/" + show.slug()));
            Chromium.settle(page);
            assertThat(page.locator(".your-forecast")).containsText("You said 70 %");

            // Removed here, the passkey signs in nowhere any more.
            page.navigate(url("/me"));
            Chromium.settle(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the passkey “My phone”"))
                    .click();
            assertThat(page.getByText("The passkey “My phone” is removed.")).isVisible();
            assertThat(page.locator(".passkey-list")).containsText("You have not saved a passkey yet.");
        }

        try (BrowserContext third = context(390, 844)) {
            Page page = third.newPage();
            CDPSession devtools = third.newCDPSession(page);
            var copy = new JsonObject();
            copy.addProperty("authenticatorId", authenticator(devtools));
            copy.add("credential", passkey);
            devtools.send("WebAuthn.addCredential", copy);
            page.navigate(url("/me"));
            Chromium.settle(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();

            assertThat(page.getByText("You are not signed in")).isVisible();
            assertThat(page.getByText("once you have given your odds")).isVisible();
        }
    }

    @Test
    void a_passkey_the_fan_cancels_saves_nothing_and_says_so() {
        TestShows.Created show = TestShows.open(jdbc);
        try (BrowserContext phone = context(390, 844)) {
            Page page = phone.newPage();
            // No authenticator at all: the browser refuses, as when a fan cancels its prompt.
            page.navigate(url("/shows/" + show.slug()));
            Chromium.settle(page);
            page.getByLabel("Your odds (%)").fill("40");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my odds")).click();
            assertThat(page.locator(".your-forecast")).containsText("You said 40 %");
            page.navigate(url("/me"));
            Chromium.settle(page);
            page.evaluate("() => { navigator.credentials.create = () => Promise.reject("
                    + "new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError')); }");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save a passkey")).click();

            assertThat(page.getByText("No passkey was saved")).isVisible();
            assertThat(page.locator(".passkey-list")).containsText("You have not saved a passkey yet.");
        }
    }
}
