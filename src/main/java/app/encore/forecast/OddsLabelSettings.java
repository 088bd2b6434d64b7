package app.encore.forecast;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads the smallest crowd that gets a word for its odds, {@code encore.crowd-odds.minimum-forecasters} (5). */
@Component
class OddsLabelSettings {

    static final int DEFAULT_MINIMUM = 5;

    OddsLabelSettings(@Value("${encore.crowd-odds.minimum-forecasters:" + DEFAULT_MINIMUM + "}") int minimum) {
        OddsLabel.minimumForecasters(minimum);
    }
}
