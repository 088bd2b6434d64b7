package app.encore.forecast.ui;

import app.encore.base.PlainText;
import app.encore.base.ui.Formats;
import app.encore.forecast.CrowdDiscounts;
import app.encore.forecast.CrowdDiscounts.Burst;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The moderation desk's view of suspicious bursts: cohorts that brought many new fans in a day,
 * from one address or through one venue's kiosk, with the shows they voted on. Staff discount a
 * burst's votes from the crowd odds, with a reason, and can count them again; both are audited. The
 * fans' own forecasts are untouched.
 */
@Route("admin/bursts")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(order = 11, title = "nav.bursts")
class BurstsView extends Div implements HasDynamicTitle {

    static final Duration LOOKING_BACK = Duration.ofDays(14);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final CrowdDiscounts discounts;
    private final org.springframework.beans.factory.ObjectProvider<app.encore.forecast.ActiveVenues> venues;
    private final ShowCatalog shows;
    private final Clock clock;
    final UnorderedList list = new UnorderedList();
    final Paragraph summary = new Paragraph();

    BurstsView(CrowdDiscounts discounts, ShowCatalog shows, Clock clock,
            org.springframework.beans.factory.ObjectProvider<app.encore.forecast.ActiveVenues> venues) {
        this.venues = venues;
        this.discounts = discounts;
        this.shows = shows;
        this.clock = clock;
        addClassNames("page", "admin-page", "bursts-page");
        list.addClassName("burst-list");
        summary.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("bursts.heading")), new Paragraph(getTranslation("bursts.intro",
                CrowdDiscounts.BURST)), summary, list);
        reload();
    }

    void reload() {
        list.removeAll();
        List<Burst> bursts = discounts.bursts(clock.instant().minus(LOOKING_BACK));
        summary.setText(bursts.isEmpty() ? getTranslation("bursts.none") : getTranslation("bursts.count", bursts.size()));
        Map<Long, ShowCard> cards = shows.cardsOf(bursts.stream().flatMap(burst -> burst.showIds().stream()).distinct()
                .toList()).stream().collect(Collectors.toMap(ShowCard::id, Function.identity()));
        bursts.forEach(burst -> list.add(item(burst, cards)));
    }

    private ListItem item(Burst burst, Map<Long, ShowCard> cards) {
        String screen = burst.venue() ? CrowdDiscounts.venueOf(burst.cohort()).flatMap(venue -> venues.stream()
                .map(registry -> registry.name(venue)).flatMap(java.util.Optional::stream).findFirst()).orElse(null) : null;
        var title = new H2(screen != null ? getTranslation("bursts.from-screen", burst.newFans(), screen)
                : getTranslation(burst.venue() ? "bursts.from-venue" : "bursts.from-address", burst.newFans()));
        var when = new Paragraph(getTranslation("bursts.when", Formats.date(burst.firstVote(), getLocale()),
                TIME.format(burst.firstVote()), TIME.format(burst.lastVote())));
        var voted = new Paragraph(new Span(getTranslation("bursts.shows") + " "));
        List<ShowCard> votedOn = burst.showIds().stream().map(cards::get).filter(java.util.Objects::nonNull).toList();
        votedOn.forEach(card -> {
            voted.add(new Anchor("shows/" + card.slug(), card.title()));
            voted.add(new Span(" "));
        });
        if (votedOn.isEmpty()) {
            voted.add(new Span(getTranslation("bursts.no-shows")));
        }
        var state = new Paragraph(getTranslation(burst.discounted() ? "bursts.discounted"
                : burst.venue() ? "bursts.counted-venue" : "bursts.counted-capped"));
        state.addClassName("burst-state");
        var reason = new TextField(getTranslation("bursts.reason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var act = new Button(getTranslation(burst.discounted() ? "bursts.restore" : "bursts.discount"), click -> {
            String why = reason.getValue().strip();
            if (why.isEmpty() || !PlainText.isText(why)) {
                reason.setErrorMessage(getTranslation(why.isEmpty() ? "bursts.reason-needed" : PlainText.REFUSED));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            if (burst.discounted()) {
                discounts.restore(burst.cohort(), why);
            } else {
                discounts.discount(burst.cohort(), why);
            }
            reload();
            summary.setText(getTranslation(burst.discounted() ? "bursts.restored-now" : "bursts.discounted-now",
                    burst.newFans()));
        });
        act.addThemeVariants(burst.discounted() ? ButtonVariant.PRIMARY : ButtonVariant.ERROR);
        var form = new Div(reason, act);
        form.addClassName("burst-form");
        var item = new ListItem(title, when, voted, state, form);
        item.addClassName("burst");
        if (burst.discounted()) {
            item.addClassName("burst-discounted");
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bursts.heading") + " · " + getTranslation("app.name");
    }
}
