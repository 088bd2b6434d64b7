package app.encore.resolution;

import app.encore.fan.FanDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fan deleted themselves: the scores already published for them stay, so each question's record
 * is not rewritten, but under the fan's anonymous id. Without a display name, that id is on no
 * leaderboard.
 */
@Component
class ScoreErasure {

    private final JdbcClient jdbc;

    ScoreErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(FanDeleted deleted) {
        jdbc.sql("UPDATE question_score SET fan_id = :anonymous WHERE fan_id = :fan")
                .param("anonymous", deleted.anonymous().value()).param("fan", deleted.fan().value()).update();
    }
}
