// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's schema, in SQL that SQLite (3.35+) and PostgreSQL (12+) both accept: TEXT keys,
// BIGINT counters, ISO 8601 UTC timestamps as TEXT (they sort as text), no auto-increment.
#include "hubdatabase.h"

namespace stadtlabor::hub {

const QList<HubDatabase::Migration> &HubDatabase::migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("devices, tokens, catalogue, submissions, aggregates"), {
            QStringLiteral("CREATE TABLE hub_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // Only SHA-256 hashes of tokens and codes are kept; the secrets are shown once.
            QStringLiteral("CREATE TABLE admin_tokens ("
                           " token_hash TEXT PRIMARY KEY, created_at TEXT NOT NULL, retired_at TEXT)"),
            QStringLiteral("CREATE TABLE enrol_codes ("
                           " code_hash TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL,"
                           " expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT)"),
            QStringLiteral("CREATE TABLE devices ("
                           " id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,"
                           " enrolled_at TEXT NOT NULL, revoked_at TEXT, last_seen_at TEXT,"
                           " app_version TEXT, queue_length BIGINT, last_error TEXT)"),
            // The catalogue as served (with the hub's public key) and every version ever accepted,
            // so a response to an older criteria set or fund rules can still be checked.
            QStringLiteral("CREATE TABLE catalogue_current ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT NOT NULL, version TEXT NOT NULL, document_hash TEXT NOT NULL,"
                           " served TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE catalogue_history ("
                           " etag TEXT PRIMARY KEY, version TEXT NOT NULL, document TEXT NOT NULL, imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE criteria_sets ("
                           " id TEXT NOT NULL, version INTEGER NOT NULL, catalogue_etag TEXT NOT NULL,"
                           " PRIMARY KEY (id, version))"),
            QStringLiteral("CREATE TABLE fund_rules ("
                           " version INTEGER PRIMARY KEY, catalogue_etag TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE areas ("
                           " id TEXT PRIMARY KEY, kind TEXT NOT NULL, parent_id TEXT)"),
            // One row per submission id, ever. content_hash decides "duplicate" or "conflict".
            QStringLiteral("CREATE TABLE submissions ("
                           " id TEXT PRIMARY KEY, kind TEXT NOT NULL, schema_version INTEGER NOT NULL,"
                           " device_id TEXT NOT NULL, created_at TEXT NOT NULL, received_at TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL, area_id TEXT, payload TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX submissions_kind_received ON submissions (kind, received_at)"),
            // Rejected items with a usable id, conflicts among them, kept for audit.
            QStringLiteral("CREATE TABLE rejected_submissions ("
                           " id TEXT NOT NULL, content_hash TEXT NOT NULL, device_id TEXT NOT NULL,"
                           " received_at TEXT NOT NULL, reason TEXT NOT NULL, item TEXT NOT NULL,"
                           " PRIMARY KEY (id, content_hash))"),
            // StadtRaumMonitor aggregates, updated in the transaction that stores the responses:
            // per area node (a response counts for its area and every area above it), theme and score.
            QStringLiteral("CREATE TABLE monitor_counts ("
                           " area_id TEXT NOT NULL, criteria_set_id TEXT NOT NULL, theme_id TEXT NOT NULL,"
                           " score INTEGER NOT NULL, n BIGINT NOT NULL,"
                           " PRIMARY KEY (area_id, criteria_set_id, theme_id, score))"),
            QStringLiteral("CREATE TABLE monitor_totals ("
                           " area_id TEXT NOT NULL, criteria_set_id TEXT NOT NULL, responses BIGINT NOT NULL,"
                           " PRIMARY KEY (area_id, criteria_set_id))"),
        }},
    };
    return list;
}

} // namespace stadtlabor::hub
