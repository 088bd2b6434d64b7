package app.encore.kiosk.ui;

import app.encore.forecast.CrowdOdds;
import app.encore.forecast.OddsLabel;
import app.encore.kiosk.KioskShow;
import app.encore.resolution.BaseRates;
import app.encore.rumor.RumorItem;
import app.encore.show.ShowCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One show on the kiosk: title, status, the crowd's odds large, 30 days of odds, latest rumor, QR.
 * The browser draws it ({@code frontend/components/kiosk-slide.ts}) from one JSON attribute, so a
 * kiosk UI holds one element per show; the texts are kept here too, for tests and updates. The QR
 * code is drawn in the browser too, by the {@code qrcode} package (MIT) bundled by the build.
 */
@Tag("encore-kiosk-slide")
@NpmPackage(value = "qrcode", version = "1.5.4")
@NpmPackage(value = "@types/qrcode", version = "1.5.6")
@JsModule("./components/kiosk-slide.ts")
final class KioskSlide extends Component {

    final long showId;
    ShowCard card;
    private final String lineColor;
    private final Map<String, String> data = new LinkedHashMap<>();

    private final String showUrl;

    /**
     * @param venueToken makes the fans who scan the code (or type the address) this venue's crowd
     */
    KioskSlide(KioskShow show, String showUrl, String lineColor) {
        this.card = show.card();
        this.showId = card.id();
        this.lineColor = lineColor;
        this.showUrl = showUrl;
        addClassName("kiosk-slide");
        data.put("slideName", getTranslation("kiosk.slide"));
        venue(showUrl, null);
        data.put("title", card.title());
        if (card.nativeTitle() != null) {
            data.put("nativeTitle", card.nativeTitle());
        }
        data.put("trendLabel", getTranslation("kiosk.last-30-days"));
        show(show);
    }

    /**
     * Points the QR code at {@code qrUrl}, and prints below it, for fans who cannot scan, {@code
     * printed} (a registered screen's short address) or else the QR code's own address. The address
     * is written without its scheme, as people type it.
     */
    void venue(String qrUrl, @org.jspecify.annotations.Nullable String printed) {
        data.put("qrUrl", qrUrl);
        data.put("address", (printed == null ? qrUrl : printed).replaceFirst("^https?://", ""));
        getElement().setAttribute("data", json(data));
    }

    /** The show's own address, without a venue token. */
    String showUrl() {
        return showUrl;
    }

    /** Where the QR code leads. */
    String qrUrl() {
        return data.get("qrUrl");
    }

    /** The address printed below the QR code. */
    String address() {
        return data.get("address");
    }

    /** The show's figures now; its official status too, which can change while the screen runs. */
    void show(KioskShow show) {
        card = show.card();
        data.put("status", getTranslation("status." + card.officialStatus().name()));
        data.put("statusClass", "status-" + card.officialStatus().name().toLowerCase(Locale.ROOT));
        // Once the network has announced, the code leads to the show's outcome, not to a vote.
        boolean open = card.officialStatus().isOpen();
        data.put("scan", getTranslation(open ? "kiosk.scan" : "kiosk.scan-closed"));
        data.put("qrAlt", getTranslation(open ? "kiosk.qr-alt" : "kiosk.qr-alt-closed", card.title()));
        CrowdOdds odds = show.odds();
        if (odds.hasForecasts()) {
            data.put("figure", odds.median() + " %");
            // Decided, the status says the outcome once; the figure is the crowd's last word before it.
            data.put("label", open ? getTranslation("odds." + OddsLabel.of(odds, card.officialStatus()).name())
                    : getTranslation("kiosk.final-odds"));
            data.put("detail", getTranslation("kiosk.detail", odds.lowerQuartile(), odds.upperQuartile(), odds.forecasters()));
        } else {
            data.put("figure", "");
            data.put("label", getTranslation(open ? "kiosk.no-forecasts" : "forecast.none-closed"));
            data.put("detail", open ? getTranslation("kiosk.be-first") : "");
        }
        BaseRates.BaseRate rate = show.baseRate();
        if (rate != null) {
            data.put("baseRate", getTranslation("kiosk.base-rate",
                    rate.group() == BaseRates.Group.ALL ? getTranslation("kiosk.base-rate-all") : rate.label(),
                    getTranslation(rate.tooFew() ? "base-rate.few" : "base-rate.line", rate.renewed(), rate.total(),
                            rate.percent())));
        } else {
            data.remove("baseRate");
        }
        data.put("sparkline", Sparkline.svgDataUri(show.lastThirtyDays(), lineColor));
        data.put("sparklineAlt", show.lastThirtyDays().size() < 2 ? getTranslation("kiosk.trend-none")
                : getTranslation("kiosk.trend", show.lastThirtyDays().getFirst(), show.lastThirtyDays().getLast()));
        RumorItem latest = show.latestRumor();
        if (latest != null) {
            data.put("rumorLabel", getTranslation("kiosk.latest-rumor"));
            data.put("verdict", getTranslation("verdict." + latest.verdict().name()));
            data.put("verdictClass", "verdict-" + latest.verdict().name().toLowerCase(Locale.ROOT));
            data.put("rumor", latest.headline());
        } else {
            data.remove("rumor");
        }
        getElement().setAttribute("data", json(data));
    }

    String figure() {
        return data.get("figure");
    }

    String label() {
        return data.get("label");
    }

    String detail() {
        return data.get("detail");
    }

    /** How often dramas like it got a season 2, or null once the question is answered. */
    String baseRate() {
        return data.get("baseRate");
    }

    String status() {
        return data.get("status");
    }

    /** What the kiosk says below the QR code. */
    String scan() {
        return data.get("scan");
    }

    /** The latest rumor's verdict and headline, or null without one. */
    String rumor() {
        return data.containsKey("rumor") ? data.get("verdict") + " " + data.get("rumor") : null;
    }

    /** JSON for the browser. {@code <} is escaped too, as everywhere text meets markup. */
    static String json(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
