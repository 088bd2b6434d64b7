package app.encore.resolution;

import app.encore.audit.AuditLog;
import app.encore.fan.FanId;
import app.encore.forecast.CrowdOddsPoint;
import app.encore.forecast.ForecastChange;
import app.encore.forecast.ForecastPaths;
import app.encore.scoring.CrowdPath;
import app.encore.scoring.Outcome;
import app.encore.scoring.QuestionScore;
import app.encore.scoring.TimedForecast;
import app.encore.show.OfficialStatus;
import app.encore.show.OfficialStatusChanged;
import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import app.encore.staff.Staff;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves and annuls questions as the official status changes, in the admin's transaction: a
 * status change and its resolution commit together or not at all.
 * <p>
 * A change to {@code RENEWED} (YES) or {@code CANCELLED} (NO) resolves the question as of the
 * announcement time: the forecasts made before it are read back from the history, the crowd's odds
 * are replayed from them, and every fan who forecast is scored ({@link QuestionScore}). Any change
 * first annuls the resolution in force: a withdrawn status reopens the question, and a corrected one
 * (another outcome, source or time) replaces it. Rows are only ever added.
 */
@Component
class Resolver {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final ShowCatalog shows;
    private final ForecastPaths paths;
    private final Resolutions resolutions;
    private final AuditLog audit;

    Resolver(JdbcClient jdbc, NamedParameterJdbcOperations batch, ShowCatalog shows, ForecastPaths paths,
            Resolutions resolutions, AuditLog audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.shows = shows;
        this.paths = paths;
        this.resolutions = resolutions;
        this.audit = audit;
    }

    @EventListener
    void on(OfficialStatusChanged change) {
        String admin = Staff.current();
        resolutions.inForce(change.showId()).ifPresent(inForce -> annul(inForce, change, admin));
        if (change.resolves()) {
            resolve(change, admin);
        }
    }

    private void annul(Resolution resolution, OfficialStatusChanged change, String admin) {
        String reason = change.withdrawnBecause() != null ? change.withdrawnBecause()
                : "Replaced by the status " + change.status().name() + " per " + titleOf(change);
        jdbc.sql("INSERT INTO resolution_annulment (resolution_id, reason, annulled_by, annulled_at)"
                        + " VALUES (:id, :reason, :by, :at)")
                .param("id", resolution.id()).param("reason", clip(reason, 500)).param("by", admin)
                .param("at", change.at().atOffset(ZoneOffset.UTC)).update();
        audit.record(admin, "question.annulled", subject(change), clip(reason, 1000),
                "resolution " + resolution.id() + " (" + resolution.outcome() + ") annulled; its scores no longer count"
                        + (change.resolves() ? "" : "; the question is open again"));
    }

    private void resolve(OfficialStatusChanged change, String admin) {
        Outcome outcome = change.status() == OfficialStatus.RENEWED ? Outcome.YES : Outcome.NO;
        Instant announced = change.announcedAt();
        List<ForecastChange> before = paths.before(change.showId(), announced);
        List<TimedForecast> crowd = paths.crowdBefore(change.showId(), announced).stream()
                .map(point -> new TimedForecast(point.at(), point.median())).toList();
        Map<FanId, List<TimedForecast>> byFan = new LinkedHashMap<>();
        before.forEach(made -> byFan.computeIfAbsent(made.fan(), fan -> new ArrayList<>())
                .add(new TimedForecast(made.at(), made.probability())));
        Instant opened = before.isEmpty() ? null : before.getFirst().at();
        Integer crowdLast = crowd.isEmpty() ? null : crowd.getLast().percent();
        // The crowd's Brier on the page and the one each fan is compared with come from one path.
        var crowdPath = new CrowdPath(crowd, announced, outcome);
        OptionalDouble crowdBrier = opened == null || crowd.isEmpty() || !announced.isAfter(opened)
                ? OptionalDouble.empty() : OptionalDouble.of(crowdPath.timeAveraged(opened));

        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO resolution (show_id, outcome, opened_at, announced_at, source_title, source_url,"
                        + " crowd_last, crowd_brier, forecasters, resolved_by, resolved_at) VALUES (:show, :outcome,"
                        + " :opened, :announced, :title, :url, :last, :brier, :forecasters, :by, :at)")
                .param("show", change.showId()).param("outcome", outcome.name())
                .param("opened", opened == null ? null : opened.atOffset(ZoneOffset.UTC))
                .param("announced", announced.atOffset(ZoneOffset.UTC))
                .param("title", titleOf(change)).param("url", change.source() == null ? null : change.source().url())
                .param("last", crowdLast)
                .param("brier", crowdBrier.isPresent() ? crowdBrier.getAsDouble() : null)
                .param("forecasters", byFan.size()).param("by", admin)
                .param("at", change.at().atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();

        List<SqlParameterSource> scores = new ArrayList<>();
        byFan.forEach((fan, path) -> QuestionScore.of(path, crowdPath, opened, announced, outcome).ifPresent(score ->
                scores.add(new MapSqlParameterSource().addValue("resolution", id).addValue("fan", fan.value())
                        .addValue("fanBrier", score.fanBrier()).addValue("crowdBrier", score.crowdBrier())
                        .addValue("relative", score.relative()).addValue("coverage", score.coverage())
                        .addValue("first", score.firstForecast().atOffset(ZoneOffset.UTC))
                        .addValue("final", path.getLast().percent()))));
        if (!scores.isEmpty()) {
            batch.batchUpdate("INSERT INTO question_score (resolution_id, fan_id, fan_brier,"
                    + " crowd_brier, relative_brier, coverage, first_forecast_at, final_forecast) VALUES (:resolution,"
                    + " :fan, :fanBrier, :crowdBrier, :relative, :coverage, :first, :final)",
                    scores.toArray(SqlParameterSource[]::new));
        }
        audit.record(admin, "question.resolved", subject(change), null,
                outcome + " as of " + announced + "; " + scores.size() + " fans scored"
                        + Optional.ofNullable(crowdLast).map(last -> "; the crowd said " + last + " %").orElse(""));
    }

    private String subject(OfficialStatusChanged change) {
        return "show " + shows.cardsOf(List.of(change.showId())).stream().findFirst()
                .map(ShowCard::slug).orElse(Long.toString(change.showId()));
    }

    private static String titleOf(OfficialStatusChanged change) {
        return change.source() == null ? change.status().name() : clip(change.source().title(), 300);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
