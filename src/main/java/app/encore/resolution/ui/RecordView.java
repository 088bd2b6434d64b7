package app.encore.resolution.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.resolution.BaseRates;
import app.encore.resolution.CrowdRecord;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The crowd's record: how its odds scored on every resolved question beside the base-rate and 50 %
 * forecasters, its calibration (chart and table) and every drama the base rates count.
 */
@Route("record")
@AnonymousAllowed
@Menu(order = 2, title = "nav.record")
class RecordView extends Div implements HasDynamicTitle {

    final CalibrationChart chart = new CalibrationChart();

    RecordView(CrowdRecord record, BaseRates baseRates) {
        addClassNames("page", "record-page");
        Texts texts = Texts.of(this);
        CrowdRecord.Summary summary = record.summary();
        add(new H1(getTranslation("record.heading")), Markup.component(Markup.text("p", texts.get("record.intro"), "lead")),
                Markup.component(ResolutionMarkup.record(summary, texts)));
        if (summary.scored() > 0) {
            var calibration = new Div();
            calibration.addClassNames("card-section", "calibration");
            calibration.add(Markup.component(RecordFirstPaint.calibrationIntro(texts)));
            chart.setBins(summary.calibration(), ResolutionMarkup.calibrationSummary(summary.calibration(), texts),
                    texts.get("record.calibration.x"), texts.get("record.calibration.y"));
            calibration.add(chart, Markup.component(ResolutionMarkup.calibrationTable(summary.calibration(), texts)));
            add(calibration);
        }
        add(Markup.component(ResolutionMarkup.knownDramas(baseRates.known(), texts)));
        add(Markup.component(ResolutionMarkup.howOddsWork(texts)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.heading") + " · " + getTranslation("app.name");
    }
}
