package app.encore.show;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The groups of facts a show page shows, each of which must name a source before the show is
 * published. A source says which groups it supports.
 */
public enum FactGroup {
    /** The English and Korean titles. */
    TITLES,
    /** Network, platforms, studio, air dates and episodes. */
    BROADCAST,
    SYNOPSIS,
    CAST,
    RATINGS,
    AWARDS,
    PETITIONS;

    /** As stored: names joined by commas, in this order; null for none. */
    static @Nullable String join(Set<FactGroup> groups) {
        return groups.isEmpty() ? null : EnumSet.copyOf(groups).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Parses what {@link #join} wrote; unknown names are ignored. */
    static Set<FactGroup> split(@Nullable String stored) {
        Set<FactGroup> groups = EnumSet.noneOf(FactGroup.class);
        if (stored != null) {
            for (String name : stored.split(",")) {
                try {
                    groups.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    // written by a later version: ignore
                }
            }
        }
        return groups;
    }

    /** The key of this group's name in the translations, e.g. {@code fact-group.CAST}. */
    public String messageKey() {
        return "fact-group." + name();
    }
}
