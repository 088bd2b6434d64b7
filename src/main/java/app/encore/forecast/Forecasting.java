package app.encore.forecast;

import app.encore.base.ProofOfWork;
import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.forecast.ForecastRefusedException.Reason;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
    private final FanOrigins origins;
    private final ProofOfWork proofOfWork;
    private final Fans fans;
    private final boolean firstVoteProof;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Saves of one fan take turns on this node, so a double click never races itself. */
    private final ReentrantLock[] fanLocks = new ReentrantLock[LOCK_STRIPES];

    Forecasting(ShowCatalog shows, ForecastStore store, ForecastRepository forecasts, ForecastRateLimits limits,
            FanOrigins origins, ProofOfWork proofOfWork, Fans fans,
            @Value("${encore.forecast.first-vote-proof:true}") boolean firstVoteProof,
            ApplicationEventPublisher events, Clock clock) {
        this.origins = origins;
        this.proofOfWork = proofOfWork;
        this.fans = fans;
        this.firstVoteProof = firstVoteProof;
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
     * season, replacing their earlier forecast. For a fan who voted before; a new fan's first vote
     * needs a proof of work ({@link #forecast(FanId, String, String, long, int, String)}).
     *
     * @param address where the request came from, for the per-address rate limit
     */
    public MyForecast forecast(FanId fan, String address, long showId, int probability) {
        return forecast(fan, address, null, showId, probability, null);
    }

    /**
     * As {@link #forecast(FanId, String, long, int)}, for a fan who came through a venue's kiosk
     * ({@link VenueTokens}): a new fan's first vote then counts against the venue's allowance, not
     * the address's.
     */
    public MyForecast forecast(FanId fan, String address, @Nullable String venue, long showId, int probability) {
        return forecast(fan, address, venue, showId, probability, null);
    }

    /** A fresh proof-of-work challenge for a new fan's first vote (JSON for the browser's widget). */
    public String challenge() {
        return proofOfWork.challengeJson();
    }

    /** The cohort of the fan's first vote ({@link FanOrigins}), for their own data; none before cohorts. */
    public Optional<String> cohortOf(FanId fan) {
        return origins.of(fan).map(FanOrigins.Origin::cohort);
    }

    /** Whether this fan's next vote is their first (no fan yet counts too). */
    public boolean isNewFan(@Nullable FanId fan) {
        return fan == null || origins.of(fan).isEmpty();
    }

    /** Whether this fan's next vote needs a solved proof-of-work challenge: a new fan's first vote does. */
    public boolean needsProof(@Nullable FanId fan) {
        return firstVoteProof && isNewFan(fan);
    }

    /**
     * Records that {@code fan} gives {@code showId} a {@code probability} % chance of a second
     * season, replacing their earlier forecast.
     * <p>
     * A new fan's first vote (on any show) also needs a solved proof-of-work challenge
     * ({@code proof}), counts against the new fans allowed an hour from their address (or through
     * their venue's kiosk), and puts them in that address's (or venue's) cohort for the day, which the
     * crowd odds weigh together ({@link CrowdOddsCalculator}).
     *
     * @param address where the request came from, for the rate limits and the cohort
     * @param venue the venue a valid token named, or null
     * @param proof the widget's solved challenge, needed for a new fan's first vote
     * @throws ForecastRefusedException if the value is not 0–100, the question is resolved, the show
     *     does not exist, this fan or address changed too often in the last minute, or this is a new
     *     fan's first vote without a valid proof or with too many new fans from this address in the
     *     last hour
     */
    public MyForecast forecast(FanId fan, String address, @Nullable String venue, long showId, int probability,
            @Nullable String proof) {
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
        Instant now = clock.instant();
        Optional<FanOrigins.Origin> origin = origins.of(fan);
        String cohort;
        boolean firstVote = origin.isEmpty();
        if (origin.isPresent()) {
            cohort = origin.get().cohort();
        } else {
            if (fans.isRetired(fan)) {
                throw new ForecastRefusedException(Reason.FAN_DELETED);
            }
            if (firstVoteProof && !proofOfWork.accepts(proof)) {
                throw new ForecastRefusedException(Reason.PROOF_NEEDED);
            }
            if (!(venue != null ? limits.tryTakeNewFanAtVenue(venue) : limits.tryTakeNewFan(from))) {
                throw new ForecastRefusedException(Reason.TOO_MANY_NEW_FANS);
            }
            cohort = origins.cohortOf(from, venue, now);
        }
        ReentrantLock lock = fanLocks[Math.floorMod(fan.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            saveRetryingLostRaces(showId, fan, probability, now, cohort, firstVote);
        } finally {
            lock.unlock();
        }
        if (firstVote) {
            origins.remember(fan, cohort);
        }
        events.publishEvent(new ForecastMade(showId, fan, probability, now, cohort));
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
    private void saveRetryingLostRaces(long showId, FanId fan, int probability, Instant now, @Nullable String cohort,
            boolean firstVote) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.save(showId, fan, probability, now, cohort, firstVote);
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
