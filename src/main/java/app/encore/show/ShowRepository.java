package app.encore.show;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Shows by id and by slug; list queries with filters live in {@link ShowCardQueries}. */
interface ShowRepository extends ListCrudRepository<Show, Long> {

    Optional<Show> findBySlug(String slug);
}
