/** The fan's page at {@code /me}. */
package app.encore.me.ui;
