package app.encore.forecast;

import app.encore.support.OnPostgres;

/** The same races and groups of votes on PostgreSQL: the store's batched SQL must hold there too. */
@OnPostgres
class ForecastRacesOnPostgresTest extends ForecastRacesTest {
}
