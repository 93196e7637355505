// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

namespace stadtlabor {

// Append only: a released migration never changes, because kiosks in the field have run it.
// tests/tst_migrations.cpp needs a fixture for each version below the latest.
const QList<Database::Migration> &Database::migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("catalogue and outbox"), {
            QStringLiteral("CREATE TABLE catalogue_meta ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE statuses ("
                           " id TEXT PRIMARY KEY,"
                           " position INTEGER NOT NULL,"
                           " label TEXT NOT NULL CHECK (json_valid(label)),"
                           " explanation TEXT NOT NULL CHECK (json_valid(explanation)))"),
            QStringLiteral("CREATE TABLE projects ("
                           " id TEXT PRIMARY KEY,"
                           " position INTEGER NOT NULL,"
                           " status TEXT NOT NULL REFERENCES statuses(id),"
                           " title TEXT NOT NULL CHECK (json_valid(title)),"
                           " summary TEXT NOT NULL CHECK (json_valid(summary)),"
                           " body TEXT NOT NULL CHECK (json_valid(body)),"
                           " link_url TEXT,"
                           " image TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE areas ("
                           " id TEXT PRIMARY KEY,"
                           " position INTEGER NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('city', 'district', 'statistical_district')),"
                           " parent_id TEXT REFERENCES areas(id),"
                           " name TEXT NOT NULL CHECK (json_valid(name)))"),
            QStringLiteral("CREATE TABLE criteria_sets ("
                           " id TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " document TEXT NOT NULL CHECK (json_valid(document)),"
                           " is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),"
                           " imported_at TEXT NOT NULL,"
                           " PRIMARY KEY (id, version))"),
            QStringLiteral("CREATE TABLE fund_rules ("
                           " version INTEGER PRIMARY KEY,"
                           " document TEXT NOT NULL CHECK (json_valid(document)),"
                           " is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),"
                           " imported_at TEXT NOT NULL)"),
            // One row per submission; filled by the flows, drained by sync.
            QStringLiteral("CREATE TABLE outbox ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL CHECK (length(kind) > 0),"
                           " payload TEXT NOT NULL CHECK (json_valid(payload)),"
                           " created_at TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),"
                           " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
                           " next_attempt_at TEXT,"
                           " last_error TEXT)"),
            QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at, seq)"),
        }},
        {2, QStringLiteral("device settings"), {
            // Settings live beside the data, so a backup of one file is a backup of the device.
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL) WITHOUT ROWID"),
        }},
    };
    return list;
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

} // namespace stadtlabor
