/**
 * Moderators and admins: their accounts, signing in (Spring Security with Vaadin's configurer),
 * protection against password guessing, the first admin, and the HTTP security headers.
 * <p>
 * Public face: {@link app.encore.staff.StaffAccounts} (admins manage moderators),
 * {@link app.encore.staff.Staff} (who is acting), {@link app.encore.staff.StaffRole}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff and security",
        allowedDependencies = {"base", "base :: ui", "audit"})
package app.encore.staff;
