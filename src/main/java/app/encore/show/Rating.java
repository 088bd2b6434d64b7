package app.encore.show;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** A viewership rating, e.g. Nielsen Korea, nationwide average, 5.4 %. */
@Table("show_rating")
public record Rating(String agency, String measure, BigDecimal percent) {
    public Rating {
        agency = Text.required(agency, "rating agency");
        measure = Text.required(measure, "rating measure");
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A rating is a percentage from 0 to 100, not " + percent);
        }
    }
}
