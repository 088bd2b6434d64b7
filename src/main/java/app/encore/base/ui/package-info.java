/**
 * The application shell: main layout, error views, language switch and shared UI helpers.
 */
@org.springframework.modulith.NamedInterface("ui")
package app.encore.base.ui;
