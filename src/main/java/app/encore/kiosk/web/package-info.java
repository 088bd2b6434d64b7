/**
 * The kiosk over plain HTTP: a registered screen's short address ({@code /v/K7Q2X}), answered with a
 * redirect and no session.
 */
package app.encore.kiosk.web;
