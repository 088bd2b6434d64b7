/** The catalogue for search engines: {@code /sitemap.xml}. */
package app.encore.show.web;
