// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;

namespace stadtlabor {

class Database;

// The admin's data tools: how much is stored, an export to a folder (for a laptop that will
// not see the hub for days), and the purge of what the hub has acknowledged.
//
// An export goes into a new folder `stadtlabor-export-<device>-<UTC time>` beside whatever the
// target holds, never over it: monitor_responses.csv/.json, fonds_ideas.csv/.json and a
// manifest.json with the SHA-256 of each file. The JSON files hold the items exactly as the hub
// receives them (id, kind, schema_version, created_at, payload), so they can be fed to a hub
// later; a Fonds idea's contact data stays the sealed box (base64) the kiosk cannot open.
class DataExport
{
public:
    static constexpr int maxPurgeDays = 3650;
    static constexpr int formatVersion = 1;

    struct Counts
    {
        int monitorResponses = 0;
        int fondsIdeas = 0;
        int pending = 0;
        int sent = 0; // acknowledged by the hub
        int rejected = 0;
        friend bool operator==(const Counts &a, const Counts &b)
        {
            return a.monitorResponses == b.monitorResponses && a.fondsIdeas == b.fondsIdeas && a.pending == b.pending
                && a.sent == b.sent && a.rejected == b.rejected;
        }
    };

    struct File
    {
        QString name;
        qint64 bytes = 0;
        QByteArray sha256; // hex
        int rows = 0;
    };

    enum class Problem {
        None,
        NoFolder,       // empty path or no such folder
        NotAFolder,     // a file
        NotWritable,    // cannot create the export folder there
        WriteFailed,    // a file could not be written (full, removed medium); nothing stays
        ReadFailed,     // the database could not be read
    };

    struct Result
    {
        bool ok = false;
        Problem problem = Problem::None;
        QString detail; // the technical reason, for the log and the admin
        QString folder; // the new folder, when ok
        Counts counts;  // what went into the files
        QList<File> files;
    };

    struct Purged
    {
        bool ok = false;
        bool invalidDays = false;
        QString error;
        int rows = 0; // records (and their outbox rows) deleted
    };

    // `deviceId` names the export folder and goes into the manifest.
    DataExport(const Database &db, const QString &deviceId);

    // One query; zeros (and *error set) when the database cannot be read.
    Counts counts(QString *error = nullptr) const;
    Result exportTo(const QString &dir, const QDateTime &now) const;
    // Deletes records the hub acknowledged more than `days` ago (0..maxPurgeDays) through the
    // sync queue's retention; pending and rejected rows are never touched.
    Purged purgeAcknowledged(int days, const QDateTime &now);
    // How many records purgeAcknowledged(days, now) would delete now (-1: invalid days).
    int purgeableCount(int days, const QDateTime &now) const;

    QString sqliteVersion() const;
    QString databasePath() const;
    qint64 databaseBytes() const; // the file and its WAL

    static QString folderName(const QString &deviceId, const QDateTime &now);

private:
    struct Writer;
    bool writeMonitor(Writer &csv, Writer &json, const QDateTime &now, int *rows, QString *error) const;
    bool writeFonds(Writer &csv, Writer &json, const QDateTime &now, int *rows, QString *error) const;
    // One CSV line for an outbox row (uuid, created_at, state, acknowledged_at, payload, sealed).
    using RowWriter = std::function<QStringList(const QSqlQuery &q, const QString &uuid, const QByteArray &payload)>;
    bool streamOutbox(const QString &kind, const QString &table, Writer &csv, Writer &json, int *rows,
                      QString *error, const RowWriter &csvRow) const;
    QByteArray jsonHeader(const QString &kind, const QDateTime &now) const;

    const Database &m_database;
    QSqlDatabase m_db;
    QString m_deviceId;
};

} // namespace stadtlabor
