package app.encore.rumor;

import app.encore.fan.FanDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fan deleted themselves: the rumors they sent that never went public (waiting or rejected) are
 * deleted; published ones stay on the shows' pages, where they never named the fan, under the
 * fan's anonymous id. Their reports stay counted, under that id too.
 */
@Component
class RumorErasure {

    private final JdbcClient jdbc;

    RumorErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(FanDeleted deleted) {
        jdbc.sql("DELETE FROM rumor WHERE submitted_by = :fan AND moderation_state <> 'PUBLISHED'")
                .param("fan", deleted.fan().value()).update();
        jdbc.sql("UPDATE rumor SET submitted_by = :anonymous WHERE submitted_by = :fan")
                .param("anonymous", deleted.anonymous().value()).param("fan", deleted.fan().value()).update();
        jdbc.sql("UPDATE rumor_report SET fan_id = :anonymous WHERE fan_id = :fan")
                .param("anonymous", deleted.anonymous().value()).param("fan", deleted.fan().value()).update();
    }
}
