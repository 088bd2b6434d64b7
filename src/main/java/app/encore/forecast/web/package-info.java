/**
 * The crowd odds for other sites and machines: the image of a show's link preview, the odds
 * history as open data (CSV, JSON), the embeddable odds widget with its live updates, and oEmbed.
 * Plain HTTP, no Vaadin UI and no session: a blog page with the widget, or a chat app unfurling a
 * link, costs Encore one small response.
 */
package app.encore.forecast.web;
