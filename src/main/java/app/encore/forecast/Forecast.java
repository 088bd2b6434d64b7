package app.encore.forecast;

import app.encore.fan.FanId;
import app.encore.show.Show;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A fan's current forecast for one show: the aggregate that keeps "one per fan per show". Every
 * change is also appended to the history, which this aggregate never rewrites.
 */
@Table("forecast")
class Forecast {

    private @Id @Nullable Long id;
    /** Null until first saved: Spring Data JDBC then inserts; rows loaded from SQL start at 0. */
    private @Version @Nullable Integer version;
    @Column("show_id")
    private final AggregateReference<Show, Long> show;
    private final UUID fanId;
    private int probability;
    private final Instant firstMadeAt;
    private Instant updatedAt;

    @PersistenceCreator
    Forecast(@Nullable Long id, @Nullable Integer version, AggregateReference<Show, Long> show, UUID fanId, int probability,
            Instant firstMadeAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.show = show;
        this.fanId = fanId;
        this.probability = probability;
        this.firstMadeAt = firstMadeAt;
        this.updatedAt = updatedAt;
    }

    static Forecast first(long showId, FanId fan, int probability, Instant now) {
        checkRange(probability);
        return new Forecast(null, null, AggregateReference.to(showId), fan.value(), probability, now, now);
    }

    /** The fan changes their mind; only the latest counts. */
    void change(int newProbability, Instant now) {
        checkRange(newProbability);
        this.probability = newProbability;
        this.updatedAt = now;
    }

    static void checkRange(int probability) {
        if (probability < 0 || probability > 100) {
            throw new ForecastRefusedException(ForecastRefusedException.Reason.OUT_OF_RANGE);
        }
    }

    long showId() {
        return show.getId();
    }

    UUID fanId() {
        return fanId;
    }

    /** The version this forecast was read at; null before it was first saved. */
    @Nullable Integer version() {
        return version;
    }

    Instant firstMadeAt() {
        return firstMadeAt;
    }

    int probability() {
        return probability;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
