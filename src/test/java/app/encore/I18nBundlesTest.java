package app.encore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class I18nBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9.-]+)\"\\s*[,)]");

    @Test
    void english_and_korean_have_exactly_the_same_keys() throws IOException {
        Properties english = bundle("translations.properties");
        Properties korean = bundle("translations_ko.properties");

        assertThat(new TreeSet<>(korean.stringPropertyNames()))
                .as("keys in the Korean bundle")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void no_translation_is_blank_and_every_pattern_parses() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_ko.properties"}) {
            Properties bundle = bundle(file);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertThat(value).as(file + " " + key).isNotBlank();
                if (value.contains("{0")) {
                    assertThat(new MessageFormat(value, Locale.ROOT).format(new Object[] {1, 2}))
                            .as(file + " " + key).doesNotContain("{0");
                }
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_by_name_exists() throws IOException {
        Set<String> keys = bundle("translations.properties").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    asked.add(matcher.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(keys).containsAll(asked);
    }

    @Test
    void every_official_status_and_sort_order_has_a_label() throws IOException {
        Set<String> keys = bundle("translations.properties").stringPropertyNames();
        for (var status : app.encore.show.OfficialStatus.values()) {
            assertThat(keys).contains("status." + status.name());
        }
        assertThat(keys).contains("sort.title", "sort.newest", "sort.odds", "sort.forecasters");
        assertThat(keys).contains("forecast.closed.RENEWED", "forecast.closed.CANCELLED");
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            try (Reader reader = new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
