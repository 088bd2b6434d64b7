/** The audit log for moderators and admins. */
package app.encore.audit.ui;
