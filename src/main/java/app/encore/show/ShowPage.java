package app.encore.show;

import java.util.List;

/** One page of matching shows and how many match in all. */
public record ShowPage(List<ShowCard> cards, int total) {

    public boolean hasMoreAfter(int shown) {
        return shown < total;
    }
}
