/**
 * The fan-facing catalogue screens: the show list at {@code /} and the show page at
 * {@code /shows/{slug}}.
 */
package app.encore.show.ui;
