package app.encore.forecast;

import app.encore.fan.FanId;
import app.encore.forecast.ForecastRefusedException.Reason;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fans give their odds. One current forecast per fan per show (the schema's unique constraint has
 * the last word); every change is appended to the history and announced as {@link ForecastMade}.
 */
@Service
public class Forecasting {

    private static final int ATTEMPTS = 5;
    private static final int LOCK_STRIPES = 256;

    private final ShowCatalog shows;
    private final ForecastStore store;
    private final ForecastRepository forecasts;
    private final ForecastRateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Saves of one fan take turns on this node, so a double click never races itself. */
    private final ReentrantLock[] fanLocks = new ReentrantLock[LOCK_STRIPES];

    Forecasting(ShowCatalog shows, ForecastStore store, ForecastRepository forecasts, ForecastRateLimits limits,
            ApplicationEventPublisher events, Clock clock) {
        this.shows = shows;
        this.store = store;
        this.forecasts = forecasts;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            fanLocks[i] = new ReentrantLock();
        }
    }

    /**
     * Records that {@code fan} gives {@code showId} a {@code probability} % chance of a second
     * season, replacing their earlier forecast.
     *
     * @param address where the request came from, for the per-address rate limit
     * @throws ForecastRefusedException if the value is not 0–100, the question is resolved, the show
     *     does not exist, this fan or address changed too often in the last minute, or this is a new
     *     fan's first vote and too many new fans voted from this address in the last hour
     */
    public MyForecast forecast(FanId fan, String address, long showId, int probability) {
        return forecast(fan, address, null, showId, probability);
    }

    /**
     * As {@link #forecast(FanId, String, long, int)}, for a fan who came through a venue's kiosk
     * ({@link VenueTokens}): a new fan's first vote then counts against the venue's allowance, not
     * the address's.
     *
     * @param venue the venue a valid token named, or null
     */
    public MyForecast forecast(FanId fan, String address, @Nullable String venue, long showId, int probability) {
        Forecast.checkRange(probability);
        OfficialStatus status = shows.officialStatus(showId)
                .orElseThrow(() -> new ForecastRefusedException(Reason.NO_SUCH_SHOW));
        if (!status.isOpen()) {
            throw new ForecastRefusedException(Reason.QUESTION_CLOSED);
        }
        String from = address == null ? "unknown" : address;
        if (!limits.tryTake(fan, from)) {
            throw new ForecastRefusedException(Reason.TOO_FAST);
        }
        if (!forecasts.hasForecast(fan.value())
                && !(venue != null ? limits.tryTakeNewFanAtVenue(venue) : limits.tryTakeNewFan(from))) {
            throw new ForecastRefusedException(Reason.TOO_MANY_NEW_FANS);
        }
        Instant now = clock.instant();
        ReentrantLock lock = fanLocks[Math.floorMod(fan.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            saveRetryingLostRaces(showId, fan, probability, now);
        } finally {
            lock.unlock();
        }
        events.publishEvent(new ForecastMade(showId, fan, probability, now));
        return new MyForecast(showId, probability, now);
    }

    /** Every show the fan forecast, with their current odds, the most recently changed first. */
    @Transactional(readOnly = true)
    public java.util.List<MyForecast> currentForecasts(FanId fan) {
        return forecasts.findAllCurrent(fan.value()).stream()
                .map(forecast -> new MyForecast(forecast.showId(), forecast.probability(), forecast.updatedAt()))
                .toList();
    }

    /** Every forecast the fan ever made, each change, oldest first: what Encore keeps of them. */
    @Transactional(readOnly = true)
    public java.util.List<MyForecast> history(FanId fan) {
        return store.history(fan);
    }

    /** The fan's current forecast for the show, if they made one. */
    @Transactional(readOnly = true)
    public Optional<MyForecast> currentForecast(FanId fan, long showId) {
        return forecasts.findCurrent(showId, fan.value())
                .map(forecast -> new MyForecast(showId, forecast.probability(), forecast.updatedAt()));
    }

    /**
     * Another node (or tab on another node) may insert the same fan's first forecast, or update it,
     * at the same moment: the unique constraint or the version check refuses the loser, or
     * PostgreSQL picks it as a deadlock's or serialization's victim; the loser simply tries again and
     * updates the winner's row.
     */
    private void saveRetryingLostRaces(long showId, FanId fan, int probability, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.save(showId, fan, probability, now);
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
