/** The rumors section of the show page and the moderation desk. */
package app.encore.rumor.ui;
