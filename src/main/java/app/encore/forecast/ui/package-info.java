/**
 * The crowd odds on screen: a section of the show page with the odds, their history and spread,
 * live updates and the fan's own vote; and a line on each show card.
 */
package app.encore.forecast.ui;
