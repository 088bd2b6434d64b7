package app.encore.forecast;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Current forecasts, read; {@link ForecastStore} saves them, and the history, in groups. */
interface ForecastRepository extends ListCrudRepository<Forecast, Long> {

    @Query("SELECT * FROM forecast WHERE show_id = :showId AND fan_id = :fanId")
    Optional<Forecast> findCurrent(long showId, UUID fanId);

    @Query("SELECT * FROM forecast WHERE fan_id = :fanId ORDER BY updated_at DESC")
    java.util.List<Forecast> findAllCurrent(UUID fanId);

    /** Whether the fan ever forecast any show (their first vote is the one new fans are limited on). */
    @Query("SELECT COUNT(*) > 0 FROM forecast_history WHERE fan_id = :fanId")
    boolean hasForecast(UUID fanId);
}
