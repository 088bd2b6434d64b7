/**
 * The audit log: every moderator and admin action, who, when, what and why. Append-only: this
 * module can add entries and read them, and offers no way to change or delete one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = {"base", "base :: ui"})
package app.encore.audit;
