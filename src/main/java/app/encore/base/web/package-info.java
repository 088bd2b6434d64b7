/** What the site as a whole tells machines: {@code /robots.txt}. */
package app.encore.base.web;
