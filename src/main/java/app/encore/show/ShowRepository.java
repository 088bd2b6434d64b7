package app.encore.show;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Shows by id and by slug; list queries with filters live in {@link ShowCardQueries}. */
interface ShowRepository extends ListCrudRepository<Show, Long> {

    /**
     * Written out rather than derived from the method's name: a derived query renders its SQL anew on
     * every call, and every show page asks this (the show's collections load as for any aggregate).
     */
    @Query("SELECT * FROM shows WHERE slug = :slug")
    Optional<Show> findBySlug(String slug);
}
