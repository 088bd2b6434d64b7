package app.encore.kiosk.ui;

import app.encore.base.PublicUrl;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.VenueTokens;
import app.encore.kiosk.KioskSettings;
import app.encore.kiosk.KioskShow;
import app.encore.kiosk.Kiosks;
import app.encore.kiosk.RumorFeed;
import app.encore.show.OfficialStatusFeed;
import app.encore.show.ShowCard;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The public screen at {@code /kiosk}: no sign-in, no app chrome, set up from its address,
 * rotating through shows in the browser and updated live by the server. Votes and newly published
 * rumors arrive over push, gathered into one update per screen however many come at once.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/kiosk.css")
class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Kiosks kiosks;
    private final CrowdOddsFeed oddsFeed;
    private final RumorFeed rumorFeed;
    private final OfficialStatusFeed statusFeed;
    private final PublicUrl publicUrl;

    final List<KioskSlide> slides = new ArrayList<>();
    final Rotator rotator = new Rotator();
    private final List<Registration> registrations = new ArrayList<>();
    static final java.time.Duration TOKEN_REFRESH = java.time.Duration.ofMinutes(30);
    private final VenueTokens venueTokens;
    /** The venue this screen is, when staff registered it; none for the public kiosk. */
    private app.encore.kiosk.Screens.@org.jspecify.annotations.Nullable Screen screen;
    /** The pairing this screen waits on, when it asked to be registered ({@code ?pair}). */
    app.encore.kiosk.Screens.@org.jspecify.annotations.Nullable Pairing pairing;
    private final app.encore.kiosk.Screens screens;
    static final int PAIRING_POLL_MILLIS = 3000;
    /** Asked to pair when this address asked too often: the screen says to try later. */
    private boolean pairingRefused;
    /** The kiosk's own settings, as its address gave them, without {@code pair}. */
    private String kioskQuery = "";
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    /** Shows whose official status changed: their cards are read again, not only their figures. */
    private final Set<Long> announced = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean updateScheduled = new AtomicBoolean();
    KioskSettings settings = KioskSettings.from(java.util.Map.of());
    private final java.time.Clock clock;
    /** How often a registered screen reports to the desk ({@code encore.screens.report-every}). */
    private final java.time.Duration reportEvery;
    /** The hour of the screen's own day at which it reloads itself ({@code encore.kiosk.daily-reload-hour}). */
    private final int dailyReloadHour;
    /** When this page loaded, as the screen reports it to the desk. */
    private java.time.Instant loadedAt;
    /** When the venue tokens on the slides were made. */
    private java.time.Instant tokensMadeAt;
    /** The browser this screen runs in, as it describes itself. */
    private String browser = "";

    KioskView(Kiosks kiosks, CrowdOddsFeed oddsFeed, RumorFeed rumorFeed, OfficialStatusFeed statusFeed,
            PublicUrl publicUrl, VenueTokens venueTokens, app.encore.kiosk.Screens screens, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${encore.screens.report-every:15s}") java.time.Duration reportEvery,
            @org.springframework.beans.factory.annotation.Value("${encore.kiosk.daily-reload-hour:4}") int dailyReloadHour) {
        this.clock = clock;
        this.reportEvery = reportEvery;
        this.dailyReloadHour = dailyReloadHour;
        this.loadedAt = clock.instant();
        this.tokensMadeAt = loadedAt;
        this.venueTokens = venueTokens;
        this.screens = screens;
        this.kiosks = kiosks;
        this.oddsFeed = oddsFeed;
        this.rumorFeed = rumorFeed;
        this.statusFeed = statusFeed;
        this.publicUrl = publicUrl;
        addClassName("kiosk");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        settings = KioskSettings.from(event.getLocation().getQueryParameters().getParameters());
        if (settings.language() != null) {
            event.getUI().setLocale(settings.language());
        }
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        String credential = null;
        if (request != null && request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (ScreenCookie.NAME.equals(cookie.getName())) {
                    credential = cookie.getValue();
                }
            }
        }
        var parameters = new java.util.LinkedHashMap<>(event.getLocation().getQueryParameters().getParameters());
        boolean wantsPairing = parameters.remove("pair") != null;
        kioskQuery = new com.vaadin.flow.router.QueryParameters(parameters).getQueryString();
        loadedAt = clock.instant();
        String agent = request == null ? null : request.getHeader("User-Agent");
        browser = agent == null ? "" : agent;
        identify(credential, wantsPairing, request == null ? "unknown" : request.getRemoteAddr());
        if (screen != null && settings.language() != null) {
            event.getUI().setLocale(settings.language());
        }
    }

    /**
     * Who this screen is: the registered screen its credential names, or the public kiosk, which
     * asks to pair when its address says {@code pair}.
     */
    void identify(@org.jspecify.annotations.Nullable String credential, boolean wantsPairing, String address) {
        var seen = screens.seen(credential);
        screen = seen.map(app.encore.kiosk.Screens.Seen::screen).orElse(null);
        seen.map(app.encore.kiosk.Screens.Seen::rotatedCredential).ifPresent(ScreenCookie::set);
        // A registered screen shows what staff set for it on the desk, if they did, framed as it is.
        if (screen != null) {
            boolean inFrame = settings.embedded();
            screen.deskSettings().ifPresent(desk -> settings = desk.embedded(inFrame));
        }
        pairing = screen == null && wantsPairing ? screens.requestPairing(address).orElse(null) : null;
        pairingRefused = screen == null && wantsPairing && pairing == null;
        render();
    }

    /** Whether staff registered this screen: only then do its codes carry venue tokens. */
    boolean registered() {
        return screen != null;
    }

    /** Points a slide's QR code and printed address at its show, with this screen's venue token if it has one. */
    private void venue(KioskSlide slide) {
        if (screen == null) {
            slide.venue(slide.showUrl(), null);
            return;
        }
        String token = venueTokens.issue(screen.venue());
        String code = screens.shortAddress(screen.id(), slide.card.slug(), token);
        slide.venue(slide.showUrl() + "?v=" + token, baseUrl() + "v/" + code);
    }

    private void render() {
        removeAll();
        slides.clear();
        setClassName("kiosk kiosk-" + settings.theme().name().toLowerCase(Locale.ROOT)
                + (settings.embedded() ? " kiosk-embedded" : ""));
        String lineColor = settings.theme() == KioskSettings.Theme.LIGHT ? "#5b21b6"
                : settings.theme() == KioskSettings.Theme.CONTRAST ? "#ffff00" : "#c4b5fd";
        String base = baseUrl();
        for (ShowCard card : kiosks.showsFor(settings)) {
            var slide = new KioskSlide(kiosks.show(card), base + "shows/" + card.slug(), lineColor);
            venue(slide);
            slides.add(slide);
        }
        tokensMadeAt = clock.instant();
        rotator.removeAll();
        rotator.getElement().setAttribute("interval", Integer.toString(settings.rotateSeconds()));
        rotator.getElement().setAttribute("reload-hour", Integer.toString(dailyReloadHour));
        // The slides are the screen's main content: a landmark for screen readers.
        rotator.getElement().setAttribute("role", "main");
        slides.forEach(rotator::add);
        if (!settings.embedded()) {
            var brand = new Span(getTranslation("app.name"));
            brand.addClassName("kiosk-brand");
            var question = new Span(getTranslation("kiosk.question"));
            question.addClassName("kiosk-question");
            var live = new Span();
            live.addClassName("kiosk-connection");
            live.getElement().setAttribute("data-live", getTranslation("kiosk.live"));
            live.getElement().setAttribute("data-reconnecting", getTranslation("kiosk.reconnecting"));
            live.setText(getTranslation("kiosk.live"));
            var clock = new Span();
            clock.addClassName("kiosk-clock");
            var header = new Header(brand, question, live, clock);
            header.addClassName("kiosk-header");
            add(header);
        }
        if (pairing != null) {
            var code = new Span(pairing.code());
            code.addClassName("kiosk-pairing-code");
            var ask = new com.vaadin.flow.component.html.Paragraph(new com.vaadin.flow.component.Text(getTranslation("kiosk.pairing")), code);
            ask.addClassName("kiosk-pairing");
            ask.getElement().setAttribute("role", "status");
            add(ask);
        } else if (pairingRefused) {
            var later = new com.vaadin.flow.component.html.Paragraph(getTranslation("kiosk.pairing-later"));
            later.addClassName("kiosk-pairing");
            later.getElement().setAttribute("role", "status");
            add(later);
        }
        add(rotator);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title") + " · " + getTranslation("app.name");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
        // A screen waiting to be paired asks every few seconds whether staff registered it, then claims
        // its credential. A registered screen reports to the desk every few seconds, does what staff set
        // there, and makes fresh venue tokens every half hour (each is good for three).
        ui.setPollInterval(pollMillis());
        registrations.add(ui.addPollListener(poll -> {
            if (pairing != null) {
                claimIfRegistered(ui);
            } else if (screen != null) {
                report(ui);
            }
        }));
        registrations.add(() -> ui.setPollInterval(-1));
        for (KioskSlide slide : slides) {
            registrations.add(oddsFeed.subscribe(slide.showId, odds -> changed(ui, slide.showId)));
            registrations.add(rumorFeed.subscribe(slide.showId, rumorId -> changed(ui, slide.showId)));
            registrations.add(statusFeed.subscribe(slide.showId, change -> {
                announced.add(slide.showId);
                changed(ui, slide.showId);
            }));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** Gathers changes from any thread and applies them in one UI update, so bursts cost one push. */
    private void changed(UI ui, long showId) {
        changed.add(showId);
        if (updateScheduled.compareAndSet(false, true)) {
            try {
                ui.access(this::applyChanges);
            } catch (UIDetachedException gone) {
                updateScheduled.set(false);
            }
        }
    }

    private int pollMillis() {
        return (int) (pairing != null ? PAIRING_POLL_MILLIS : screen != null ? reportEvery.toMillis() : -1);
    }

    /**
     * Reports to the desk and does what staff set there: reload, follow new settings, or, revoked,
     * become the public kiosk. Every half hour it also makes fresh venue tokens.
     */
    void report(UI ui) {
        if (screen == null) {
            return;
        }
        var instruction = screens.report(screen.id(), loadedAt, settings.toQuery(),
                slides.stream().map(slide -> slide.card.title()).toList(), browser);
        switch (instruction) {
            case app.encore.kiosk.Screens.Instruction.Revoked revoked -> {
                screen = null;
                slides.forEach(this::venue);
                ui.setPollInterval(pollMillis());
            }
            case app.encore.kiosk.Screens.Instruction.Reload reload -> ui.getPage().executeJs("window.location.reload()");
            case app.encore.kiosk.Screens.Instruction.Follow follow -> ui.getPage().executeJs("window.location.assign($0)",
                    "kiosk?" + follow.settings() + (settings.embedded() ? "&embed=1" : ""));
            case app.encore.kiosk.Screens.Instruction.CarryOn carryOn -> {
                if (!clock.instant().isBefore(tokensMadeAt.plus(TOKEN_REFRESH))) {
                    renewVenueTokens();
                }
            }
        }
    }

    void renewVenueTokens() {
        if (screen == null) {
            return;
        }
        // A screen revoked while it runs becomes the public kiosk at its next renewal.
        screen = screens.stillRegistered(screen.id()).orElse(null);
        slides.forEach(this::venue);
        tokensMadeAt = clock.instant();
    }

    /**
     * Once staff registered this screen, it goes to claim its credential (an HTTP answer that sets the
     * cookie), then comes back to the same kiosk, without {@code pair}.
     */
    void claimIfRegistered(UI ui) {
        if (pairing == null || !screens.registered(pairing.id())) {
            return;
        }
        String back = "kiosk" + (kioskQuery.isEmpty() ? "" : "?" + kioskQuery);
        String claim = baseUrl() + "kiosk/claim?s=" + pairing.secret() + "&to="
                + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
        pairing = null;
        ui.getPage().executeJs("window.location.assign($0)", claim);
    }

    void applyChanges() {
        updateScheduled.set(false);
        for (KioskSlide slide : slides) {
            if (changed.remove(slide.showId)) {
                ShowCard card = announced.remove(slide.showId) ? kiosks.card(slide.showId).orElse(slide.card)
                        : slide.card;
                slide.show(kiosks.show(card));
            }
        }
    }

    private String baseUrl() {
        var request = VaadinServletRequest.getCurrent();
        return publicUrl.base(request == null ? null : request.getHttpServletRequest()) + "/";
    }

    /** {@code frontend/components/kiosk-rotator.ts}: rotation, clock, connection state, self-healing. */
    @Tag("encore-kiosk-rotator")
    @JsModule("./components/kiosk-rotator.ts")
    static final class Rotator extends Component implements com.vaadin.flow.component.HasComponents {
    }
}
