package app.encore.show;

import app.encore.base.PlainText;
import app.encore.base.WebLink;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a show's facts must be, checked all at once so every problem is reported beside its field:
 * by path ({@code title}, {@code cast[2].actor}, {@code sources[0].url}), each with a message key
 * and its arguments. A draft needs a slug and a title and well-formed facts; a show to be published
 * also needs, for every group of facts it has, a source that supports it.
 */
public final class ShowRules {

    /** A problem with one field: the key of its message in the translations, and its arguments. */
    public record Problem(String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ShowRules() {
    }

    /**
     * Problems that stop the facts being saved at all, even as a draft.
     *
     * @param slugTaken whether another show already has a slug
     */
    public static Map<String, Problem> check(ShowFacts facts, Predicate<String> slugTaken) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (facts.slug() == null) {
            problems.put("slug", Problem.of("show-edit.error.required"));
        } else if (facts.slug().length() > 120 || !SLUG.matcher(facts.slug()).matches()) {
            problems.put("slug", Problem.of("show-edit.error.slug"));
        } else if (slugTaken.test(facts.slug())) {
            problems.put("slug", Problem.of("show-edit.error.slug-taken"));
        }
        required(problems, "title", facts.title(), 200);
        length(problems, "nativeTitle", facts.nativeTitle(), 200);
        length(problems, "network", facts.network(), 60);
        length(problems, "studio", facts.studio(), 200);
        if (facts.firstAired() != null && facts.lastAired() != null && facts.lastAired().isBefore(facts.firstAired())) {
            problems.put("lastAired", Problem.of("show-edit.error.dates"));
        }
        if (facts.episodes() != null && (facts.episodes() < 1 || facts.episodes() > 1000)) {
            problems.put("episodes", Problem.of("show-edit.error.episodes"));
        }
        length(problems, "synopsis", facts.synopsis(), 4000, true);
        Set<String> platforms = new HashSet<>();
        for (int i = 0; i < facts.platforms().size(); i++) {
            String platform = facts.platforms().get(i);
            length(problems, "platforms[" + i + "]", platform, 60);
            if (!platforms.add(platform.toLowerCase(Locale.ROOT))) {
                problems.put("platforms[" + i + "]", Problem.of("show-edit.error.duplicate"));
            }
        }
        for (int i = 0; i < facts.cast().size(); i++) {
            var member = facts.cast().get(i);
            required(problems, "cast[" + i + "].actor", member.actor(), 120);
            length(problems, "cast[" + i + "].role", member.role(), 120);
        }
        for (int i = 0; i < facts.ratings().size(); i++) {
            var rating = facts.ratings().get(i);
            required(problems, "ratings[" + i + "].agency", rating.agency(), 120);
            required(problems, "ratings[" + i + "].measure", rating.measure(), 200);
            if (rating.percent() == null) {
                problems.put("ratings[" + i + "].percent", Problem.of("show-edit.error.required"));
            } else if (rating.percent().signum() < 0 || rating.percent().compareTo(BigDecimal.valueOf(100)) > 0
                    || rating.percent().scale() > 2) {
                problems.put("ratings[" + i + "].percent", Problem.of("show-edit.error.percent"));
            }
        }
        for (int i = 0; i < facts.awards().size(); i++) {
            var award = facts.awards().get(i);
            required(problems, "awards[" + i + "].name", award.name(), 300);
            length(problems, "awards[" + i + "].presenter", award.presenter(), 200);
            if (award.year() != null && (award.year() < 1950 || award.year() > 2100)) {
                problems.put("awards[" + i + "].year", Problem.of("show-edit.error.year"));
            }
        }
        for (int i = 0; i < facts.petitions().size(); i++) {
            var petition = facts.petitions().get(i);
            required(problems, "petitions[" + i + "].description", petition.description(), 300);
            length(problems, "petitions[" + i + "].site", petition.site(), 120);
            link(problems, "petitions[" + i + "].url", petition.url());
            if (petition.signatures() != null && petition.signatures() < 0) {
                problems.put("petitions[" + i + "].signatures", Problem.of("show-edit.error.signatures"));
            }
        }
        for (int i = 0; i < facts.sources().size(); i++) {
            var source = facts.sources().get(i);
            required(problems, "sources[" + i + "].title", source.title(), 300);
            length(problems, "sources[" + i + "].publisher", source.publisher(), 120);
            if (source.url() == null) {
                problems.put("sources[" + i + "].url", Problem.of("show-edit.error.source-link"));
            } else {
                link(problems, "sources[" + i + "].url", source.url());
            }
            length(problems, "sources[" + i + "].quote", source.quote(), 600);
            if (source.covers().isEmpty()) {
                problems.put("sources[" + i + "].covers", Problem.of("show-edit.error.covers"));
            }
        }
        return problems;
    }

    /** Problems that stop the facts being published: {@link #check}'s, and groups with no source. */
    public static Map<String, Problem> checkForPublishing(ShowFacts facts, Predicate<String> slugTaken) {
        Map<String, Problem> problems = check(facts, slugTaken);
        Set<FactGroup> unsourced = EnumSet.noneOf(FactGroup.class);
        unsourced.addAll(facts.filledGroups());
        facts.sources().forEach(source -> unsourced.removeAll(source.covers()));
        if (facts.sources().isEmpty()) {
            problems.put("sources", Problem.of("show-edit.error.no-source"));
        } else if (!unsourced.isEmpty()) {
            problems.put("sources", Problem.of("show-edit.error.unsourced",
                    unsourced.stream().map(Enum::name).collect(Collectors.joining(","))));
        }
        return problems;
    }

    private static void required(Map<String, Problem> problems, String field, @Nullable String value, int max) {
        if (value == null) {
            problems.put(field, Problem.of("show-edit.error.required"));
        } else {
            length(problems, field, value, max);
        }
    }

    private static void length(Map<String, Problem> problems, String field, @Nullable String value, int max) {
        length(problems, field, value, max, false);
    }

    private static void length(Map<String, Problem> problems, String field, @Nullable String value, int max,
            boolean lines) {
        if (!(lines ? PlainText.isText(value) : PlainText.isLine(value))) {
            problems.put(field, Problem.of(PlainText.REFUSED));
        } else if (value != null && value.length() > max) {
            problems.put(field, Problem.of("show-edit.error.too-long", max));
        }
    }

    private static void link(Map<String, Problem> problems, String field, @Nullable String url) {
        if (url != null && !WebLink.isWebLink(url)) {
            problems.put(field, Problem.of("show-edit.error.link"));
        }
    }

    /** Whether this could be a show's address at all: asked before looking one up by what a visitor typed. */
    public static boolean isSlug(@Nullable String slug) {
        return slug != null && slug.length() <= 120 && SLUG.matcher(slug).matches();
    }

    /**
     * A slug proposed from a title: its letters and digits in lowercase, joined by hyphens, accents
     * dropped. Empty when the title has none (a Korean-only title, say): staff type one then.
     */
    public static String proposeSlug(@Nullable String title) {
        if (title == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }
}
