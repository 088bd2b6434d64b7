package app.encore.forecast.web;

import app.encore.base.ui.Texts;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.OddsLabel;
import app.encore.show.OfficialStatus;

/** A show's crowd odds in the words of the previews and the widget, in one language. */
record OddsFigures(String percent, String label, String detail, boolean official) {

    static OddsFigures of(CrowdOdds odds, OfficialStatus status, Texts texts) {
        boolean official = status != OfficialStatus.UNANNOUNCED;
        if (!odds.hasForecasts()) {
            return new OddsFigures("–", official ? texts.get("odds." + OddsLabel.of(odds, status).name())
                    : texts.get("forecast.none"), texts.get(official ? "forecast.none-closed" : "forecast.be-first"),
                    official);
        }
        if (official) {
            // Decided: the label is the outcome, the figure what the crowd said before it; no band, no call.
            return new OddsFigures(odds.median() + " %", texts.get("odds." + OddsLabel.of(odds, status).name()),
                    texts.get("preview.final", odds.forecasters()), true);
        }
        return new OddsFigures(odds.median() + " %", texts.get("odds." + OddsLabel.of(odds, status).name()),
                texts.get("preview.forecasters", odds.forecasters()) + " · "
                        + texts.get("preview.band", odds.lowerQuartile(), odds.upperQuartile()),
                false);
    }

    /** One sentence for descriptions: "Fans say 34 % · Could go either way · 120 forecasters." */
    static String summary(CrowdOdds odds, OfficialStatus status, Texts texts) {
        if (status != OfficialStatus.UNANNOUNCED) {
            String outcome = texts.get("preview.summary-official", texts.get("odds." + OddsLabel.of(odds, status).name()));
            return odds.hasForecasts()
                    ? outcome + " " + texts.get("preview.summary-final", odds.median(), odds.forecasters())
                    : outcome;
        }
        if (!odds.hasForecasts()) {
            return texts.get("preview.summary-none");
        }
        return texts.get("preview.summary", odds.median(), texts.get("odds." + OddsLabel.of(odds, status).name()),
                odds.forecasters());
    }

    /** Changes whenever anything drawn changes: part of the image's address, so previews refresh. */
    static String version(CrowdOdds odds, OfficialStatus status) {
        return status.name().charAt(0) + "" + odds.median() + "-" + odds.lowerQuartile() + "-" + odds.upperQuartile()
                + "-" + odds.forecasters();
    }
}
