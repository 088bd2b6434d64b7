package app.encore.show;

import app.encore.support.OnPostgres;

/** {@link CatalogueExchangeTest}, every test, on PostgreSQL. */
@OnPostgres
class CatalogueExchangeOnPostgresTest extends CatalogueExchangeTest {
}
