/** The sign-in page and the admins' staff management. */
package app.encore.staff.ui;
