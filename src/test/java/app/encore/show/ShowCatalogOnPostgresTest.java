package app.encore.show;

import app.encore.support.OnPostgres;

/** Every catalogue query test again, on PostgreSQL: the same SQL must give the same answers. */
@OnPostgres
class ShowCatalogOnPostgresTest extends ShowCatalogTest {
}
