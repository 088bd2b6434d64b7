package app.encore.forecast;

import app.encore.show.ShowOrdering;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The show list can sort by the crowd's odds and by how many fans forecast. */
@Configuration(proxyBeanMethods = false)
class ForecastOrderings {

    @Bean
    ShowOrdering byCrowdOdds(CrowdOddsService crowd) {
        return new Ordering("odds", crowd, Comparator
                .comparing((CrowdOdds odds) -> odds.hasForecasts()).reversed()
                .thenComparing(Comparator.comparingInt(CrowdOdds::median).reversed())
                .thenComparing(Comparator.comparingInt(CrowdOdds::forecasters).reversed()));
    }

    @Bean
    ShowOrdering byForecasters(CrowdOddsService crowd) {
        return new Ordering("forecasters", crowd, Comparator.comparingInt(CrowdOdds::forecasters).reversed());
    }

    /** Sorts by the shows' crowd odds; the sort is stable, so ties keep title order. */
    private record Ordering(String key, CrowdOddsService crowd, Comparator<CrowdOdds> comparator)
            implements ShowOrdering {

        @Override
        public List<Long> order(List<Long> showIdsByTitle) {
            Map<Long, CrowdOdds> odds = crowd.odds(showIdsByTitle);
            return showIdsByTitle.stream().sorted(Comparator.comparing(odds::get, comparator)).toList();
        }
    }
}
