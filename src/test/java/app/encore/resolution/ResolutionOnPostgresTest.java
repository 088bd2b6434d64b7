package app.encore.resolution;

import app.encore.support.OnPostgres;

/** Resolutions, scores, the leaderboard, the crowd's record and base rates again, on PostgreSQL. */
@OnPostgres
class ResolutionOnPostgresTest extends ResolutionTest {
}
