package app.encore.forecast;

import app.encore.fan.FanDeleted;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fan deleted themselves: their current forecasts are deleted, so they leave the crowd odds from
 * that moment. Their history, which scores already published were computed from, stays under their
 * anonymous id, with a row without odds that marks the moment they left, so that replaying a
 * question gives the same crowd as the live page showed. Their cohort moves with it.
 */
@Component
class ForecastErasure {

    private final JdbcClient jdbc;
    private final FanOrigins origins;
    private final ApplicationEventPublisher events;

    ForecastErasure(JdbcClient jdbc, FanOrigins origins, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.origins = origins;
        this.events = events;
    }

    @EventListener
    void on(FanDeleted deleted) {
        List<Long> shows = jdbc.sql("SELECT show_id FROM forecast WHERE fan_id = :fan ORDER BY show_id")
                .param("fan", deleted.fan().value()).query(Long.class).list();
        jdbc.sql("DELETE FROM forecast WHERE fan_id = :fan").param("fan", deleted.fan().value()).update();
        jdbc.sql("UPDATE forecast_history SET fan_id = :anonymous WHERE fan_id = :fan")
                .param("anonymous", deleted.anonymous().value()).param("fan", deleted.fan().value()).update();
        for (long show : shows) {
            jdbc.sql("INSERT INTO forecast_history (show_id, fan_id, probability, made_at)"
                            + " VALUES (:show, :anonymous, NULL, :at)")
                    .param("show", show).param("anonymous", deleted.anonymous().value())
                    .param("at", deleted.at().atOffset(ZoneOffset.UTC)).update();
        }
        origins.moveTo(deleted.fan(), deleted.anonymous());
        events.publishEvent(new CrowdsChanged(shows));
    }
}
