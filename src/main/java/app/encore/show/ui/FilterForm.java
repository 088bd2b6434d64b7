package app.encore.show.ui;

import static app.encore.base.ui.Markup.element;
import static app.encore.base.ui.Markup.text;

import app.encore.base.ui.Texts;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The search and filters of the show list as a plain HTML form: a search box and native selects,
 * which work with the keyboard, screen readers and phones' own pickers. Without JavaScript the form
 * is sent as an address ({@code ?q=&status=&network=&platform=&sort=}) and the page's first
 * response lists what it asks for; the live view listens to the same form and filters in place. The
 * address is also how a filtered list is shared and survives a reload.
 */
final class FilterForm {

    static final String TEXT = "q";
    static final String STATUS = "status";
    static final String NETWORK = "network";
    static final String PLATFORM = "platform";
    static final String SORT = "sort";

    private FilterForm() {
    }

    /**
     * The list an address (or the form) asks for. Someone may have typed or edited it: unknown
     * values mean "no filter" (or sort by title), never an error.
     */
    static ShowQuery query(Map<String, List<String>> params, ShowCatalog catalog) {
        return new ShowQuery(first(params, TEXT).orElse(null),
                first(params, STATUS).flatMap(FilterForm::status).orElse(null),
                first(params, NETWORK).filter(catalog.networks()::contains).orElse(null),
                first(params, PLATFORM).filter(catalog.platforms()::contains).orElse(null),
                first(params, SORT).map(v -> v.strip().toLowerCase(Locale.ROOT))
                        .filter(catalog.sortKeys()::contains).orElse(ShowQuery.TITLE));
    }

    /** The same query with one field as the form now says. */
    static ShowQuery with(ShowQuery query, String field, String value, ShowCatalog catalog) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        parameters(query).forEach((name, current) -> params.put(name, List.of(current)));
        params.put(field, List.of(value == null ? "" : value));
        return query(params, catalog);
    }

    /** The address's query parameters for this query; filters that are "any" are left out. */
    static Map<String, String> parameters(ShowQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query.text() != null) {
            values.put(TEXT, query.text());
        }
        if (query.status() != null) {
            values.put(STATUS, query.status().name().toLowerCase(Locale.ROOT));
        }
        if (query.network() != null) {
            values.put(NETWORK, query.network());
        }
        if (query.platform() != null) {
            values.put(PLATFORM, query.platform());
        }
        if (!query.sort().equals(ShowQuery.TITLE)) {
            values.put(SORT, query.sort());
        }
        return values;
    }

    /** The list's address for this query, relative to the application: "." or "?status=renewed&sort=newest". */
    static String address(ShowQuery query) {
        String parameters = parameters(query).entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return parameters.isEmpty() ? "." : "?" + parameters;
    }

    /**
     * @param live whether the live view runs it (then it filters as the fan types and chooses; the
     *     button that sends the form without JavaScript is hidden)
     */
    static Element markup(ShowQuery query, ShowCatalog catalog, Texts texts, boolean live) {
        var form = element("form", "filters").attr("role", "search").attr("aria-label", texts.get("list.filters"))
                .attr("method", "get").attr("action", ".");
        if (live) {
            form.addClass("live");
        }
        var search = element("input").attr("id", "filter-q").attr("name", TEXT).attr("type", "search")
                .attr("placeholder", texts.get("list.search.placeholder")).attr("maxlength", "100")
                .attr("autocomplete", "off").attr("value", query.text() == null ? "" : query.text());
        form.appendChild(field("filter-search", "filter-q", texts.get("list.search.label"), search));

        Map<String, String> statuses = new LinkedHashMap<>();
        for (OfficialStatus status : OfficialStatus.values()) {
            statuses.put(status.name().toLowerCase(Locale.ROOT), texts.get("status." + status.name()));
        }
        form.appendChild(select(STATUS, texts.get("list.status.label"), texts.get("list.any"), statuses,
                query.status() == null ? null : query.status().name().toLowerCase(Locale.ROOT)));
        form.appendChild(select(NETWORK, texts.get("list.network.label"), texts.get("list.any"),
                same(catalog.networks()), query.network()));
        form.appendChild(select(PLATFORM, texts.get("list.platform.label"), texts.get("list.any"),
                same(catalog.platforms()), query.platform()));
        Map<String, String> sorts = new LinkedHashMap<>();
        catalog.sortKeys().forEach(key -> sorts.put(key, texts.get("sort." + key)));
        form.appendChild(select(SORT, texts.get("list.sort.label"), null, sorts, query.sort()));

        form.appendChild(text("button", texts.get("list.apply"), "filter-apply").attr("type", "submit"));
        return form;
    }

    private static Element field(String className, String id, String label, Element control) {
        return element("div", "filter", className).appendChild(text("label", label).attr("for", id))
                .appendChild(control);
    }

    /** A native select; {@code anyLabel} adds a first option for "no filter". */
    private static Element select(String name, String label, @Nullable String anyLabel, Map<String, String> options,
            @Nullable String selected) {
        String id = "filter-" + name;
        var select = element("select").attr("id", id).attr("name", name);
        if (anyLabel != null) {
            select.appendChild(text("option", anyLabel).attr("value", ""));
        }
        options.forEach((value, text) -> {
            var option = text("option", text).attr("value", value);
            if (value.equals(selected)) {
                option.attr("selected", true);
            }
            select.appendChild(option);
        });
        return field("filter-" + name, id, label, select);
    }

    private static Map<String, String> same(List<String> values) {
        Map<String, String> options = new LinkedHashMap<>();
        values.forEach(value -> options.put(value, value));
        return options;
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private static Optional<OfficialStatus> status(String value) {
        try {
            return Optional.of(OfficialStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
