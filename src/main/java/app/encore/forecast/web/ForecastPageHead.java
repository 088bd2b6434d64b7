package app.encore.forecast.web;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Texts;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsService;
import app.encore.show.Show;
import app.encore.show.slot.ShowPageHead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * What the crowd odds add to a show page's head: "Fans say 34 %" in its description and previews,
 * the preview image, oEmbed discovery for blog engines, and the open data as alternates.
 */
@Component
class ForecastPageHead implements ShowPageHead {

    private final CrowdOddsService crowd;

    ForecastPageHead(CrowdOddsService crowd) {
        this.crowd = crowd;
    }

    @Override
    public Optional<String> summary(Show show, Texts texts) {
        return Optional.of(OddsFigures.summary(crowd.odds(show.id()), show.officialStatus(), texts));
    }

    @Override
    public List<Element> showHead(Show show, Texts texts, FirstPaint.Address address) {
        CrowdOdds odds = crowd.odds(show.id());
        String image = address.absolute(OpenOddsController.imagePath(show, odds, texts.locale().getLanguage()));
        String alt = texts.get("preview.image-alt", show.title(), OddsFigures.summary(odds, show.officialStatus(), texts));
        List<Element> head = new ArrayList<>();
        head.add(property("og:image", image));
        head.add(property("og:image:type", "image/png"));
        head.add(property("og:image:width", String.valueOf(OddsPreviewImage.WIDTH)));
        head.add(property("og:image:height", String.valueOf(OddsPreviewImage.HEIGHT)));
        head.add(property("og:image:alt", alt));
        head.add(new Element("meta").attr("name", "twitter:image").attr("content", image));
        head.add(new Element("meta").attr("name", "twitter:image:alt").attr("content", alt));
        String page = address.absolute("/shows/" + show.slug());
        head.add(new Element("link").attr("rel", "alternate").attr("type", "application/json+oembed")
                .attr("href", address.absolute("/oembed") + "?format=json&url="
                        + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8))
                .attr("title", texts.get("oembed.title", show.title())));
        List<String> data = OpenOddsController.dataPaths(show);
        head.add(new Element("link").attr("rel", "alternate").attr("type", "text/csv")
                .attr("href", address.absolute(data.get(0))).attr("title", texts.get("data.heading") + " (CSV)"));
        head.add(new Element("link").attr("rel", "alternate").attr("type", "application/json")
                .attr("href", address.absolute(data.get(1))).attr("title", texts.get("data.heading") + " (JSON)"));
        return head;
    }

    private static Element property(String property, String content) {
        return new Element("meta").attr("property", property).attr("content", content);
    }
}
