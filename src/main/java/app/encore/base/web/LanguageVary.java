package app.encore.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The answers Encore writes in the reader's language without a language in their address (feeds,
 * oEmbed, the widget, preview images) and lets shared caches keep: they say that they vary with the
 * browser's languages and the language cookie, so a cache never hands a Korean feed to an English
 * reader. With {@code ?lang=} the address names the language and the header changes nothing.
 */
class LanguageVary extends HttpFilter {

    static final String VARY = "Accept-Language, Cookie";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", VARY);
        chain.doFilter(request, response);
    }
}
