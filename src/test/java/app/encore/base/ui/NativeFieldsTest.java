package app.encore.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The browser's own controls as Encore's fans' forms use them: labelled, described, and read back. */
class NativeFieldsTest {

    @Test
    void a_field_is_named_by_its_label_and_described_by_its_help_and_its_error() {
        var field = new NativeTextField("Headline");
        field.setId("headline");
        field.setHelperText("10–140 characters");
        field.setRequiredIndicatorVisible(true);

        Element control = control(field);
        Element label = find(field.getElement(), "label");
        assertThat(control.getAttribute("id")).isEqualTo("headline");
        assertThat(field.getId()).contains("headline");
        assertThat(label.getAttribute("for")).isEqualTo("headline");
        assertThat(label.getText()).isEqualTo("Headline");
        assertThat(control.getAttribute("aria-describedby")).isEqualTo("headline-help headline-error");
        assertThat(control.getAttribute("aria-required")).isEqualTo("true");
        assertThat(find(field.getElement(), "span", "native-field-helper").getAttribute("id")).isEqualTo("headline-help");

        field.setErrorMessage("Write 10 to 140 characters.");
        field.setInvalid(true);
        assertThat(control.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find(field.getElement(), "span", "native-field-error").getText()).isEqualTo("Write 10 to 140 characters.");

        field.setInvalid(false);
        assertThat(control.hasAttribute("aria-invalid")).isFalse();
        assertThat(field.getErrorMessage()).isEmpty();
    }

    @Test
    void a_number_field_reads_whole_numbers_only_and_keeps_its_unit_out_of_the_spoken_name() {
        var odds = new NativeNumberField("Your odds (%)");
        odds.setRange(0, 100);
        odds.setSuffix("%");

        assertThat(odds.parse("42")).isEqualTo(42);
        assertThat(odds.parse(" 7 ")).isEqualTo(7);
        assertThat(odds.parse("150")).as("out of range is the caller's to refuse").isEqualTo(150);
        assertThat(odds.parse("12.5")).isNull();
        assertThat(odds.parse("")).isNull();
        assertThat(odds.parse("lots")).isNull();
        Element control = control(odds);
        assertThat(control.getAttribute("type")).isEqualTo("number");
        assertThat(control.getAttribute("min")).isEqualTo("0");
        assertThat(control.getAttribute("max")).isEqualTo("100");
        assertThat(find(odds.getElement(), "span", "native-field-suffix").getAttribute("aria-hidden")).isEqualTo("true");

        odds.setValue(80);
        assertThat(control.getProperty("value")).isEqualTo("80");
        odds.clear();
        assertThat(odds.getValue()).isNull();
        assertThat(control.getProperty("value")).isEmpty();
    }

    @Test
    void a_select_offers_an_empty_choice_then_each_item_by_its_label() {
        var kind = new NativeSelect<>("Kind of source", List.of(Locale.ENGLISH, Locale.KOREAN),
                locale -> locale.getDisplayLanguage(Locale.ENGLISH));

        Element control = control(kind);
        assertThat(control.getChildren().map(Element::getText).toList()).containsExactly("", "English", "Korean");
        assertThat(kind.parse("1")).isEqualTo(Locale.KOREAN);
        assertThat(kind.parse("")).isNull();
        assertThat(kind.parse("7")).as("a choice the page never offered").isNull();

        kind.setValue(Locale.KOREAN);
        assertThat(control.getProperty("value")).isEqualTo("1");
        kind.clear();
        assertThat(control.getProperty("value")).isEmpty();
    }

    @Test
    void a_date_field_reads_what_a_browser_sends_and_nothing_it_cannot_mean() {
        var date = new NativeDateField("First seen on");
        date.setMax(LocalDate.of(2026, 12, 2));

        assertThat(date.parse("2026-05-01")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(date.parse("2026-02-30")).isNull();
        assertThat(date.parse("")).isNull();
        assertThat(control(date).getAttribute("max")).isEqualTo("2026-12-02");
    }

    @Test
    void a_dialog_is_named_by_its_title_and_forgets_it_is_open_when_closed() {
        var dialog = new NativeDialog("Report this rumor");
        dialog.add(new NativeTextArea("What is wrong with it?"));

        Element title = find(dialog.getElement(), "h2");
        assertThat(dialog.getElement().getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        assertThat(title.getText()).isEqualTo("Report this rumor");
        dialog.open();
        assertThat(dialog.isOpened()).isTrue();
        dialog.close();
        assertThat(dialog.isOpened()).isFalse();
    }

    private static Element control(NativeField<?, ?> field) {
        return field.control();
    }

    private static Element find(Element root, String tag, String... classNames) {
        return root.getChildren()
                .flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), descendants(child)))
                .filter(element -> !element.isTextNode() && element.getTag().equals(tag))
                .filter(element -> classNames.length == 0 || element.getClassList().contains(classNames[0]))
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<Element> descendants(Element root) {
        return root.getChildren()
                .flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), descendants(child)));
    }
}
