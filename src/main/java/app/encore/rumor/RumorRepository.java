package app.encore.rumor;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RumorRepository extends ListCrudRepository<Rumor, Long> {

    @Query("SELECT * FROM rumor WHERE show_id = :showId AND (moderation_state = 'PUBLISHED'"
            + " OR (moderation_state = 'PENDING' AND submitted_by = :fan))"
            + " ORDER BY first_seen DESC, id DESC")
    List<Rumor> findVisibleTo(long showId, UUID fan);

    /** The desk's queue ("PENDING") also holds the published rumors fans reported since a moderator looked. */
    @Query("SELECT * FROM rumor WHERE moderation_state = :state OR (:state = 'PENDING'"
            + " AND moderation_state = 'PUBLISHED' AND EXISTS (SELECT 1 FROM rumor_report r WHERE r.rumor_id = rumor.id))"
            + " ORDER BY submitted_at, id LIMIT :limit OFFSET :offset")
    List<Rumor> findByStateOldestFirst(String state, int limit, int offset);

    @Query("SELECT * FROM rumor WHERE show_id = :showId AND moderation_state = 'PUBLISHED'"
            + " ORDER BY published_at DESC, id DESC LIMIT 1")
    java.util.Optional<Rumor> findLatestPublished(long showId);

    @Query("SELECT * FROM rumor WHERE moderation_state = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT :limit")
    List<Rumor> findNewestPublished(int limit);

    @Query("SELECT * FROM rumor WHERE show_id = :showId AND moderation_state = 'PUBLISHED'"
            + " ORDER BY published_at DESC, id DESC LIMIT :limit")
    List<Rumor> findNewestPublishedOf(long showId, int limit);

    @Query("SELECT COUNT(*) FROM rumor WHERE moderation_state = :state OR (:state = 'PENDING'"
            + " AND moderation_state = 'PUBLISHED' AND EXISTS (SELECT 1 FROM rumor_report r WHERE r.rumor_id = rumor.id))")
    int countByState(String state);

    @Query("SELECT * FROM rumor WHERE submitted_by = :fan ORDER BY submitted_at DESC, id DESC")
    List<Rumor> findSubmittedBy(java.util.UUID fan);
}
