/**
 * What every feature shares: the clock, the layout, error handling and translations.
 * <p>
 * {@code base.ui} is published as the {@code ui} named interface so feature views can use its
 * small shared components; everything else below {@code base} is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package app.encore.base;
