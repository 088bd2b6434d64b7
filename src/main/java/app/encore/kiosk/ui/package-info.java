/** The kiosk screen at {@code /kiosk}. */
package app.encore.kiosk.ui;
