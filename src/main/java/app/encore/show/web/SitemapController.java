package app.encore.show.web;

import app.encore.base.PublicUrl;
import app.encore.show.ShowCatalog;
import app.encore.show.ShowListing;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the show list and every show page, each with when it last
 * changed and its address in each language ({@code xhtml:link hreflang}, as search engines read it).
 */
@RestController
class SitemapController {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final List<String> LANGUAGES = List.of("en", "ko");

    private final ShowCatalog catalog;
    private final PublicUrl publicUrl;

    SitemapController(ShowCatalog catalog, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap(HttpServletRequest request) throws XMLStreamException {
        String base = publicUrl.base(request);
        var out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP);
        xml.writeNamespace("xhtml", XHTML);
        List<ShowListing> shows = catalog.listings();
        url(xml, base, "/", shows.stream().map(ShowListing::lastChanged).max(java.util.Comparator.naturalOrder())
                .map(Object::toString).orElse(null));
        for (ShowListing show : shows) {
            url(xml, base, "/shows/" + show.slug(), show.lastChanged().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }

    private static void url(XMLStreamWriter xml, String base, String path, @Nullable String lastChanged)
            throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", base + path);
        if (lastChanged != null) {
            element(xml, "lastmod", lastChanged);
        }
        for (String language : LANGUAGES) {
            xml.writeEmptyElement("xhtml", "link", XHTML);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", language);
            xml.writeAttribute("href", base + path + "?lang=" + language);
        }
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", "x-default");
        xml.writeAttribute("href", base + path);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
