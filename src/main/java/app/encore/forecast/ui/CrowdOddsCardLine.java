package app.encore.forecast.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsService;
import app.encore.show.ShowCard;
import app.encore.show.slot.ShowCardExtra;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * "62 % · Could go either way · 14 forecasters" on each open show's card; on a decided one, what the
 * crowd said before the announcement.
 */
@org.springframework.stereotype.Component
class CrowdOddsCardLine implements ShowCardExtra {

    private final CrowdOddsService crowd;

    CrowdOddsCardLine(CrowdOddsService crowd) {
        this.crowd = crowd;
    }

    @Override
    public Optional<Element> create(ShowCard card, Texts texts) {
        CrowdOdds odds = crowd.odds(card.id());
        if (!odds.hasForecasts()) {
            if (!card.officialStatus().isOpen()) {
                return Optional.empty();
            }
            return Optional.of(Markup.text("p", texts.get("forecast.card.none"), "show-card-odds", "show-card-odds-none"));
        }
        if (!card.officialStatus().isOpen()) {
            // Decided: the card's pill says the outcome; the odds are what the crowd said, not a forecast now.
            return Optional.of(Markup.text("p", texts.get("forecast.card.final", odds.median(), odds.forecasters()),
                    "show-card-odds", "show-card-odds-final"));
        }
        return Optional.of(Markup.element("p", "show-card-odds")
                .appendChild(Markup.text("span", odds.median() + " %", "show-card-odds-figure"))
                .appendChild(Markup.text("span", " · " + texts.get("odds." + odds.label().name()) + " · "
                        + texts.get("forecast.card.forecasters", odds.forecasters()))));
    }
}
