/**
 * The kiosk: a public screen that rotates through shows with their live crowd odds, latest rumor
 * and a QR code to vote, set up entirely from its address, running for days unattended.
 * <p>
 * Public face: {@link app.encore.kiosk.KioskSettings}, {@link app.encore.kiosk.Kiosks},
 * {@link app.encore.kiosk.KioskShow}. {@code ui} is the screen at {@code /kiosk}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiosk",
        allowedDependencies = {"base", "base :: ui", "show", "forecast", "rumor", "resolution", "audit", "staff"})
package app.encore.kiosk;
