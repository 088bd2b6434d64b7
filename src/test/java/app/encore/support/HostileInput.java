package app.encore.support;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What one hostile (or unlucky) person may type into any field of Encore, as a table every form's
 * test walks. Each entry says what must happen to it in a one-line field and in a field with lines:
 * refused with a message beside the field (and kept in the field, so nothing typed is lost), or
 * stored exactly and shown as text.
 */
public final class HostileInput {

    /** What a field must do with an entry. */
    public enum Outcome {
        REFUSED, STORED
    }

    /** One entry: its name in test output, the text, and what a one-line and a many-line field do with it. */
    public record Entry(String name, String text, Outcome inLine, Outcome inText) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Markup, script and URL tricks from OWASP's XSS filter evasion cheat sheet and the like: all text. */
    public static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "'><script>alert(document.cookie)</script>",
            "<iframe src=javascript:alert(1)>",
            "<body onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">fan art</a>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<details open ontoggle=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<video><source onerror=alert(1)>",
            "<object data=\"javascript:alert(1)\">",
            "<embed src=\"data:text/html,<script>alert(1)</script>\">",
            "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<style>@import 'javascript:alert(1)';</style>",
            "<div style=\"background:url(javascript:alert(1))\">",
            "<table background=\"javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<form action=javascript:alert(1)><button>go</button></form>",
            "<isindex type=image src=1 onerror=alert(1)>",
            "<marquee onstart=alert(1)>drama</marquee>",
            "<template><img src=x onerror=alert(1)></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "{{constructor.constructor('alert(1)')()}}",
            "${alert(1)}",
            "';alert(String.fromCharCode(88,83,83))//';",
            "\";alert(1);//",
            "javascript:alert(1)",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "%3Cscript%3Ealert(1)%3C/script%3E",
            "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<img src=\"x\" onerror=\"&#x61;lert(1)\">",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<a href=\"&#106;avascript:alert(1)\">Season 2</a>",
            "<x contenteditable onblur=alert(1)>lose focus",
            "<![CDATA[<script>alert(1)</script>]]>");

    /** Spreadsheet formulas (OWASP's CSV injection): text in Encore, neutralised in its CSV files. */
    public static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"https://evil.example\",\"Season 2 news\")",
            "=cmd|' /C calc'!A0",
            "+1+1 season two",
            "-2+3 season two",
            "@SUM(1+1)*cmd|' /C calc'!A0");

    /** For a test that sends the whole table through one form: the submission limits of a fan set aside. */
    public static final String PROPERTIES = "encore.rumor.submissions-per-fan-per-hour=1000000";

    public static final String MEGABYTE = "x".repeat(1 << 20);

    /** The table: the name of each entry, its text, and what a one-line and a many-line field do. */
    public static List<Entry> table() {
        return Stream.of(
                Stream.of(
                        new Entry("NUL", "Season 2\u0000 confirmed", Outcome.REFUSED, Outcome.REFUSED),
                        new Entry("BEL", "Season 2\u0007 confirmed", Outcome.REFUSED, Outcome.REFUSED),
                        new Entry("ESC colour", "Season 2 \u001b[31mconfirmed", Outcome.REFUSED, Outcome.REFUSED),
                        new Entry("DEL", "Season 2\u007f confirmed", Outcome.REFUSED, Outcome.REFUSED),
                        new Entry("C1 NEL", "Season 2\u0085 confirmed", Outcome.REFUSED, Outcome.REFUSED),
                        new Entry("right-to-left override", "Season 2 \u202Edemrifnoc", Outcome.REFUSED, Outcome.REFUSED),
                        new Entry("unpaired surrogate", "Season 2 \uD800 confirmed", Outcome.REFUSED, Outcome.REFUSED),
                        new Entry("U+2028", "Season 2\u2028confirmed today", Outcome.REFUSED, Outcome.STORED),
                        new Entry("line feed", "Season 2\nconfirmed today", Outcome.REFUSED, Outcome.STORED),
                        new Entry("</script>", "Season 2 </script><script>alert(1)</script>", Outcome.STORED, Outcome.STORED),
                        new Entry("<!--<script>", "Season 2 <!--<script> confirmed", Outcome.STORED, Outcome.STORED),
                        new Entry("emoji and Hangul", "시즌 2 확정 🎉 Season 2 👩‍👩‍👧", Outcome.STORED, Outcome.STORED)),
                XSS.stream().map(xss -> new Entry("XSS " + xss, "Season 2 " + xss, Outcome.STORED, Outcome.STORED)),
                FORMULAS.stream().map(formula -> new Entry("formula " + formula, formula, Outcome.STORED, Outcome.STORED)))
                .flatMap(s -> s).toList();
    }

    /** Links typed with capital letters: stored with scheme and host in lower case. */
    public static final List<List<String>> LINKS = List.of(
            List.of("HTTPS://EXAMPLE.COM/X", "https://example.com/X"),
            List.of("Http://Press.Example/Season-2?Q=A", "http://press.example/Season-2?Q=A"));

    /** Links that are no web page: refused. */
    public static final List<String> BAD_LINKS = List.of("JAVASCRIPT:alert(1)", "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "https://press.example@evil.example/", "https://exa mple.com/",
            "https://example.com/\u0000", "vbscript:msgbox(1)", "//example.com/x");

    /** Whether HTML holds anything but text and harmless markup made by Encore: no script, handler or frame. */
    public static void assertInert(String html, String what) {
        Document document = Jsoup.parseBodyFragment(html);
        org.assertj.core.api.Assertions.assertThat(document.select(
                "script, iframe, object, embed, svg, math, img[onerror], body[onload], input, video, base, meta, link, style,"
                        + " form, isindex, marquee, template, details, [onload], [onerror], [onfocus], [onclick],"
                        + " [ontoggle], [onbegin], [onblur], [onstart], a[href^=javascript], a[href^=JAVASCRIPT]"))
                .as("markup injected by " + what).isEmpty();
    }

    /**
     * Whether a whole page Encore served runs nothing the entries brought: no element has an event
     * handler or a script address, no frame, object or base appears in the body (Vaadin's own {@code <base>} is in the head), and no script but the JSON-LD
     * data blocks mentions their {@code alert}.
     */
    public static void assertInertPage(String html, String what) {
        Document document = Jsoup.parse(html);
        for (var element : document.getAllElements()) {
            for (var attribute : element.attributes()) {
                org.assertj.core.api.Assertions.assertThat(attribute.getKey()).as("an event handler injected by " + what)
                        .doesNotStartWith("on");
                org.assertj.core.api.Assertions.assertThat(attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT))
                        .as("a script address injected by " + what).doesNotStartWith("javascript:");
            }
        }
        org.assertj.core.api.Assertions.assertThat(document.body().select("iframe, object, embed, base, isindex,"
                + " marquee, meta[http-equiv=refresh]")).as("markup injected by " + what).isEmpty();
        for (var script : document.select("script:not([type=application/ld+json])")) {
            org.assertj.core.api.Assertions.assertThat(script.data()).as("a script injected by " + what)
                    .doesNotContain("alert(");
        }
    }
}
