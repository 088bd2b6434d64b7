package app.encore.show;

import app.encore.audit.AuditLog;
import app.encore.base.CsvCells;
import app.encore.show.CataloguePreview.Added;
import app.encore.show.CataloguePreview.Changed;
import app.encore.show.CataloguePreview.FileProblem;
import app.encore.show.ShowFacts.FieldChange;
import app.encore.show.ShowFacts.SourceEntry;
import app.encore.show.ShowRules.Problem;
import app.encore.staff.Staff;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalogue files in and out ({@code catalogue.schema.json}, and CSV for the flat fields). An import
 * is checked as a whole and previewed first (new shows, changed fields from and to, every problem by
 * row and field); applying it checks it again against the catalogue as it is then and writes all of
 * it in one transaction, or nothing. Importing a file whose shows are already so changes nothing.
 * An export writes the whole catalogue in the same format, so it can move to another Encore. Staff
 * only, but for the demo catalogue's import at start ({@link DemoCatalogue}).
 */
@Service
public class CatalogueExchange {

    /** The columns of a CSV catalogue, in this order when Encore writes one. */
    static final List<String> CSV_COLUMNS = List.of("slug", "title", "nativeTitle", "network", "studio", "firstAired",
            "lastAired", "episodes", "synopsis", "platforms", "visibility", "sourceTitle", "sourcePublisher",
            "sourceUrl", "sourceQuote");
    /** What a CSV row's source supports: the flat fields' groups. */
    static final Set<FactGroup> CSV_SOURCE_COVERS = EnumSet.of(FactGroup.TITLES, FactGroup.BROADCAST,
            FactGroup.SYNOPSIS);
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** More shows than any catalogue file staff write by hand or export (the demo has 29): split a larger one. */
    public static final int MAX_SHOWS = 5_000;

    private final ShowRepository shows;
    private final ShowRevisions revisions;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Schema schema;

    CatalogueExchange(ShowRepository shows, ShowRevisions revisions, JdbcClient jdbc, AuditLog audit, JsonMapper json,
            Clock clock, PlatformTransactionManager transactions) {
        this.shows = shows;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        try (InputStream in = new ClassPathResource("META-INF/resources" + CatalogueFile.SCHEMA).getInputStream()) {
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The catalogue schema is missing from the jar", e);
        }
    }

