package app.encore.base;

/**
 * Text cells in the CSV files Encore writes, safe to open in a spreadsheet (OWASP's advice on CSV
 * injection): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be run as a formula ({@code =HYPERLINK(...)}, {@code =cmd|...}), so it is written with a
 * leading apostrophe, which spreadsheets show as text. Reading a file back undoes exactly that, so an
 * export imports again as the same text; a cell that began with an apostrophe before one of those
 * characters gets a second one, and comes back with its first.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as Encore writes it. */
    public static String neutralise(String cell) {
        return startsLikeFormula(cell) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}. */
    public static String restore(String cell) {
        return cell.startsWith("'") && startsLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || (first == '\'' && startsLikeFormula(cell.substring(1)));
    }
}
