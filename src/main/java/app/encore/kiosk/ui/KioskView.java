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
    /** The cookie a registered screen keeps its credential in: HttpOnly, never on the page. */
    static final String SCREEN_COOKIE = "encore-screen";
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

    KioskView(Kiosks kiosks, CrowdOddsFeed oddsFeed, RumorFeed rumorFeed, OfficialStatusFeed statusFeed,
            PublicUrl publicUrl, VenueTokens venueTokens, app.encore.kiosk.Screens screens) {
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
                if (SCREEN_COOKIE.equals(cookie.getName())) {
                    credential = cookie.getValue();
                }
            }
        }
        var parameters = new java.util.LinkedHashMap<>(event.getLocation().getQueryParameters().getParameters());
        boolean wantsPairing = parameters.remove("pair") != null;
        kioskQuery = new com.vaadin.flow.router.QueryParameters(parameters).getQueryString();
        identify(credential, wantsPairing, request == null ? "unknown" : request.getRemoteAddr());
    }

    /**
     * Who this screen is: the registered screen its credential names, or the public kiosk, which
     * asks to pair when its address says {@code pair}.
     */
    void identify(@org.jspecify.annotations.Nullable String credential, boolean wantsPairing, String address) {
        screen = screens.seen(credential).orElse(null);
        pairing = screen == null && wantsPairing ? screens.requestPairing(address).orElse(null) : null;
        pairingRefused = screen == null && wantsPairing && pairing == null;
        render();
    }

    /** Whether staff registered this screen: only then do its codes carry venue tokens. */
    boolean registered() {
        return screen != null;
    }

    private @org.jspecify.annotations.Nullable String venueToken() {
        return screen == null ? null : venueTokens.issue(screen.venue());
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
            slides.add(new KioskSlide(kiosks.show(card), base + "shows/" + card.slug(), venueToken(), lineColor));
        }
        rotator.removeAll();
        rotator.getElement().setAttribute("interval", Integer.toString(settings.rotateSeconds()));
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
        // A fresh venue token every half hour; each is good for three. A screen waiting to be paired
        // asks every few seconds whether staff registered it, then claims its credential.
        ui.setPollInterval(pairing != null ? PAIRING_POLL_MILLIS : (int) TOKEN_REFRESH.toMillis());
        registrations.add(ui.addPollListener(poll -> {
            if (pairing != null) {
                claimIfRegistered(ui);
            } else {
                renewVenueTokens();
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

    void renewVenueTokens() {
        if (screen == null) {
            return;
        }
        // A screen revoked while it runs becomes the public kiosk at its next renewal.
        screen = screens.stillRegistered(screen.id()).orElse(null);
        slides.forEach(slide -> slide.venue(venueToken()));
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
