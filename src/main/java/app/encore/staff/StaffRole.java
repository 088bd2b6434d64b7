package app.encore.staff;

/** What a signed-in person may do. Admins can do everything moderators can. */
public enum StaffRole {
    /** Works the rumor queue, gives verdicts, reads the audit log. */
    MODERATOR,
    /** Also manages moderators and sets shows' official status. */
    ADMIN
}
