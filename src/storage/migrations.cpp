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
        {3, QStringLiteral("StadtRaumMonitor responses and area results"), {
            // A response points at the criteria set version it answered; versions are never
            // deleted, so every stored response stays interpretable.
            QStringLiteral("CREATE TABLE monitor_responses ("
                           " uuid TEXT PRIMARY KEY,"
                           " created_at TEXT NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " criteria_set_id TEXT NOT NULL,"
                           " criteria_set_version INTEGER NOT NULL,"
                           " area_id TEXT NOT NULL,"
                           " age_band TEXT,"
                           " gender TEXT,"
                           " relations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(relations)),"
                           " group_id TEXT,"
                           " interviewer_id TEXT,"
                           " FOREIGN KEY (criteria_set_id, criteria_set_version) REFERENCES criteria_sets (id, version))"
                           " WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE monitor_answers ("
                           " response_uuid TEXT NOT NULL REFERENCES monitor_responses (uuid) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " theme_id TEXT NOT NULL,"
                           " score INTEGER,"
                           " good TEXT NOT NULL DEFAULT '',"
                           " better TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (response_uuid, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX monitor_responses_area ON monitor_responses (area_id, criteria_set_id, criteria_set_version)"),
            // Aggregates the hub supplies for the comparison on the summary page.
            QStringLiteral("CREATE TABLE area_results ("
                           " area_id TEXT NOT NULL,"
                           " criteria_set_id TEXT NOT NULL,"
                           " criteria_set_version INTEGER NOT NULL,"
                           " theme_id TEXT NOT NULL,"
                           " n INTEGER NOT NULL CHECK (n >= 0),"
                           " mean REAL,"
                           " counts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(counts)),"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (area_id, criteria_set_id, criteria_set_version, theme_id)) WITHOUT ROWID"),
        }},
        {4, QStringLiteral("Bochum-Fonds ideas"), {
            // Contact data only as a sealed box the kiosk cannot open; the column may be
            // emptied once the hub has acknowledged the idea.
            QStringLiteral("CREATE TABLE fonds_ideas ("
                           " uuid TEXT PRIMARY KEY,"
                           " created_at TEXT NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " fund_rules_version INTEGER NOT NULL REFERENCES fund_rules (version),"
                           " receipt_code TEXT NOT NULL UNIQUE,"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " area_id TEXT NOT NULL,"
                           " category_id TEXT NOT NULL,"
                           " planned_start TEXT NOT NULL,"
                           " total_cost_cents INTEGER NOT NULL,"
                           " own_money_cents INTEGER NOT NULL,"
                           " work_hours_hundredths INTEGER NOT NULL,"
                           " in_kind_cents INTEGER NOT NULL,"
                           " requested_cents INTEGER NOT NULL,"
                           " own_share_basis_points INTEGER NOT NULL,"
                           " small_application INTEGER NOT NULL CHECK (small_application IN (0, 1)),"
                           " needs_advice INTEGER NOT NULL CHECK (needs_advice IN (0, 1)),"
                           " applicant TEXT NOT NULL CHECK (applicant IN ('person', 'group', 'association')),"
                           " sealed_contact BLOB) WITHOUT ROWID"),
        }},
        {5, QStringLiteral("sync: acknowledgements and results ETags"), {
            // When the hub acknowledged a row: retention counts from here.
            QStringLiteral("ALTER TABLE outbox ADD COLUMN acknowledged_at TEXT"),
            QStringLiteral("CREATE INDEX outbox_acknowledged ON outbox (acknowledged_at) WHERE state = 'sent'"),
            // The oldest pending rows without sorting the whole queue for every batch.
            QStringLiteral("CREATE INDEX outbox_pending ON outbox (state, seq)"),
            QStringLiteral("CREATE TABLE results_etags ("
                           " area_id TEXT PRIMARY KEY,"
                           " etag TEXT NOT NULL,"
                           " fetched_at TEXT NOT NULL) WITHOUT ROWID"),
        }},
        {6, QStringLiteral("outbox: delivery state apart from the payload"), {
            // A row's delivery state changes with every answer of the hub; its payload never
            // does. Kept apart, marking a batch sent rewrites a few small pages instead of every
            // page that holds a payload. outbox_items keeps what was queued (and the seq
            // counter), outbox_state what became of it; the view "outbox" shows both as before.
            QStringLiteral("ALTER TABLE outbox RENAME TO outbox_items"),
            QStringLiteral("CREATE TABLE outbox_state ("
                           " seq INTEGER PRIMARY KEY REFERENCES outbox_items (seq) ON DELETE CASCADE,"
                           " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),"
                           " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
                           " next_attempt_at TEXT,"
                           " last_error TEXT,"
                           " acknowledged_at TEXT)"),
            QStringLiteral("INSERT INTO outbox_state (seq, state, attempts, next_attempt_at, last_error, acknowledged_at)"
                           " SELECT seq, state, attempts, next_attempt_at, last_error, acknowledged_at FROM outbox_items"),
            QStringLiteral("DROP INDEX outbox_due"),
            QStringLiteral("DROP INDEX outbox_acknowledged"),
            QStringLiteral("DROP INDEX outbox_pending"),
            QStringLiteral("ALTER TABLE outbox_items DROP COLUMN state"),
            QStringLiteral("ALTER TABLE outbox_items DROP COLUMN attempts"),
            QStringLiteral("ALTER TABLE outbox_items DROP COLUMN next_attempt_at"),
            QStringLiteral("ALTER TABLE outbox_items DROP COLUMN last_error"),
            QStringLiteral("ALTER TABLE outbox_items DROP COLUMN acknowledged_at"),
            // Partial indexes: the pending and rejected rows stay quick to find however many
            // sent ones pile up before retention removes them.
            QStringLiteral("CREATE INDEX outbox_state_pending ON outbox_state (seq) WHERE state = 'pending'"),
            QStringLiteral("CREATE INDEX outbox_state_rejected ON outbox_state (seq) WHERE state = 'rejected'"),
            QStringLiteral("CREATE INDEX outbox_state_acknowledged ON outbox_state (acknowledged_at) WHERE state = 'sent'"),
            // Every queued row has its state row from the start, whoever inserts it.
            QStringLiteral("CREATE TRIGGER outbox_items_state AFTER INSERT ON outbox_items"
                           " BEGIN INSERT INTO outbox_state (seq) VALUES (new.seq); END"),
            // The old shape for reading (an admin's sqlite3 session, tests) and for inserting
            // a row with a given state; the kiosk itself uses the two tables.
            QStringLiteral("CREATE VIEW outbox AS SELECT i.seq AS seq, i.uuid AS uuid, i.kind AS kind, i.payload AS payload,"
                           " i.created_at AS created_at, s.state AS state, s.attempts AS attempts,"
                           " s.next_attempt_at AS next_attempt_at, s.last_error AS last_error, s.acknowledged_at AS acknowledged_at"
                           " FROM outbox_items i JOIN outbox_state s ON s.seq = i.seq"),
            QStringLiteral("CREATE TRIGGER outbox_insert INSTEAD OF INSERT ON outbox BEGIN"
                           " INSERT INTO outbox_items (uuid, kind, payload, created_at)"
                           "  VALUES (new.uuid, new.kind, new.payload, new.created_at);"
                           " UPDATE outbox_state SET state = coalesce(new.state, 'pending'), attempts = coalesce(new.attempts, 0),"
                           "  next_attempt_at = new.next_attempt_at, last_error = new.last_error, acknowledged_at = new.acknowledged_at"
                           "  WHERE seq = (SELECT seq FROM outbox_items WHERE uuid = new.uuid);"
                           " END"),
        }},
        {7, QStringLiteral("outbox: the payload format of each row"), {
            // A row is sent in the format it was written in (PayloadFormat); every row queued
            // before this column existed was written in format 1.
            QStringLiteral("ALTER TABLE outbox_items ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format >= 1)"),
        }},
        {8, QStringLiteral("projects: the flow a project's page leads into"), {
            QStringLiteral("ALTER TABLE projects ADD COLUMN flow TEXT"),
        }},
    };
    return list;
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

} // namespace stadtlabor
