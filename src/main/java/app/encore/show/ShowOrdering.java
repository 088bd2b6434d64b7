package app.encore.show;

import java.util.List;

/**
 * A way to sort the show list that another feature knows how to compute, such as "crowd odds" from
 * the forecasts. The catalogue offers every ordering bean as a sort choice under its {@link #key()}.
 */
public interface ShowOrdering {

    /** The value of {@code ?sort=} and of the {@code sort.<key>} label; lowercase letters and hyphens. */
    String key();

    /** The given shows (ordered by title) in this ordering's order. */
    List<Long> order(List<Long> showIdsByTitle);
}
