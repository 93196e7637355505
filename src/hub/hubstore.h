// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "hubdatabase.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace stadtlabor {
class CsvWriter;
}

namespace stadtlabor::hub {

struct DeviceInfo
{
    QString id;
    QString name;
    QString enrolledAt;
    QString revokedAt;   // empty while active
    QString lastSeenAt;  // empty: never seen
    QString appVersion;  // empty: never reported
    qint64 queueLength = -1; // -1: never reported
    QString lastError;
    bool lastErrorReported = false;
};

struct Principal
{
    enum class Kind { None, Device, Admin };
    Kind kind = Kind::None;
    QString deviceId;
};

// What a device reports about itself with each batch.
struct DeviceReport
{
    QString appVersion;
    qint64 queueLength = 0;
    QString lastError;
};

struct ItemResult
{
    QString id;
    QString status; // accepted | duplicate | rejected
    QString reason;
};

struct ServedCatalogue
{
    QByteArray document;
    QString etag; // quoted, as in the ETag header
    QString version;
};

// Every query of the hub, on SQLite or PostgreSQL. One instance per connection (per process).
class HubStore
{
public:
    static constexpr int maxItems = 500;
    static constexpr int maxItemBytes = 64 * 1024;
    static constexpr int maxDeviceNameLength = 80;

    explicit HubStore(HubDatabase &db);

    QString kindName() const { return m_db.url().kindName(); }
    // A hub with no catalogue yet gets the bundled Bochum one, so kiosks have something to pull.
    bool ensureCatalogue(QString *error);

    // --- secrets -----------------------------------------------------------------------
    // A new admin token; the previous one stops working. Empty on failure.
    QString newAdminToken(QString *error);
    // A one-time enrolment code valid for ttlHours. Empty on failure.
    QString newEnrolCode(const QString &name, int ttlHours, QDateTime *expiresAt, QString *error);
    enum class EnrolOutcome { Enrolled, BadCode, Failed };
    EnrolOutcome enrol(const QString &code, const QString &name, QString *deviceId, QString *token, QString *error);
    // Who holds this bearer token; Kind::None for unknown, revoked or malformed. *error is set
    // only when the database failed.
    Principal authenticate(const QString &token, QString *error);

    // --- devices -----------------------------------------------------------------------
    std::optional<QList<DeviceInfo>> devices(QString *error);
    enum class RevokeOutcome { Revoked, AlreadyRevoked, NotFound, Failed };
    RevokeOutcome revoke(const QString &deviceId, QString *revokedAt, QString *error);
    // Notes that a device was here (written at most once a minute per device and process).
    void touch(const QString &deviceId);

    // --- keys --------------------------------------------------------------------------
    QByteArray publicKey(QString *error);
    bool setPublicKey(const QByteArray &key, QString *error);

    // --- catalogue -----------------------------------------------------------------------
    std::optional<ServedCatalogue> catalogue(QString *error);
    QString catalogueEtag(QString *error);
    struct ImportResult
    {
        bool ok = false;
        bool invalid = false; // errors are the document's problems, not the database's
        QStringList errors;
        QString version;
        QString etag;
    };
    ImportResult importCatalogue(const QByteArray &json);

    // --- submissions ---------------------------------------------------------------------
    // Validates each item on its own and stores the batch in one transaction; *results follow
    // the order of items. Returns false (nothing stored) only when the database failed.
    bool submit(const QString &deviceId, const DeviceReport &report, const QJsonArray &items,
                QList<ItemResult> *results, QString *error);

    // --- results -------------------------------------------------------------------------
    enum class ResultsOutcome { Ok, UnknownArea, Failed };
    ResultsOutcome results(const QString &areaId, QJsonObject *out, QString *error);

    // --- exports -------------------------------------------------------------------------
    // since: only submissions received on or after that day (UTC); invalid date = everything.
    bool exportMonitor(const QDate &since, CsvWriter *csv, QString *error);
    // secretKey empty: the contact columns stay empty and contact_status says "sealed".
    bool exportFonds(const QDate &since, const QByteArray &secretKey, CsvWriter *csv, QString *error);

    static QString now(); // ISO 8601 UTC with milliseconds

private:
    struct AreaNode
    {
        QString kind;
        QString parentId;
    };
    struct Prepared; // one validated item

    std::shared_ptr<const Catalogue> catalogueByHash(const QString &documentHash, QString *error);
    std::shared_ptr<const Catalogue> currentCatalogue(QString *error);
    std::shared_ptr<const Catalogue> catalogueForCriteriaSet(const QString &id, int version, QString *error);
    std::shared_ptr<const Catalogue> catalogueForFundRules(int version, QString *error);
    bool loadAreas(QString *error);
    QStringList areaChain(const QString &areaId) const; // the area and every area above it
    // "set:id:version" / "rules:version" -> the catalogue that introduced it (null: unknown).
    using Resolved = QHash<QString, std::shared_ptr<const Catalogue>>;
    Prepared prepare(const QJsonValue &value, int index, const Resolved &resolved) const;
    QByteArray servedDocument(const QJsonObject &document, const QByteArray &publicKey) const;
    bool refreshServed(const QByteArray &publicKey, QString *error);
    // One level of GET /results; means and distributions only from minResponses on.
    QJsonObject scopeResults(const QString &areaId, const CriteriaSet &set, int minResponses, QString *error);

    HubDatabase &m_db;
    QHash<QString, std::shared_ptr<const Catalogue>> m_catalogues; // by document hash
    QHash<QString, QString> m_versionOwners; // "set:id:version" / "rules:version" -> document hash
    QHash<QString, AreaNode> m_areas;
    QString m_areasForEtag;
    QHash<QString, qint64> m_lastTouch; // device id -> ms since epoch
};

} // namespace stadtlabor::hub
