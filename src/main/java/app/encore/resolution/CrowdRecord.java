package app.encore.resolution;

import app.encore.forecast.ForecastPaths;
import app.encore.scoring.Brier;
import app.encore.scoring.Calibration;
import app.encore.scoring.TimedForecast;
import app.encore.show.OfficialStatusCommitted;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crowd's own record over every resolved question: its mean Brier score beside two forecasters
 * that know nothing about the show (the crowd must beat both to be worth reading), and how well
 * calibrated its odds were.
 * <ul>
 * <li><b>The crowd</b>: per question, the crowd odds' time-averaged Brier over the question's life
 * (from its first forecast to the announcement), as kept at resolution; averaged over questions.
 * <li><b>The base-rate forecaster</b> always says how often the seeded past dramas got a second
 * season ({@link BaseRates#seeded()}), on every question: (rate − o)², averaged.
 * <li><b>The 50 % forecaster</b> always says 50 %: 0.25 on every question.
 * </ul>
 * Only questions somebody forecast count for the three scores; all resolved questions count in the
 * YES and NO totals.
 */
@Service
public class CrowdRecord {

    /**
     * @param resolved questions resolved (in force), of which {@code yes} YES and {@code no} NO
     * @param scored of those, questions with forecasts, which the scores below are averaged over
     * @param baseRate what the base-rate forecaster says, 0–1
     * @param calibration the crowd's odds binned by probability, weighted by how long they stood
     */
    public record Summary(int resolved, int yes, int no, int scored, OptionalDouble crowdBrier, double baseRate,
            int baseRateDramas, OptionalDouble baseRateBrier, OptionalDouble coinBrier, List<Calibration.Bin> calibration) {
    }

    private final Resolutions resolutions;
    private final ForecastPaths paths;
    private final BaseRates baseRates;
    private final Cache<Boolean, Summary> cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();

    CrowdRecord(Resolutions resolutions, ForecastPaths paths, BaseRates baseRates) {
        this.resolutions = resolutions;
        this.paths = paths;
        this.baseRates = baseRates;
    }

    /** The record, kept for a few minutes and recomputed after a status change on any node. */
    @Transactional(readOnly = true)
    public Summary summary() {
        return cache.get(Boolean.TRUE, key -> compute());
    }

    /** A status changed (here or on another node): read again. Runs before the open screens hear of it. */
    @EventListener
    void on(OfficialStatusCommitted committed) {
        cache.invalidateAll();
    }

    private Summary compute() {
        List<Resolution> all = resolutions.allInForce();
        List<Resolution> scored = all.stream().filter(r -> r.crowdBrier() != null && r.openedAt() != null).toList();
        BaseRates.BaseRate seeded = baseRates.seeded();
        double rate = seeded.total() == 0 ? 0.5 : (double) seeded.renewed() / seeded.total();
        List<Calibration.Question> questions = scored.stream().map(resolution -> new Calibration.Question(
                paths.crowdBefore(resolution.showId(), resolution.announcedAt()).stream()
                        .map(point -> new TimedForecast(point.at(), point.median())).toList(),
                resolution.openedAt(), resolution.announcedAt(), resolution.outcome())).toList();
        return new Summary(all.size(),
                (int) all.stream().filter(r -> r.outcome().value() == 1).count(),
                (int) all.stream().filter(r -> r.outcome().value() == 0).count(),
                scored.size(),
                scored.stream().mapToDouble(Resolution::crowdBrier).average(),
                rate, seeded.total(),
                scored.stream().mapToDouble(r -> Brier.constant(rate, r.outcome())).average(),
                scored.stream().mapToDouble(r -> Brier.constant(0.5, r.outcome())).average(),
                Calibration.of(questions));
    }
}
