package app.encore.rumor;

/** What a fan says is wrong with a published rumor. Only {@link #OTHER} needs words of its own. */
public enum ReportCategory {
    /** The source is missing, broken or does not say what the rumor claims. */
    WRONG_SOURCE,
    /** It gives away the plot. */
    SPOILER,
    /** It harasses or abuses someone. */
    ABUSE,
    /** Another rumor says the same. */
    DUPLICATE,
    /** Something else, in the fan's words. */
    OTHER;

    public String messageKey() {
        return "rumor.report.category." + name();
    }
}
