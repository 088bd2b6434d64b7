package app.encore.show;

import app.encore.support.OnPostgres;

/** Every mapping and constraint test again, on PostgreSQL, with the migrations and demo data. */
@OnPostgres
class ShowRepositoryOnPostgresTest extends ShowRepositoryTest {
}
