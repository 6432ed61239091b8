// The database schema and its migrations. Internal to store/ (Database::Open
// calls Migrate); tests use MigrateWith to check that steps apply in order.
//
// The schema version lives in PRAGMA user_version. Step N of the migration
// list brings version N-1 to N. Steps are only ever appended: a released
// step is never edited, because databases in the field were built by it.
#ifndef BAOCAO_STORE_SCHEMA_H_
#define BAOCAO_STORE_SCHEMA_H_

#include <span>

#include "util/status.h"

struct sqlite3;

namespace baocao {

struct Migration {
  int version;      // the user_version after this step
  const char* sql;  // one or more statements
};

// This build's migrations, in order; the last one's version is the latest.
std::span<const Migration> Migrations();
int LatestSchemaVersion();

// Reads PRAGMA user_version.
Result<int> ReadSchemaVersion(sqlite3* db);

// Brings the database to LatestSchemaVersion() in one IMMEDIATE transaction:
// either every missing step is applied and user_version set, or nothing
// changes. A database newer than this build is refused with Unsupported.
Status Migrate(sqlite3* db);

// Migrate() over a given list. REQUIRES: steps[i].version == i + 1.
Status MigrateWith(sqlite3* db, std::span<const Migration> steps);

}  // namespace baocao

#endif  // BAOCAO_STORE_SCHEMA_H_
