package app.encore.resolution;

import app.encore.support.OnPostgres;

/** The same figures on PostgreSQL. */
@OnPostgres
class ResolutionOnPostgresBenchmark extends ResolutionBenchmark {
}
