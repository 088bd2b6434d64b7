package app.encore.show;

import java.time.Instant;

/**
 * How many fans forecast a show's question before a moment: the fans a renewal or an ending
 * announced then would score. Asked before staff confirm such a status; answered by the module that
 * keeps the forecasts.
 */
public interface QuestionForecasters {

    int before(long showId, Instant announcedAt);
}
