package app.encore.forecast.ui;

import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsService;
import app.encore.show.ShowCard;
import app.encore.show.slot.ShowCardExtra;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** "62 % · Could go either way · 14 forecasters" on each open show's card. */
@org.springframework.stereotype.Component
class CrowdOddsCardLine implements ShowCardExtra {

    private final CrowdOddsService crowd;

    CrowdOddsCardLine(CrowdOddsService crowd) {
        this.crowd = crowd;
    }

    @Override
    public Optional<Component> create(ShowCard card) {
        CrowdOdds odds = crowd.odds(card.id());
        var line = new Paragraph();
        line.addClassName("show-card-odds");
        if (!odds.hasForecasts()) {
            if (!card.officialStatus().isOpen()) {
                return Optional.empty();
            }
            line.setText(line.getTranslation("forecast.card.none"));
            line.addClassName("show-card-odds-none");
            return Optional.of(line);
        }
        var figure = new Span(odds.median() + " %");
        figure.addClassName("show-card-odds-figure");
        line.add(figure, new Span(" · " + line.getTranslation("odds." + odds.label().name()) + " · "
                + line.getTranslation("forecast.card.forecasters", odds.forecasters())));
        return Optional.of(line);
    }
}
