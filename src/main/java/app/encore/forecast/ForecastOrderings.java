package app.encore.forecast;

import app.encore.show.ShowCard;
import app.encore.show.ShowCatalog;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Set;
import java.util.stream.Collectors;

import app.encore.show.ShowOrdering;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The show list can sort by the crowd's odds and by how many fans forecast. */
@Configuration(proxyBeanMethods = false)
class ForecastOrderings {

    /** Open questions by their odds; decided shows after them all (their odds are history, not a forecast). */
    @Bean
    ShowOrdering byCrowdOdds(CrowdOddsService crowd, ObjectProvider<ShowCatalog> catalog) {
        return new Ordering("odds", crowd, catalog, true, Comparator
                .comparing((CrowdOdds odds) -> odds.hasForecasts()).reversed()
                .thenComparing(Comparator.comparingInt(CrowdOdds::median).reversed())
                .thenComparing(Comparator.comparingInt(CrowdOdds::forecasters).reversed()));
    }

    @Bean
    ShowOrdering byForecasters(CrowdOddsService crowd, ObjectProvider<ShowCatalog> catalog) {
        return new Ordering("forecasters", crowd, catalog, false,
                Comparator.comparingInt(CrowdOdds::forecasters).reversed());
    }

    /**
     * Sorts by the shows' crowd odds; the sort is stable, so ties keep title order. With
     * {@code openFirst}, shows whose question is decided come last, in title order.
     */
    // The catalogue offers the orderings, so it is looked up when a list is sorted, not when they are made.
    private record Ordering(String key, CrowdOddsService crowd, ObjectProvider<ShowCatalog> catalog, boolean openFirst,
            Comparator<CrowdOdds> comparator) implements ShowOrdering {

        @Override
        public List<Long> order(List<Long> showIdsByTitle) {
            Map<Long, CrowdOdds> odds = crowd.odds(showIdsByTitle);
            Set<Long> decided = openFirst ? catalog.getObject().cardsOf(showIdsByTitle).stream()
                    .filter(card -> !card.officialStatus().isOpen()).map(ShowCard::id).collect(Collectors.toSet())
                    : Set.of();
            Comparator<Long> order = Comparator.comparing(decided::contains);
            return showIdsByTitle.stream().sorted(order.thenComparing(id -> decided.contains(id) ? null : odds.get(id),
                    Comparator.nullsLast(comparator))).toList();
        }
    }
}
