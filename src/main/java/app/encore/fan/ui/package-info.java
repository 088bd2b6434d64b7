/**
 * The fan of the current browser session: read from the signed cookie when the session starts,
 * created and remembered in the cookie when the fan first votes.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.encore.fan.ui;