    /** What importing this file would do; writes nothing. A name ending in {@code .csv} is read as CSV. */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    public CataloguePreview preview(String name, byte[] content) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return plan(name, content).preview();
        });
    }

    /**
     * Imports the file, all of it or nothing, as the signed-in staff member.
     *
     * @param sha256 the digest of the file that was previewed: a different file is refused
     * @throws InvalidCatalogueException with every problem, if there is any now
     */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    public CataloguePreview apply(String name, byte[] content, String sha256) {
        String by = Staff.current();
        if (!sha256(content).equals(sha256)) {
            throw new IllegalArgumentException("Not the file that was previewed");
        }
        return importAs(by, name, content);
    }

    /** Imports without a signed-in staff member: the demo catalogue, at start. */
    CataloguePreview importAs(String by, String name, byte[] content) {
        return transaction.execute(status -> {
            Plan plan = plan(name, content);
            CataloguePreview preview = plan.preview();
            if (!preview.importable()) {
                throw new InvalidCatalogueException(preview);
            }
            if (preview.changesNothing()) {
                return preview;
            }
            Instant now = clock.instant();
            for (Added added : preview.added()) {
                ShowFacts facts = plan.facts().get(added.row());
                Show show = Show.builder(facts.slug(), facts.title()).visibility(added.visibility()).create(now);
                show.apply(facts);
                Show saved = shows.save(show);
                revisions.add(saved.id(), by, now, ShowRevision.Kind.IMPORTED, facts.changesFrom(ShowFacts.empty()));
            }
            for (Changed changed : preview.changed()) {
                Show show = shows.findById(changed.showId()).orElseThrow();
                show.apply(plan.facts().get(changed.row()));
                if (changed.visibility() == Visibility.PUBLISHED) {
                    show.publish();
                } else if (changed.visibility() == Visibility.HIDDEN) {
                    show.hide();
                }
                shows.save(show);
                List<FieldChange> fields = new ArrayList<>(changed.changes());
                revisions.add(changed.showId(), by, now, ShowRevision.Kind.IMPORTED, fields);
            }
            jdbc.sql("INSERT INTO catalogue_import (name, sha256, imported_by, imported_at, created, changed)"
                            + " VALUES (:name, :sha, :by, :at, :created, :changed)")
                    .param("name", name).param("sha", preview.sha256()).param("by", by)
                    .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .param("created", preview.added().size()).param("changed", preview.changed().size()).update();
            audit.record(by, "catalogue.imported", "catalogue " + name, null, preview.added().size() + " added, "
                    + preview.changed().size() + " changed, " + preview.unchanged() + " unchanged");
            return preview;
        });
    }

    /** Whether a file of this name was imported before (and changed something). */
    boolean imported(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_import WHERE name = :name").param("name", name)
                .query(Integer.class).single() > 0;
    }

    /** The whole catalogue, drafts and hidden shows too, by slug, in the import format. */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    public byte[] exportJson() {
        List<CatalogueShow> all = transaction.execute(status -> shows.findAll().stream()
                .sorted(java.util.Comparator.comparing(Show::slug)).map(CatalogueShow::of).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                new CatalogueFile(CatalogueFile.SCHEMA, CatalogueFile.FORMAT, 1, clock.instant(), all));
    }

    /** The flat fields of every show, one per row, with the first source that supports them. */
    @Secured({"ROLE_MODERATOR", "ROLE_ADMIN"})
    public byte[] exportCsv() {
        List<Map<String, String>> rows = transaction.execute(status -> shows.findAll().stream()
                .sorted(java.util.Comparator.comparing(Show::slug)).map(CatalogueExchange::csvRow).toList());
        var out = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get()
                .print(out)) {
            for (Map<String, String> row : rows) {
                printer.printRecord(row.values().stream().map(CsvCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> csvRow(Show show) {
        ShowFacts facts = ShowFacts.of(show);
        Map<String, String> row = new LinkedHashMap<>();
        CSV_COLUMNS.forEach(column -> row.put(column, ""));
        row.put("slug", facts.slug());
        row.put("title", facts.title());
        row.put("nativeTitle", orEmpty(facts.nativeTitle()));
        row.put("network", orEmpty(facts.network()));
        row.put("studio", orEmpty(facts.studio()));
        row.put("firstAired", facts.firstAired() == null ? "" : facts.firstAired().toString());
        row.put("lastAired", facts.lastAired() == null ? "" : facts.lastAired().toString());
        row.put("episodes", facts.episodes() == null ? "" : facts.episodes().toString());
        row.put("synopsis", orEmpty(facts.synopsis()));
        row.put("platforms", String.join("; ", facts.platforms()));
        row.put("visibility", show.visibility().name());
        facts.sources().stream().filter(s -> s.covers().containsAll(CSV_SOURCE_COVERS)).findFirst().ifPresent(s -> {
            row.put("sourceTitle", s.title());
            row.put("sourcePublisher", orEmpty(s.publisher()));
            row.put("sourceUrl", orEmpty(s.url()));
            row.put("sourceQuote", orEmpty(s.quote()));
        });
        return row;
    }

    // ── Reading and checking a file ─────────────────────────────────────────────────────────────

    /** A preview and, by row, the facts each show in the file will have. */
    private record Plan(CataloguePreview preview, Map<Integer, ShowFacts> facts) {
    }

    /** One show read from a file: its row, its facts, and the visibility the file asks for (if any). */
    private record Row(int row, ShowFacts facts, @Nullable Visibility visibility) {
    }

    private Plan plan(String name, byte[] content) {
        String sha = sha256(content);
        List<FileProblem> problems = new ArrayList<>();
        // Every show once, by address: a file's rows are matched here, not by a query each.
        Map<String, Show> catalogue = new HashMap<>();
        shows.findAll().forEach(show -> catalogue.put(show.slug(), show));
        List<Row> rows = content.length > MAX_BYTES
                ? fileProblem(problems, "catalogue.error.too-big", MAX_BYTES / (1024 * 1024))
                : name.toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(content, catalogue, problems)
                        : readJson(content, problems);
        List<Added> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        Map<Integer, ShowFacts> facts = new HashMap<>();
        int unchanged = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            ShowFacts wanted = row.facts();
            String slug = wanted.slug();
            if (slug != null && seen.putIfAbsent(slug, row.row()) != null) {
                problems.add(new FileProblem(row.row(), slug, "slug",
                        Problem.of("catalogue.error.duplicate-slug", seen.get(slug))));
                continue;
            }
            Optional<Show> existing = slug == null ? Optional.empty() : Optional.ofNullable(catalogue.get(slug));
            Visibility now = existing.map(Show::visibility).orElse(null);
            Visibility target = row.visibility() != null ? row.visibility() : now != null ? now : Visibility.DRAFT;
            Map<String, Problem> found = target == Visibility.PUBLISHED
                    ? ShowRules.checkForPublishing(wanted, taken -> false)
                    : ShowRules.check(wanted, taken -> false);
            found.forEach((field, problem) -> problems.add(new FileProblem(row.row(), slug, field, problem)));
            if (!found.isEmpty()) {
                continue;
            }
            facts.put(row.row(), wanted);
            if (existing.isEmpty()) {
                added.add(new Added(row.row(), slug, wanted.title(), target));
                continue;
            }
            Show show = existing.get();
            List<FieldChange> changes = new ArrayList<>(wanted.changesFrom(ShowFacts.of(show)));
            Visibility visibility = target == show.visibility() ? null : target;
            if (visibility != null) {
                changes.add(new FieldChange("visibility", show.visibility().name(), visibility.name()));
            }
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Changed(row.row(), show.id(), slug, wanted.title(), changes, visibility));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(FileProblem::row).thenComparing(FileProblem::field));
        return new Plan(new CataloguePreview(name, sha, added, changed, unchanged, problems), facts);
    }

    private List<Row> readJson(byte[] content, List<FileProblem> problems) {
        JsonNode tree;
        try {
            tree = json.readTree(content);
        } catch (JacksonException notJson) {
            return fileProblem(problems, "catalogue.error.not-json", notJson.getOriginalMessage());
        }
        // Before the schema, which would check every one of them.
        if (tree.path("shows").size() > MAX_SHOWS) {
            return fileProblem(problems, "catalogue.error.too-many", MAX_SHOWS);
        }
        List<Error> errors = schema.validate(tree);
        Set<Integer> brokenRows = new java.util.HashSet<>();
        for (Error error : errors) {
            FileProblem problem = schemaProblem(tree, error);
            problems.add(problem);
            brokenRows.add(problem.row());
        }
        if (brokenRows.contains(0) || !tree.path("shows").isArray()) {
            return List.of();
        }
        // Shows that follow the format are read and checked further even when others do not, so
        // that every problem in the file is reported at once.
        List<Row> rows = new ArrayList<>();
        JsonNode shows = tree.path("shows");
        for (int i = 0; i < shows.size(); i++) {
            if (brokenRows.contains(i + 1)) {
                continue;
            }
            CatalogueShow show = json.treeToValue(shows.get(i), CatalogueShow.class);
            rows.add(new Row(i + 1, show.facts(), show.visibility()));
        }
        return rows;
    }

    /** A schema error, at the show's row and the field's path as the form names it. */
    private static FileProblem schemaProblem(JsonNode tree, Error error) {
        NodePath at = error.getInstanceLocation();
        int row = 0;
        StringBuilder field = new StringBuilder();
        int start = 0;
        if (at.getNameCount() >= 2 && "shows".equals(String.valueOf(at.getElement(0))) && at.getElement(1) instanceof Integer index) {
            row = index + 1;
            start = 2;
        }
        for (int i = start; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            field.append(field.isEmpty() ? "" : ".").append(error.getProperty());
            return new FileProblem(row, slugAt(tree, row), field.toString(), Problem.of("show-edit.error.required"));
        }
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            field.append(field.isEmpty() ? "" : ".").append(error.getProperty());
            return new FileProblem(row, slugAt(tree, row), field.toString(), Problem.of("catalogue.error.unknown-field"));
        }
        if ("slug".contentEquals(field) && "pattern".equals(error.getKeyword())) {
            return new FileProblem(row, slugAt(tree, row), "slug", Problem.of("show-edit.error.slug"));
        }
        return new FileProblem(row, slugAt(tree, row), field.isEmpty() ? "file" : field.toString(),
                Problem.of("catalogue.error.schema", error.getMessage()));
    }

    private static @Nullable String slugAt(JsonNode tree, int row) {
        if (row == 0) {
            return null;
        }
        JsonNode slug = tree.path("shows").path(row - 1).path("slug");
        return slug.isString() ? slug.asString() : null;
    }

    private List<Row> readCsv(byte[] content, Map<String, Show> catalogue, List<FileProblem> problems) {
        List<Map<String, String>> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> header;
        // Read as it is parsed, record by record, never copied whole into one string.
        var reader = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get().parse(skipByteOrderMark(reader))) {
            header = parser.getHeaderNames();
            if (!header.contains("slug") || !header.contains("title")) {
                return fileProblem(problems, "catalogue.error.csv-header", String.join(",", CSV_COLUMNS));
            }
            for (String column : header) {
                if (!CSV_COLUMNS.contains(column)) {
                    problems.add(new FileProblem(1, null, column, Problem.of("catalogue.error.column")));
                }
            }
            for (CSVRecord record : parser) {
                if (lines.size() == MAX_SHOWS) {
                    return fileProblem(problems, "catalogue.error.too-many", MAX_SHOWS);
                }
                if (!record.isConsistent()) {
                    problems.add(new FileProblem((int) record.getRecordNumber() + 1, null, "file",
                            Problem.of("catalogue.error.csv-cells", parser.getHeaderNames().size())));
                    continue;
                }
                lines.add(record.toMap());
                lineNumbers.add((int) record.getRecordNumber() + 1);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException notCsv) {
            return fileProblem(problems, "catalogue.error.not-csv", String.valueOf(notCsv.getMessage()));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = lineNumbers.get(i);
            Map<String, String> cells = lines.get(i);
            CsvReading reading = new CsvReading(line, cells, problems);
            String slug = reading.text("slug");
            Optional<ShowFacts> existing = slug == null ? Optional.empty()
                    : Optional.ofNullable(catalogue.get(slug)).map(ShowFacts::of);
            ShowFacts base = existing.orElse(ShowFacts.empty());
            List<SourceEntry> sources = new ArrayList<>(base.sources());
            String sourceTitle = reading.text("sourceTitle");
            if (sourceTitle != null) {
                SourceEntry source = new SourceEntry(sourceTitle, reading.text("sourcePublisher"),
                        reading.text("sourceUrl"), null, CSV_SOURCE_COVERS, reading.text("sourceQuote"));
                int same = -1;
                for (int s = 0; s < sources.size(); s++) {
                    if (sourceTitle.equals(sources.get(s).title())) {
                        same = s;
                    }
                }
                if (same < 0) {
                    sources.add(source);
                } else {
                    SourceEntry was = sources.get(same);
                    Set<FactGroup> covers = EnumSet.copyOf(CSV_SOURCE_COVERS);
                    covers.addAll(was.covers());
                    sources.set(same, new SourceEntry(sourceTitle, source.publisher(), source.url(), was.publishedOn(),
                            covers, source.quote() != null ? source.quote() : was.quote()));
                }
            }
            String platforms = cells.get("platforms") == null ? null : CsvCells.restore(cells.get("platforms").strip());
            ShowFacts facts = new ShowFacts(slug, reading.text("title"), reading.text("nativeTitle"),
                    reading.text("network"), reading.text("studio"), reading.date("firstAired"),
                    reading.date("lastAired"), reading.number("episodes"), reading.text("synopsis"),
                    platforms == null ? base.platforms() : List.of(platforms.split(";")), base.cast(), base.ratings(),
                    base.awards(), base.petitions(), sources);
            Visibility visibility = reading.visibility();
            if (!reading.failed()) {
                rows.add(new Row(line, facts, visibility));
            }
        }
        return rows;
    }

    /** Typed cells of one CSV line; a cell that does not parse is a problem at its line and column. */
    private static final class CsvReading {
        private final int line;
        private final Map<String, String> cells;
        private final List<FileProblem> problems;
        private boolean failed;

        CsvReading(int line, Map<String, String> cells, List<FileProblem> problems) {
            this.line = line;
            this.cells = cells;
            this.problems = problems;
        }

        @Nullable String text(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : CsvCells.restore(value.strip());
        }

        @Nullable LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return fail(column, "show-edit.error.date");
            }
        }

        @Nullable Integer number(String column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return fail(column, "show-edit.error.whole-number");
            }
        }

        @Nullable Visibility visibility() {
            String value = text("visibility");
            try {
                return value == null ? null : Visibility.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return fail("visibility", "catalogue.error.visibility");
            }
        }

        private <T> @Nullable T fail(String column, String key) {
            problems.add(new FileProblem(line, text("slug"), column, Problem.of(key)));
            failed = true;
            return null;
        }

        boolean failed() {
            return failed;
        }
    }

    private static java.io.Reader skipByteOrderMark(java.io.Reader reader) throws IOException {
        var marked = new java.io.PushbackReader(reader, 1);
        int first = marked.read();
        if (first != -1 && first != '\uFEFF') {
            marked.unread(first);
        }
        return marked;
    }

    private static <T> List<T> fileProblem(List<FileProblem> problems, String key, Object... args) {
        problems.add(new FileProblem(0, null, "file", Problem.of(key, args)));
        return List.of();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
