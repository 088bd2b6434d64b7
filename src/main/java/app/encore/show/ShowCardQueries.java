package app.encore.show;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list's read side: filtered, sorted, paged cards in two small queries (the cards, then the
 * platforms of just those cards), in SQL that runs unchanged on H2 and PostgreSQL.
 */
@Component
class ShowCardQueries {

    /** Titles compared without case and without the punctuation fans leave out when typing. */
    private static final String SEARCHABLE = "LOWER(REPLACE(REPLACE(REPLACE(%s, '''', ''), '’', ''), ':', ''))";

    private final JdbcClient jdbc;

    ShowCardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ShowPage find(ShowQuery query, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);

        int total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Integer.class).single();
        if (total == 0 || offset >= total) {
            return new ShowPage(List.of(), total);
        }

        String order = switch (query.sort()) {
            case ShowQuery.NEWEST -> " ORDER BY s.first_aired DESC NULLS LAST, LOWER(s.title), s.id";
            default -> " ORDER BY LOWER(s.title), s.id";
        };
        params.put("limit", limit);
        params.put("offset", offset);
        List<CardRow> rows = jdbc.sql(CARD_COLUMNS + where + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(ShowCardQueries::cardRow)
                .list();
        return new ShowPage(withPlatforms(rows), total);
    }

    /** The ids of every matching show, by title: for orderings computed outside SQL. */
    List<Long> matchingIds(ShowQuery query) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT s.id" + where(query, params) + " ORDER BY LOWER(s.title), s.id")
                .params(params).query(Long.class).list();
    }

    /** The cards of these shows, in the order given. */
    List<ShowCard> decided() {
        return cards(jdbc.sql("SELECT id FROM shows WHERE official_status <> 'UNANNOUNCED' AND visibility = 'PUBLISHED'"
                        + " ORDER BY id")
                .query(Long.class).list());
    }

    List<ShowCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CardRow> byId = new HashMap<>();
        jdbc.sql(CARD_COLUMNS + " FROM shows s WHERE s.id IN (:ids)").param("ids", ids)
                .query(ShowCardQueries::cardRow).list().forEach(row -> byId.put(row.id(), row));
        return withPlatforms(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    java.util.Optional<OfficialStatus> officialStatus(long showId) {
        return jdbc.sql("SELECT official_status FROM shows WHERE id = :id AND visibility = 'PUBLISHED'")
                .param("id", showId)
                .query(String.class).optional().map(OfficialStatus::valueOf);
    }

    private static final String CARD_COLUMNS = "SELECT s.id, s.slug, s.title, s.native_title, s.network,"
            + " s.first_aired, s.last_aired, s.official_status";

    private List<ShowCard> withPlatforms(List<CardRow> rows) {
        Map<Long, List<String>> platforms = platformsOf(rows.stream().map(CardRow::id).toList());
        return rows.stream().map(row -> row.toCard(platforms.getOrDefault(row.id(), List.of()))).toList();
    }

    private static String where(ShowQuery query, Map<String, Object> params) {
        var where = new StringBuilder(" FROM shows s WHERE s.visibility = 'PUBLISHED'");
        if (query.text() != null) {
            where.append(" AND (").append(SEARCHABLE.formatted("s.title")).append(" LIKE :text ESCAPE '\\'")
                    .append(" OR ").append(SEARCHABLE.formatted("s.native_title")).append(" LIKE :text ESCAPE '\\')");
            params.put("text", "%" + likeEscaped(searchable(query.text())) + "%");
        }
        if (query.status() != null) {
            where.append(" AND s.official_status = :status");
            params.put("status", query.status().name());
        }
        if (query.network() != null) {
            where.append(" AND s.network = :network");
            params.put("network", query.network());
        }
        if (query.platform() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM show_platform p WHERE p.show_id = s.id AND p.name = :platform)");
            params.put("platform", query.platform());
        }
        return where.toString();
    }

    List<String> networks() {
        return jdbc.sql("SELECT DISTINCT network FROM shows WHERE network IS NOT NULL AND visibility = 'PUBLISHED'"
                        + " ORDER BY network")
                .query(String.class).list();
    }

    List<ShowListing> listings() {
        return jdbc.sql("SELECT id, slug, title, created_at, status_changed_at FROM shows WHERE visibility = 'PUBLISHED'"
                        + " ORDER BY title, id")
                .query(ShowCardQueries::listing).list();
    }

    java.util.Optional<ShowListing> listing(String slug) {
        return jdbc.sql("SELECT id, slug, title, created_at, status_changed_at FROM shows WHERE slug = :slug"
                        + " AND visibility = 'PUBLISHED'")
                .param("slug", slug).query(ShowCardQueries::listing).optional();
    }

    private static ShowListing listing(ResultSet rs, int rowNum) throws SQLException {
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        OffsetDateTime changed = rs.getObject("status_changed_at", OffsetDateTime.class);
        Instant last = changed == null || changed.toInstant().isBefore(created) ? created : changed.toInstant();
        return new ShowListing(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), last);
    }

    List<Announcement> announcements(java.util.Optional<Long> showId, int limit) {
        return jdbc.sql("SELECT c.show_id, c.status, c.source_title, c.source_url, c.changed_at, c.note"
                        + " FROM show_status_change c JOIN shows s ON s.id = c.show_id WHERE s.visibility = 'PUBLISHED'"
                        + (showId.isPresent() ? " AND c.show_id = :show" : "")
                        + " ORDER BY c.changed_at DESC, c.id DESC LIMIT :limit")
                .params(showId.isPresent() ? Map.of("show", showId.get(), "limit", limit) : Map.of("limit", limit))
                .query((rs, n) -> new Announcement(rs.getLong("show_id"), OfficialStatus.valueOf(rs.getString("status")),
                        rs.getString("source_title"), rs.getString("source_url"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("note")))
                .list();
    }

    List<String> platforms() {
        return jdbc.sql("SELECT DISTINCT p.name FROM show_platform p JOIN shows s ON s.id = p.show_id"
                + " WHERE s.visibility = 'PUBLISHED' ORDER BY p.name").query(String.class).list();
    }

    private Map<Long, List<String>> platformsOf(List<Long> showIds) {
        Map<Long, List<String>> byShow = new LinkedHashMap<>();
        if (showIds.isEmpty()) {
            return byShow;
        }
        jdbc.sql("SELECT show_id, name FROM show_platform WHERE show_id IN (:ids) ORDER BY show_id, position")
                .param("ids", showIds)
                .query((rs, n) -> Map.entry(rs.getLong("show_id"), rs.getString("name")))
                .list()
                .forEach(e -> byShow.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return byShow;
    }

    /** The same normalisation as {@link #SEARCHABLE}, applied to what the fan typed. */
    static String searchable(String text) {
        return text.replace("'", "").replace("’", "").replace(":", "").toLowerCase(Locale.ROOT);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CardRow cardRow(ResultSet rs, int rowNum) throws SQLException {
        return new CardRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("native_title"), rs.getString("network"),
                rs.getObject("first_aired", java.time.LocalDate.class),
                rs.getObject("last_aired", java.time.LocalDate.class),
                OfficialStatus.valueOf(rs.getString("official_status")));
    }

    private record CardRow(long id, String slug, String title, String nativeTitle, String network,
            java.time.LocalDate firstAired, java.time.LocalDate lastAired, OfficialStatus status) {

        ShowCard toCard(List<String> platforms) {
            return new ShowCard(id, slug, title, nativeTitle, network, List.copyOf(platforms), firstAired, lastAired,
                    status);
        }
    }
}
