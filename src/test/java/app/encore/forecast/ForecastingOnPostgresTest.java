package app.encore.forecast;

import app.encore.support.OnPostgres;

/** Every voting rule again, on PostgreSQL. */
@OnPostgres
class ForecastingOnPostgresTest extends ForecastingTest {
}
