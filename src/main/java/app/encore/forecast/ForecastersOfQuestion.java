package app.encore.forecast;

import app.encore.show.QuestionForecasters;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The fans a resolution would score: those whose forecasts {@link ForecastPaths#before} reads back. */
@Component
class ForecastersOfQuestion implements QuestionForecasters {

    private final ForecastPaths paths;

    ForecastersOfQuestion(ForecastPaths paths) {
        this.paths = paths;
    }

    @Override
    public int before(long showId, Instant announcedAt) {
        return (int) paths.before(showId, announcedAt).stream().map(ForecastChange::fan).distinct().count();
    }
}
