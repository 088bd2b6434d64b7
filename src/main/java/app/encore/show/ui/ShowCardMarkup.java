package app.encore.show.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.Texts;
import app.encore.show.ShowCard;
import app.encore.show.slot.ShowCardExtra;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The cards of the show list as HTML. The title is the card's only link; CSS stretches its target
 * over the whole card so a tap anywhere opens the show, while screen readers hear one link, not a
 * wall of text.
 */
final class ShowCardMarkup {

    private ShowCardMarkup() {
    }

    /** The list of cards, one element however many there are. */
    static Element grid(List<ShowCard> cards, List<ShowCardExtra> extras, Texts texts) {
        var grid = element("ul", "show-grid").attr("aria-label", texts.get("list.results"));
        cards.forEach(card -> grid.appendChild(card(card, extras, texts)));
        return grid;
    }

    static Element card(ShowCard card, List<ShowCardExtra> extras, Texts texts) {
        var body = element("div", "show-card-body");
        body.appendChild(element("h2", "show-card-title").appendChild(
                text("a", card.title(), "show-card-link").attr("href", "shows/" + card.slug())));
        if (card.nativeTitle() != null) {
            body.appendChild(text("p", card.nativeTitle(), "show-card-native").attr("lang", "ko"));
        }
        List<String> channels = new ArrayList<>();
        if (card.network() != null) {
            channels.add(card.network());
        }
        channels.addAll(card.platforms());
        if (!channels.isEmpty()) {
            body.appendChild(text("p", String.join(" · ", channels), "show-card-meta"));
        }
        String years = years(card.firstAired(), card.lastAired());
        if (!years.isEmpty()) {
            body.appendChild(text("p", years, "show-card-years"));
        }
        extras.forEach(extra -> extra.create(card, texts).ifPresent(body::appendChild));
        var footer = element("div", "show-card-footer")
                .appendChild(ShowMarkup.statusBadge(card.officialStatus(), texts));
        return element("li", "show-card").appendChild(body).appendChild(footer);
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
