package app.encore.show.ui;

import app.encore.show.ShowCard;
import app.encore.show.slot.ShowCardExtra;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One show in the list. The title is the card's only link; CSS stretches its target over the whole
 * card so a tap anywhere opens the show, while screen readers hear one link, not a wall of text.
 */
final class ShowCardItem extends ListItem {

    ShowCardItem(ShowCard card, List<ShowCardExtra> extras) {
        addClassName("show-card");

        var link = new RouterLink(card.title(), ShowView.class, new RouteParameters(ShowView.SLUG, card.slug()));
        link.addClassName("show-card-link");
        var title = new H2(link);
        title.addClassName("show-card-title");

        var body = new Div(title);
        body.addClassName("show-card-body");
        if (card.nativeTitle() != null) {
            var nativeTitle = new Paragraph(card.nativeTitle());
            nativeTitle.addClassName("show-card-native");
            nativeTitle.getElement().setAttribute("lang", "ko");
            body.add(nativeTitle);
        }
        List<String> channels = new ArrayList<>();
        if (card.network() != null) {
            channels.add(card.network());
        }
        channels.addAll(card.platforms());
        if (!channels.isEmpty()) {
            var meta = new Paragraph(String.join(" · ", channels));
            meta.addClassName("show-card-meta");
            body.add(meta);
        }
        String years = years(card.firstAired(), card.lastAired());
        if (!years.isEmpty()) {
            var aired = new Paragraph(years);
            aired.addClassName("show-card-years");
            body.add(aired);
        }

        extras.forEach(extra -> extra.create(card).ifPresent(body::add));

        var footer = new Div(new StatusBadge(card.officialStatus()));
        footer.addClassName("show-card-footer");
        add(body, footer);
    }

    /** "2020", or "2019–2020" for a run across New Year. */
    static String years(LocalDate first, LocalDate last) {
        if (first == null) {
            return last == null ? "" : Integer.toString(last.getYear());
        }
        if (last == null || last.getYear() == first.getYear()) {
            return Integer.toString(first.getYear());
        }
        return first.getYear() + "–" + last.getYear();
    }
}
