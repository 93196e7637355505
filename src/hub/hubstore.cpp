// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstore.h"

#include "catalogueparser.h"
#include "csvwriter.h"
#include "fondsidea.h"
#include "hubtokens.h"
#include "jsonreader.h"
#include "monitorresponse.h"
#include "payloadformat.h"
#include "sealedbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <numeric>
#include <thread>
#include <vector>


namespace stadtlabor::hub {

namespace {

const QString kindMonitor = QStringLiteral("monitor_response");
const QString kindFonds = QStringLiteral("fonds_idea");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    noteSqlError(q.lastError());
    *error = q.lastError().text();
    return false;
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    noteSqlError(q.lastError());
    *error = q.lastError().text();
    return false;
}

QString setKey(const QString &id, int version)
{
    return QStringLiteral("set:%1:%2").arg(id).arg(version);
}

QString rulesKey(int version)
{
    return QStringLiteral("rules:%1").arg(version);
}

// What makes two submissions of one id the same: kind, format, time and the payload's bytes.
QString contentHash(const QString &kind, int schemaVersion, const QString &createdAt, const QByteArray &payloadJson)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("%1\n%2\n%3\n").arg(kind).arg(schemaVersion).arg(createdAt).toUtf8());
    hash.addData(payloadJson);
    return QString::fromLatin1(hash.result().toHex());
}

// The hash a stored submission of an older format would have in the current one, so that
// the same item sent again after the hub moved on is still a duplicate.
QString upgradedHash(const QString &kind, int schemaVersion, const QString &createdAt, const QByteArray &payloadJson)
{
    const std::optional<QJsonObject> upgraded =
        PayloadFormat::upgrade(kind, schemaVersion, QJsonDocument::fromJson(payloadJson).object());
    return upgraded ? contentHash(kind, PayloadFormat::current(), createdAt, compact(*upgraded)) : QString();
}

bool isCanonicalUuid(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

QString nullable(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QString sinceText(const QDate &since)
{
    // Compared as text with ISO timestamps; "0000" sorts before every one of them.
    return since.isValid() ? since.toString(Qt::ISODate) : QStringLiteral("0000");
}

} // namespace

struct HubStore::Prepared
{
    QString id;          // empty when the item has no usable id
    QString status;      // "" while still acceptable; "rejected" when validation failed
    QString reason;
    QString kind;
    int schemaVersion = 0;
    QString createdAt;
    QString contentHash;
    QString areaId;
    QJsonObject item;       // as received, for the audit table
    QByteArray payloadJson; // what is stored
    // StadtRaumMonitor aggregates: the set (its catalogue names the themes) and the score per
    // theme in the set's order, 0 for "no answer" (scales start at 1 or above).
    QString criteriaSetId;
    std::shared_ptr<const Catalogue> setCatalogue;
    QList<int> scores;
};

HubStore::HubStore(HubDatabase &db)
    : m_db(db)
{
}

QString HubStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// ---------------------------------------------------------------------------------------------
// secrets

QString HubStore::newAdminToken(QString *error)
{
    const QString token = Tokens::newToken();
    const bool ok = m_db.transaction(
        [&](QString *e) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE admin_tokens SET retired_at = ? WHERE retired_at IS NULL"));
            q.addBindValue(now());
            if (!exec(q, e))
                return false;
            q.prepare(QStringLiteral("INSERT INTO admin_tokens (token_hash, created_at) VALUES (?, ?)"));
            q.addBindValue(Tokens::hash(token));
            q.addBindValue(now());
            return exec(q, e);
        },
        error);
    return ok ? token : QString();
}

QString HubStore::newEnrolCode(const QString &name, int ttlHours, QDateTime *expiresAt, QString *error)
{
    const QString code = Tokens::newEnrolCode();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(ttlHours) * 3600);
    const bool ok = m_db.transaction(
        [&](QString *e) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO enrol_codes (code_hash, name, created_at, expires_at) VALUES (?, ?, ?, ?)"));
            q.addBindValue(Tokens::hash(Tokens::normalizeEnrolCode(code)));
            q.addBindValue(name);
            q.addBindValue(now());
            q.addBindValue(expires.toString(Qt::ISODateWithMs));
            return exec(q, e);
        },
        error);
    if (!ok)
        return QString();
    *expiresAt = expires;
    return code;
}

HubStore::EnrolOutcome HubStore::enrol(const QString &code, const QString &name, QString *deviceId, QString *token,
                                       QString *error)
{
    const QString normalized = Tokens::normalizeEnrolCode(code);
    if (normalized.isEmpty())
        return EnrolOutcome::BadCode;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = Tokens::newToken();
    bool used = false;
    const bool ok = m_db.transaction(
        [&](QString *e) {
            used = false;
            const QString stamp = now();
            QSqlQuery q(m_db.connection());
            // One statement decides: two kiosks racing with one code, only one row changes.
            q.prepare(QStringLiteral("UPDATE enrol_codes SET used_at = ?, device_id = ?"
                                     " WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"));
            q.addBindValue(stamp);
            q.addBindValue(id);
            q.addBindValue(Tokens::hash(normalized));
            q.addBindValue(stamp);
            if (!exec(q, e))
                return false;
            if (q.numRowsAffected() != 1)
                return true; // nothing to write
            used = true;
            q.prepare(QStringLiteral("INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES (?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(name);
            q.addBindValue(Tokens::hash(secret));
            q.addBindValue(stamp);
            return exec(q, e);
        },
        error);
    if (!ok)
        return EnrolOutcome::Failed;
    if (!used)
        return EnrolOutcome::BadCode;
    *deviceId = id;
    *token = secret;
    return EnrolOutcome::Enrolled;
}

Principal HubStore::authenticate(const QString &token, QString *error)
{
    Principal p;
    if (!Tokens::looksLikeToken(token))
        return p;
    const QString hash = Tokens::hash(token);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, token_hash, revoked_at FROM devices WHERE token_hash = ?"));
    q.addBindValue(hash);
    if (!exec(q, error))
        return p;
    if (q.next()) {
        if (Tokens::equal(q.value(1).toString(), hash) && q.value(2).isNull()) {
            p.kind = Principal::Kind::Device;
            p.deviceId = q.value(0).toString();
        }
        return p;
    }
    q.prepare(QStringLiteral("SELECT token_hash FROM admin_tokens WHERE retired_at IS NULL"));
    if (!exec(q, error))
        return p;
    while (q.next()) {
        if (Tokens::equal(q.value(0).toString(), hash))
            p.kind = Principal::Kind::Admin;
    }
    return p;
}

// ---------------------------------------------------------------------------------------------
// devices

std::optional<QList<DeviceInfo>> HubStore::devices(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!exec(q,
              QStringLiteral("SELECT id, name, enrolled_at, revoked_at, last_seen_at, app_version, queue_length, last_error"
                             " FROM devices ORDER BY enrolled_at, id"),
              error))
        return std::nullopt;
    QList<DeviceInfo> list;
    while (q.next()) {
        DeviceInfo d;
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        d.enrolledAt = q.value(2).toString();
        d.revokedAt = nullable(q.value(3));
        d.lastSeenAt = nullable(q.value(4));
        d.appVersion = nullable(q.value(5));
        d.queueLength = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
        d.lastErrorReported = !q.value(7).isNull();
        d.lastError = nullable(q.value(7));
        list.append(d);
    }
    return list;
}

HubStore::RevokeOutcome HubStore::revoke(const QString &deviceId, QString *revokedAt, QString *error)
{
    RevokeOutcome outcome = RevokeOutcome::NotFound;
    const bool ok = m_db.transaction(
        [&](QString *e) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT revoked_at FROM devices WHERE id = ?"));
            q.addBindValue(deviceId);
            if (!exec(q, e))
                return false;
            if (!q.next()) {
                outcome = RevokeOutcome::NotFound;
                return true;
            }
            if (!q.value(0).isNull()) {
                outcome = RevokeOutcome::AlreadyRevoked;
                *revokedAt = q.value(0).toString();
                return true;
            }
            q.finish();
            *revokedAt = now();
            q.prepare(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ?"));
            q.addBindValue(*revokedAt);
            q.addBindValue(deviceId);
            outcome = RevokeOutcome::Revoked;
            return exec(q, e);
        },
        error);
    return ok ? outcome : RevokeOutcome::Failed;
}

void HubStore::touch(const QString &deviceId)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (nowMs - m_lastTouch.value(deviceId, 0) < 60000)
        return;
    QString error;
    const bool ok = m_db.transaction(
        [&](QString *e) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"));
            q.addBindValue(now());
            q.addBindValue(deviceId);
            return exec(q, e);
        },
        &error);
    if (ok)
        m_lastTouch.insert(deviceId, nowMs);
}

// ---------------------------------------------------------------------------------------------
// keys

QByteArray HubStore::publicKey(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM hub_settings WHERE key = 'public_key'"));
    if (!exec(q, error) || !q.next())
        return QByteArray();
    return QByteArray::fromBase64(q.value(0).toString().toLatin1());
}

bool HubStore::setPublicKey(const QByteArray &key, QString *error)
{
    return m_db.transaction(
        [&](QString *e) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM hub_settings WHERE key = 'public_key'"));
            if (!exec(q, e))
                return false;
            q.prepare(QStringLiteral("INSERT INTO hub_settings (key, value) VALUES ('public_key', ?)"));
            q.addBindValue(QString::fromLatin1(key.toBase64()));
            if (!exec(q, e))
                return false;
            return refreshServed(key, e);
        },
        error);
}

// ---------------------------------------------------------------------------------------------
// catalogue

QByteArray HubStore::servedDocument(const QJsonObject &document, const QByteArray &publicKey) const
{
    // The hub is the authority on its own key: whatever key an uploaded document names is
    // replaced, and without a key pair the document names none (the Fonds module stays off).
    QJsonObject served = document;
    if (publicKey.size() == SealedBox::publicKeyBytes)
        served.insert(QStringLiteral("hub_public_key"), QString::fromLatin1(publicKey.toBase64()));
    else
        served.remove(QStringLiteral("hub_public_key"));
    return QJsonDocument(served).toJson(QJsonDocument::Compact);
}

bool HubStore::refreshServed(const QByteArray &publicKey, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.document FROM catalogue_current c JOIN catalogue_history h ON h.etag = c.document_hash"));
    if (!exec(q, error))
        return false;
    if (!q.next())
        return true; // no catalogue yet; the key goes in when one is imported
    const QJsonObject document = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    const QByteArray served = servedDocument(document, publicKey);
    q.prepare(QStringLiteral("UPDATE catalogue_current SET served = ?, etag = ?, updated_at = ? WHERE id = 1"));
    q.addBindValue(QString::fromUtf8(served));
    q.addBindValue(sha256Hex(served).left(32));
    q.addBindValue(now());
    return exec(q, error);
}

bool HubStore::ensureCatalogue(QString *error)
{
    const QString etag = catalogueEtag(error);
    if (!etag.isEmpty())
        return true;
    if (!error->isEmpty())
        return false;
    QFile bundled(QStringLiteral(":/catalogue/bochum.json"));
    if (!bundled.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the bundled catalogue is missing from this build");
        return false;
    }
    const ImportResult r = importCatalogue(bundled.readAll());
    if (!r.ok)
        *error = r.errors.join(QStringLiteral("; "));
    return r.ok;
}

QString HubStore::catalogueEtag(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!exec(q, QStringLiteral("SELECT etag FROM catalogue_current WHERE id = 1"), error) || !q.next())
        return QString();
    return QStringLiteral("\"%1\"").arg(q.value(0).toString());
}

std::optional<ServedCatalogue> HubStore::catalogue(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!exec(q, QStringLiteral("SELECT served, etag, version FROM catalogue_current WHERE id = 1"), error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("no catalogue");
        return std::nullopt;
    }
    return ServedCatalogue{q.value(0).toString().toUtf8(), QStringLiteral("\"%1\"").arg(q.value(1).toString()),
                           q.value(2).toString()};
}

HubStore::ImportResult HubStore::importCatalogue(const QByteArray &json)
{
    ImportResult result;
    const CatalogueParser::Result parsed = CatalogueParser::parse(json);
    if (!parsed.ok()) {
        result.invalid = true;
        result.errors = parsed.errors;
        return result;
    }
    const Catalogue &c = *parsed.catalogue;
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    const QByteArray canonical = compact(document);
    const QString documentHash = sha256Hex(canonical);
    QString error;
    const bool ok = m_db.transaction(
        [&](QString *e) {
            result.errors.clear();
            QSqlQuery q(m_db.connection());
            // A criteria set or fund rules version that exists already must mean the same.
            q.prepare(QStringLiteral("SELECT catalogue_etag FROM criteria_sets WHERE id = ? AND version = ?"));
            q.addBindValue(c.criteriaSet.id);
            q.addBindValue(c.criteriaSet.version);
            if (!exec(q, e))
                return false;
            const QString setOwner = q.next() ? q.value(0).toString() : QString();
            q.prepare(QStringLiteral("SELECT catalogue_etag FROM fund_rules WHERE version = ?"));
            q.addBindValue(c.fundRules.version);
            if (!exec(q, e))
                return false;
            const QString rulesOwner = q.next() ? q.value(0).toString() : QString();
            q.finish();
            if (!setOwner.isEmpty()) {
                const auto old = catalogueByHash(setOwner, e);
                if (!old)
                    return false;
                if (!(old->criteriaSet == c.criteriaSet))
                    result.errors.append(QStringLiteral("criteria_set: version %1 of \"%2\" exists with other content;"
                                                        " a changed set needs a new version")
                                             .arg(c.criteriaSet.version).arg(c.criteriaSet.id));
            }
            if (!rulesOwner.isEmpty()) {
                const auto old = catalogueByHash(rulesOwner, e);
                if (!old)
                    return false;
                if (!(old->fundRules == c.fundRules))
                    result.errors.append(QStringLiteral("fund_rules: version %1 exists with other content;"
                                                        " changed rules need a new version")
                                             .arg(c.fundRules.version));
            }
            if (!result.errors.isEmpty())
                return true; // nothing written; the caller reports the document's problems

            const QString stamp = now();
            q.prepare(QStringLiteral("INSERT INTO catalogue_history (etag, version, document, imported_at) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT (etag) DO NOTHING"));
            q.addBindValue(documentHash);
            q.addBindValue(c.version);
            q.addBindValue(QString::fromUtf8(canonical));
            q.addBindValue(stamp);
            if (!exec(q, e))
                return false;
            if (setOwner.isEmpty()) {
                q.prepare(QStringLiteral("INSERT INTO criteria_sets (id, version, catalogue_etag) VALUES (?, ?, ?)"));
                q.addBindValue(c.criteriaSet.id);
                q.addBindValue(c.criteriaSet.version);
                q.addBindValue(documentHash);
                if (!exec(q, e))
                    return false;
            }
            if (rulesOwner.isEmpty()) {
                q.prepare(QStringLiteral("INSERT INTO fund_rules (version, catalogue_etag) VALUES (?, ?)"));
                q.addBindValue(c.fundRules.version);
                q.addBindValue(documentHash);
                if (!exec(q, e))
                    return false;
            }
            // Areas only ever get added or updated, so older responses keep their place.
            for (const Area &a : c.areas) {
                q.prepare(QStringLiteral("INSERT INTO areas (id, kind, parent_id) VALUES (?, ?, ?)"
                                         " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, parent_id = excluded.parent_id"));
                q.addBindValue(a.id);
                q.addBindValue(Area::kindId(a.kind));
                q.addBindValue(a.parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.parentId));
                if (!exec(q, e))
                    return false;
            }
            QSqlQuery k(m_db.connection());
            k.prepare(QStringLiteral("SELECT value FROM hub_settings WHERE key = 'public_key'"));
            if (!exec(k, e))
                return false;
            const QByteArray key = k.next() ? QByteArray::fromBase64(k.value(0).toString().toLatin1()) : QByteArray();
            const QByteArray served = servedDocument(document, key);
            result.etag = sha256Hex(served).left(32);
            q.prepare(QStringLiteral("DELETE FROM catalogue_current"));
            if (!exec(q, e))
                return false;
            q.prepare(QStringLiteral("INSERT INTO catalogue_current (id, etag, version, document_hash, served, updated_at)"
                                     " VALUES (1, ?, ?, ?, ?, ?)"));
            q.addBindValue(result.etag);
            q.addBindValue(c.version);
            q.addBindValue(documentHash);
            q.addBindValue(QString::fromUtf8(served));
            q.addBindValue(stamp);
            return exec(q, e);
        },
        &error);
    if (!ok) {
        result.errors = QStringList{error};
        return result;
    }
    if (!result.errors.isEmpty()) {
        result.invalid = true;
        return result;
    }
    result.ok = true;
    result.version = c.version;
    result.etag = QStringLiteral("\"%1\"").arg(result.etag);
    return result;
}

std::shared_ptr<const Catalogue> HubStore::catalogueByHash(const QString &documentHash, QString *error)
{
    if (const auto it = m_catalogues.constFind(documentHash); it != m_catalogues.constEnd())
        return it.value();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT document FROM catalogue_history WHERE etag = ?"));
    q.addBindValue(documentHash);
    if (!exec(q, error))
        return nullptr;
    if (!q.next()) {
        *error = QStringLiteral("catalogue %1 is missing from the history").arg(documentHash.left(12));
        return nullptr;
    }
    const CatalogueParser::Result parsed = CatalogueParser::parse(q.value(0).toString().toUtf8());
    if (!parsed.ok()) {
        *error = QStringLiteral("stored catalogue %1 no longer validates: %2").arg(documentHash.left(12), parsed.errors.value(0));
        return nullptr;
    }
    auto catalogue = std::make_shared<const Catalogue>(*parsed.catalogue);
    m_catalogues.insert(documentHash, catalogue);
    return catalogue;
}

std::shared_ptr<const Catalogue> HubStore::currentCatalogue(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!exec(q, QStringLiteral("SELECT document_hash FROM catalogue_current WHERE id = 1"), error))
        return nullptr;
    if (!q.next()) {
        *error = QStringLiteral("the hub has no catalogue");
        return nullptr;
    }
    return catalogueByHash(q.value(0).toString(), error);
}

std::shared_ptr<const Catalogue> HubStore::catalogueForCriteriaSet(const QString &id, int version, QString *error)
{
    // Which catalogue introduced a set version never changes once written: remember it.
    const QString key = setKey(id, version);
    if (const auto it = m_versionOwners.constFind(key); it != m_versionOwners.constEnd())
        return catalogueByHash(it.value(), error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT catalogue_etag FROM criteria_sets WHERE id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    if (!exec(q, error) || !q.next())
        return nullptr;
    m_versionOwners.insert(key, q.value(0).toString());
    return catalogueByHash(q.value(0).toString(), error);
}

std::shared_ptr<const Catalogue> HubStore::catalogueForFundRules(int version, QString *error)
{
    const QString key = rulesKey(version);
    if (const auto it = m_versionOwners.constFind(key); it != m_versionOwners.constEnd())
        return catalogueByHash(it.value(), error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT catalogue_etag FROM fund_rules WHERE version = ?"));
    q.addBindValue(version);
    if (!exec(q, error) || !q.next())
        return nullptr;
    m_versionOwners.insert(key, q.value(0).toString());
    return catalogueByHash(q.value(0).toString(), error);
}

bool HubStore::loadAreas(QString *error)
{
    const QString etag = catalogueEtag(error);
    if (!error->isEmpty())
        return false;
    if (!m_areas.isEmpty() && etag == m_areasForEtag)
        return true;
    QSqlQuery q(m_db.connection());
    if (!exec(q, QStringLiteral("SELECT id, kind, parent_id FROM areas"), error))
        return false;
    m_areas.clear();
    while (q.next())
        m_areas.insert(q.value(0).toString(), AreaNode{q.value(1).toString(), nullable(q.value(2))});
    m_areasForEtag = etag;
    return true;
}

QStringList HubStore::areaChain(const QString &areaId) const
{
    QStringList chain;
    QString id = areaId;
    while (!id.isEmpty() && m_areas.contains(id) && !chain.contains(id) && chain.size() < 8) {
        chain.append(id);
        id = m_areas.value(id).parentId;
    }
    return chain;
}

// ---------------------------------------------------------------------------------------------
// submissions

HubStore::Prepared HubStore::prepare(const QJsonValue &value, int index, const Resolved &resolved) const
{
    Prepared p;
    const auto reject = [&p, &value](const QString &reason) {
        p.status = QStringLiteral("rejected");
        p.reason = reason;
        if (!p.id.isEmpty()) // kept for audit; bounded by the request size
            p.item = value.toObject();
        return p;
    };
    if (!value.isObject())
        return reject(QStringLiteral("items[%1]: expected an object").arg(index));
    const QJsonObject item = value.toObject();
    p.item = item;
    const QJsonValue idValue = item.value(QLatin1String("id"));
    if (!idValue.isString() || !isCanonicalUuid(idValue.toString()))
        return reject(QStringLiteral("id: expected a UUID in lower-case 8-4-4-4-12 form"));
    p.id = idValue.toString();
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("schema_version"),
                                       QStringLiteral("created_at"), QStringLiteral("payload")};
        if (!known.contains(it.key()))
            return reject(QStringLiteral("%1: unknown key").arg(it.key().left(64)));
    }
    p.kind = item.value(QLatin1String("kind")).toString();
    if (p.kind != kindMonitor && p.kind != kindFonds)
        return reject(QStringLiteral("kind: expected \"monitor_response\" or \"fonds_idea\""));
    // The payload's format: the current one, or the one before it, upgraded here. The reason
    // starts with "schema_version:", which tells a kiosk to keep the item for another hub.
    const QJsonValue schema = item.value(QLatin1String("schema_version"));
    const double version = schema.toDouble(-1);
    if (!schema.isDouble() || version != double(int(version)) || !PayloadFormat::accepts(int(version))) {
        return reject(PayloadFormat::oldestAccepted() == PayloadFormat::current()
                          ? QStringLiteral("schema_version: this hub takes version %1").arg(PayloadFormat::current())
                          : QStringLiteral("schema_version: this hub takes versions %1 to %2")
                                .arg(PayloadFormat::oldestAccepted()).arg(PayloadFormat::current()));
    }
    p.schemaVersion = PayloadFormat::current(); // what is stored, after the upgrade below
    const QJsonValue created = item.value(QLatin1String("created_at"));
    const QDateTime createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
    if (!created.isString() || created.toString().size() > 40 || !createdAt.isValid())
        return reject(QStringLiteral("created_at: expected an ISO 8601 date and time"));
    p.createdAt = createdAt.toUTC().toString(Qt::ISODateWithMs);
    const QJsonValue payloadValue = item.value(QLatin1String("payload"));
    if (!payloadValue.isObject())
        return reject(QStringLiteral("payload: expected an object"));
    const std::optional<QJsonObject> upgraded = PayloadFormat::upgrade(p.kind, int(version), payloadValue.toObject());
    if (!upgraded)
        return reject(QStringLiteral("payload: cannot be brought from format %1 to %2").arg(int(version)).arg(PayloadFormat::current()));
    const QJsonObject &payload = *upgraded;
    if (payload.value(QLatin1String("id")).toString() != p.id)
        return reject(QStringLiteral("payload.id: does not match the item's id"));

    QStringList problems;
    if (p.kind == kindMonitor) {
        const std::optional<MonitorResponse> r = MonitorResponse::fromJson(payload, &problems);
        if (!r)
            return reject(QStringLiteral("payload.%1").arg(problems.value(0)));
        const auto catalogue = resolved.value(setKey(r->criteriaSetId, r->criteriaSetVersion));
        if (!catalogue)
            return reject(QStringLiteral("payload.criteria_set: %1 version %2 is unknown to this hub")
                              .arg(r->criteriaSetId).arg(r->criteriaSetVersion));
        problems = r->validate(catalogue->criteriaSet);
        if (!problems.isEmpty())
            return reject(QStringLiteral("payload.%1").arg(problems.constFirst()));
        if (!m_areas.contains(r->areaId))
            return reject(QStringLiteral("payload.area_id: \"%1\" is not an area of this hub's catalogue").arg(r->areaId));
        p.areaId = r->areaId;
        p.criteriaSetId = r->criteriaSetId;
        p.setCatalogue = catalogue;
        p.scores.reserve(r->answers.size());
        for (const ThemeAnswer &a : r->answers)
            p.scores.append(a.score.value_or(0));
    } else {
        const std::optional<FondsIdea> idea = FondsIdea::fromJson(payload, &problems);
        if (!idea)
            return reject(QStringLiteral("payload.%1").arg(problems.value(0)));
        const auto catalogue = resolved.value(rulesKey(idea->fundRulesVersion));
        if (!catalogue)
            return reject(QStringLiteral("payload.fund_rules_version: %1 is unknown to this hub").arg(idea->fundRulesVersion));
        problems = idea->validate(*catalogue, catalogue->fundRules);
        if (!problems.isEmpty())
            return reject(QStringLiteral("payload.%1").arg(problems.constFirst()));
        p.areaId = idea->input.areaId;
    }
    p.payloadJson = compact(payload); // keys sorted: the same content always gives the same bytes
    if (p.payloadJson.size() > maxItemBytes) {
        p.payloadJson.clear();
        return reject(QStringLiteral("payload: larger than %1 bytes").arg(maxItemBytes));
    }
    p.contentHash = contentHash(p.kind, p.schemaVersion, p.createdAt, p.payloadJson);
    return p;
}

bool HubStore::submit(const QString &deviceId, const DeviceReport &report, const QJsonArray &items,
                      QList<ItemResult> *results, QString *error)
{
    error->clear();
    if (!loadAreas(error))
        return false;
    // The criteria set and fund rules versions the items name, looked up once (the database
    // and the caches are this thread's); then each item is checked on its own, in parallel:
    // checking is most of a batch's work and touches nothing but constant data.
    Resolved resolved;
    for (const QJsonValue &value : items) {
        const QJsonObject payload = value.toObject().value(QLatin1String("payload")).toObject();
        const QJsonValue kind = value.toObject().value(QLatin1String("kind"));
        if (kind == kindMonitor) {
            const QJsonObject set = payload.value(QLatin1String("criteria_set")).toObject();
            const QString id = set.value(QLatin1String("id")).toString();
            const int version = set.value(QLatin1String("version")).toInt();
            const QString key = setKey(id, version);
            if (!resolved.contains(key) && JsonReader::isValidId(id))
                resolved.insert(key, catalogueForCriteriaSet(id, version, error));
        } else if (kind == kindFonds) {
            const int version = payload.value(QLatin1String("fund_rules_version")).toInt();
            if (!resolved.contains(rulesKey(version)))
                resolved.insert(rulesKey(version), catalogueForFundRules(version, error));
        }
        if (!error->isEmpty())
            return false;
    }
    QList<Prepared> prepared(items.size());
    const auto prepareRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            prepared[i] = prepare(items.at(i), int(i), resolved);
    };
    const int threads = items.size() >= 64 ? qBound(1, QThread::idealThreadCount(), 4) : 1;
    std::vector<std::thread> workers;
    const qsizetype chunk = (items.size() + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(prepareRange, qMin(items.size(), t * chunk), qMin(items.size(), (t + 1) * chunk));
    prepareRange(0, qMin(items.size(), chunk));
    for (std::thread &w : workers)
        w.join();

    // Rows are written in id order, so two hub processes storing overlapping batches lock them
    // in the same order and cannot deadlock each other.
    QList<int> order(prepared.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return prepared.at(a).id < prepared.at(b).id; });

    QList<ItemResult> out;
    const bool ok = m_db.transaction(
        [&](QString *e) {
            out = QList<ItemResult>(prepared.size());
            const QString stamp = now();
            QHash<QString, QString> seenInBatch; // id -> content hash of its first occurrence
            // Deltas per (area node and set) scope, theme index and score; applied once per key.
            QHash<QString, int> scopeIndex;       // "area\x1fset" -> index into scopes
            QList<QPair<QString, const Prepared *>> scopes; // area node, an item of that set
            QHash<quint64, qint64> counts;        // scope << 32 | theme << 16 | score
            QList<qint64> totals;                 // per scope
            QSqlQuery insert(m_db.connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO submissions (id, kind, schema_version, device_id, created_at, received_at, content_hash,"
                " area_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
            QSqlQuery existing(m_db.connection());
            existing.prepare(QStringLiteral("SELECT content_hash, schema_version, kind, created_at, payload FROM submissions WHERE id = ?"));
            QSqlQuery audit(m_db.connection());
            audit.prepare(QStringLiteral(
                "INSERT INTO rejected_submissions (id, content_hash, device_id, received_at, reason, item)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id, content_hash) DO NOTHING"));
            const auto keep = [&](const Prepared &p, const QString &hash, const QString &reason) {
                audit.bindValue(0, p.id);
                audit.bindValue(1, hash);
                audit.bindValue(2, deviceId);
                audit.bindValue(3, stamp);
                audit.bindValue(4, reason);
                audit.bindValue(5, QString::fromUtf8(compact(p.item)));
                return exec(audit, e);
            };

            for (int index : order) {
                const Prepared &p = prepared.at(index);
                ItemResult &r = out[index];
                r.id = p.id;
                if (p.status == QLatin1String("rejected")) {
                    r.status = p.status;
                    r.reason = p.reason;
                    if (!p.id.isEmpty() && !keep(p, sha256Hex(compact(p.item)), p.reason))
                        return false;
                    continue;
                }
                if (const auto seen = seenInBatch.constFind(p.id); seen != seenInBatch.constEnd()) {
                    r.status = seen.value() == p.contentHash ? QStringLiteral("duplicate") : QStringLiteral("rejected");
                    if (r.status == QLatin1String("rejected")) {
                        r.reason = QStringLiteral("conflict");
                        if (!keep(p, p.contentHash, r.reason))
                            return false;
                    }
                    continue;
                }
                seenInBatch.insert(p.id, p.contentHash);
                insert.bindValue(0, p.id);
                insert.bindValue(1, p.kind);
                insert.bindValue(2, p.schemaVersion);
                insert.bindValue(3, deviceId);
                insert.bindValue(4, p.createdAt);
                insert.bindValue(5, stamp);
                insert.bindValue(6, p.contentHash);
                insert.bindValue(7, p.areaId);
                insert.bindValue(8, QString::fromUtf8(p.payloadJson));
                if (!exec(insert, e))
                    return false;
                if (insert.numRowsAffected() == 1) {
                    r.status = QStringLiteral("accepted");
                    if (p.kind == kindMonitor) {
                        for (const QString &node : areaChain(p.areaId)) {
                            const QString scopeKey = node + QChar(0x1f) + p.criteriaSetId;
                            int scope = scopeIndex.value(scopeKey, -1);
                            if (scope < 0) {
                                scope = int(scopes.size());
                                scopeIndex.insert(scopeKey, scope);
                                scopes.append({node, &p});
                                totals.append(0);
                            }
                            totals[scope] += 1;
                            for (int theme = 0; theme < p.scores.size(); ++theme) {
                                if (p.scores.at(theme) > 0 && p.scores.at(theme) < 0x10000)
                                    counts[(quint64(scope) << 32) | (quint64(theme) << 16) | quint64(p.scores.at(theme))] += 1;
                            }
                        }
                    }
                    continue;
                }
                existing.bindValue(0, p.id);
                if (!exec(existing, e))
                    return false;
                QString stored;
                if (existing.next()) {
                    stored = existing.value(0).toString();
                    const int storedVersion = existing.value(1).toInt();
                    if (stored != p.contentHash && storedVersion != p.schemaVersion)
                        stored = upgradedHash(existing.value(2).toString(), storedVersion, existing.value(3).toString(),
                                              existing.value(4).toString().toUtf8());
                }
                existing.finish();
                if (stored == p.contentHash) {
                    r.status = QStringLiteral("duplicate");
                } else {
                    r.status = QStringLiteral("rejected");
                    r.reason = QStringLiteral("conflict");
                    if (!keep(p, p.contentHash, r.reason))
                        return false;
                }
            }

            // The aggregates move in the same transaction, in key order (no deadlocks).
            QSqlQuery upsert(m_db.connection());
            upsert.prepare(QStringLiteral(
                "INSERT INTO monitor_counts (area_id, criteria_set_id, theme_id, score, n) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (area_id, criteria_set_id, theme_id, score) DO UPDATE SET n = monitor_counts.n + excluded.n"));
            // Written in the order of their keys' text, the same in every hub process.
            struct Delta
            {
                QString area, set, theme;
                int score;
                qint64 n;
            };
            std::vector<Delta> deltas;
            deltas.reserve(size_t(counts.size()));
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
                const auto &[node, sample] = scopes.at(int(it.key() >> 32));
                const int theme = int((it.key() >> 16) & 0xffff);
                deltas.push_back({node, sample->criteriaSetId, sample->setCatalogue->criteriaSet.themes.at(theme).id,
                                  int(it.key() & 0xffff), it.value()});
            }
            std::sort(deltas.begin(), deltas.end(), [](const Delta &a, const Delta &b) {
                return std::tie(a.area, a.set, a.theme, a.score) < std::tie(b.area, b.set, b.theme, b.score);
            });
            for (const Delta &d : deltas) {
                upsert.bindValue(0, d.area);
                upsert.bindValue(1, d.set);
                upsert.bindValue(2, d.theme);
                upsert.bindValue(3, d.score);
                upsert.bindValue(4, d.n);
                if (!exec(upsert, e))
                    return false;
            }
            upsert.prepare(QStringLiteral(
                "INSERT INTO monitor_totals (area_id, criteria_set_id, responses) VALUES (?, ?, ?)"
                " ON CONFLICT (area_id, criteria_set_id) DO UPDATE SET responses = monitor_totals.responses + excluded.responses"));
            QList<int> scopeOrder(scopes.size());
            std::iota(scopeOrder.begin(), scopeOrder.end(), 0);
            std::sort(scopeOrder.begin(), scopeOrder.end(), [&](int a, int b) {
                return std::tie(scopes.at(a).first, scopes.at(a).second->criteriaSetId)
                    < std::tie(scopes.at(b).first, scopes.at(b).second->criteriaSetId);
            });
            for (int scope : scopeOrder) {
                upsert.bindValue(0, scopes.at(scope).first);
                upsert.bindValue(1, scopes.at(scope).second->criteriaSetId);
                upsert.bindValue(2, totals.at(scope));
                if (!exec(upsert, e))
                    return false;
            }
            QSqlQuery device(m_db.connection());
            device.prepare(QStringLiteral("UPDATE devices SET last_seen_at = ?, app_version = ?, queue_length = ?,"
                                          " last_error = ? WHERE id = ?"));
            device.addBindValue(stamp);
            device.addBindValue(report.appVersion);
            device.addBindValue(report.queueLength);
            device.addBindValue(report.lastError);
            device.addBindValue(deviceId);
            return exec(device, e);
        },
        error);
    if (!ok)
        return false;
    m_lastTouch.insert(deviceId, QDateTime::currentMSecsSinceEpoch());
    *results = out;
    return true;
}

// ---------------------------------------------------------------------------------------------
// results

QJsonObject HubStore::scopeResults(const QString &areaId, const CriteriaSet &set, int minResponses, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT responses FROM monitor_totals WHERE area_id = ? AND criteria_set_id = ?"));
    q.addBindValue(areaId);
    q.addBindValue(set.id);
    if (!exec(q, error))
        return {};
    const qint64 responses = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    q.prepare(QStringLiteral("SELECT theme_id, score, n FROM monitor_counts WHERE area_id = ? AND criteria_set_id = ?"));
    q.addBindValue(areaId);
    q.addBindValue(set.id);
    if (!exec(q, error))
        return {};
    const int width = set.scaleMax - set.scaleMin + 1;
    QHash<QString, QList<qint64>> byTheme;
    while (q.next()) {
        const int score = q.value(1).toInt();
        if (score < set.scaleMin || score > set.scaleMax)
            continue; // an older set with another scale
        QList<qint64> &c = byTheme[q.value(0).toString()];
        if (c.isEmpty())
            c = QList<qint64>(width, 0);
        c[score - set.scaleMin] += q.value(2).toLongLong();
    }
    QJsonArray themes;
    for (const Theme &t : set.themes) {
        const QList<qint64> c = byTheme.value(t.id, QList<qint64>(width, 0));
        qint64 n = 0;
        qint64 sum = 0;
        QJsonArray counts;
        for (int i = 0; i < width; ++i) {
            n += c.at(i);
            sum += c.at(i) * (set.scaleMin + i);
            counts.append(c.at(i));
        }
        // Below k ratings of a theme (or k responses in the area) neither its mean nor its
        // distribution leaves the hub: with few responses they are a few people's answers.
        // The count stays, so a kiosk can say how many there are.
        const bool shown = n >= minResponses && responses >= minResponses;
        themes.append(QJsonObject{{QStringLiteral("id"), t.id},
                                  {QStringLiteral("n"), n},
                                  {QStringLiteral("mean"), shown ? QJsonValue(double(sum) / double(n)) : QJsonValue()},
                                  {QStringLiteral("counts"), shown ? QJsonValue(counts) : QJsonValue()}});
    }
    return QJsonObject{{QStringLiteral("id"), areaId},
                       {QStringLiteral("kind"), m_areas.value(areaId).kind},
                       {QStringLiteral("responses"), responses},
                       {QStringLiteral("themes"), themes}};
}

HubStore::ResultsOutcome HubStore::results(const QString &areaId, QJsonObject *out, QString *error)
{
    error->clear();
    if (!loadAreas(error))
        return ResultsOutcome::Failed;
    if (!m_areas.contains(areaId))
        return ResultsOutcome::UnknownArea;
    const auto catalogue = currentCatalogue(error);
    if (!catalogue)
        return ResultsOutcome::Failed;
    const CriteriaSet &set = catalogue->criteriaSet;
    const QStringList chain = areaChain(areaId);
    QString district;
    for (const QString &id : chain) {
        if (m_areas.value(id).kind == QLatin1String("district"))
            district = id;
    }
    const QString city = chain.isEmpty() ? areaId : chain.constLast();
    const int k = catalogue->minResponses;
    QJsonObject result{
        {QStringLiteral("min_responses"), k},
        {QStringLiteral("criteria_set"),
         QJsonObject{{QStringLiteral("id"), set.id},
                     {QStringLiteral("version"), set.version},
                     {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), set.scaleMin}, {QStringLiteral("max"), set.scaleMax}}}}},
        {QStringLiteral("area"), scopeResults(areaId, set, k, error)},
        {QStringLiteral("district"), district.isEmpty() ? QJsonValue() : QJsonValue(scopeResults(district, set, k, error))},
        {QStringLiteral("city"), scopeResults(city, set, k, error)},
    };
    if (!error->isEmpty())
        return ResultsOutcome::Failed;
    *out = result;
    return ResultsOutcome::Ok;
}

// ---------------------------------------------------------------------------------------------
// exports

bool HubStore::exportMonitor(const QDate &since, CsvWriter *csv, QString *error)
{
    error->clear();
    const auto catalogue = currentCatalogue(error);
    if (!catalogue || !loadAreas(error))
        return false;
    QStringList header{QStringLiteral("id"), QStringLiteral("received_at"), QStringLiteral("created_at"),
                       QStringLiteral("device_id"), QStringLiteral("criteria_set"), QStringLiteral("criteria_set_version"),
                       QStringLiteral("area_id"), QStringLiteral("district_id"), QStringLiteral("age_band"),
                       QStringLiteral("gender"), QStringLiteral("relations"), QStringLiteral("group_id"),
                       QStringLiteral("interviewer_id")};
    const QList<Theme> &themes = catalogue->criteriaSet.themes;
    for (const Theme &t : themes) {
        header << t.id + QStringLiteral("_score") << t.id + QStringLiteral("_good") << t.id + QStringLiteral("_better");
    }
    csv->addRow(header);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, received_at, created_at, device_id, payload FROM submissions"
                             " WHERE kind = ? AND received_at >= ? ORDER BY received_at, id"));
    q.addBindValue(kindMonitor);
    q.addBindValue(sinceText(since));
    if (!exec(q, error))
        return false;
    while (q.next()) {
        QStringList errors;
        const auto r = MonitorResponse::fromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), &errors);
        if (!r)
            continue; // stored only after validation; cannot happen
        QString district;
        for (const QString &id : areaChain(r->areaId)) {
            if (m_areas.value(id).kind == QLatin1String("district"))
                district = id;
        }
        QStringList row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        r->criteriaSetId, QString::number(r->criteriaSetVersion), r->areaId, district,
                        r->demographics.ageBand, r->demographics.gender,
                        r->demographics.relations.join(QLatin1Char(';')), r->groupId, r->interviewerId};
        QHash<QString, const ThemeAnswer *> byTheme;
        for (const ThemeAnswer &a : r->answers)
            byTheme.insert(a.themeId, &a);
        for (const Theme &t : themes) {
            const ThemeAnswer *a = byTheme.value(t.id);
            row << (a && a->score ? QString::number(*a->score) : QString()) << (a ? a->good : QString())
                << (a ? a->better : QString());
        }
        csv->addRow(row);
    }
    return true;
}

bool HubStore::exportFonds(const QDate &since, const QByteArray &secretKey, CsvWriter *csv, QString *error)
{
    error->clear();
    const QByteArray key = publicKey(error);
    if (!error->isEmpty())
        return false;
    csv->addRow({QStringLiteral("id"), QStringLiteral("received_at"), QStringLiteral("created_at"),
                 QStringLiteral("device_id"), QStringLiteral("receipt_code"), QStringLiteral("fund_rules_version"),
                 QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("area_id"),
                 QStringLiteral("category_id"), QStringLiteral("planned_start"), QStringLiteral("total_cost_eur"),
                 QStringLiteral("own_money_eur"), QStringLiteral("work_hours"), QStringLiteral("in_kind_eur"),
                 QStringLiteral("own_contribution_eur"), QStringLiteral("requested_eur"),
                 QStringLiteral("small_application"), QStringLiteral("needs_advice"), QStringLiteral("applicant"),
                 QStringLiteral("declarations_confirmed"), QStringLiteral("consent"), QStringLiteral("contact_status"),
                 QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("organisation")});
    const auto euros = [](qint64 cents) {
        return QStringLiteral("%1%2.%3").arg(cents < 0 ? QStringLiteral("-") : QString()).arg(qAbs(cents) / 100)
            .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'));
    };
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, received_at, created_at, device_id, payload FROM submissions"
                             " WHERE kind = ? AND received_at >= ? ORDER BY received_at, id"));
    q.addBindValue(kindFonds);
    q.addBindValue(sinceText(since));
    if (!exec(q, error))
        return false;
    while (q.next()) {
        QStringList errors;
        const auto idea = FondsIdea::fromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), &errors);
        if (!idea)
            continue;
        const FondsIdeaInput &in = idea->input;
        QString status = QStringLiteral("sealed");
        FondsContact contact;
        if (!secretKey.isEmpty()) {
            const std::optional<QByteArray> opened = SealedBox::open(idea->sealedContact, key, secretKey);
            const std::optional<FondsContact> c = opened ? FondsContact::fromJsonBytes(*opened) : std::nullopt;
            if (c) {
                contact = *c;
                status = QStringLiteral("opened");
            } else {
                status = QStringLiteral("unreadable");
            }
        }
        const bool declared = in.declaresOfAgeAndCapable && in.declaresNotPublicOrParty && in.declaresCommonGood;
        csv->addRow({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     idea->receiptCode, QString::number(idea->fundRulesVersion), in.title, in.description, in.areaId,
                     in.categoryId, in.plannedStart.isValid() ? in.plannedStart.toString(QStringLiteral("yyyy-MM")) : QString(),
                     euros(in.amounts.totalCostCents), euros(in.amounts.ownMoneyCents),
                     QString::number(in.amounts.workHoursHundredths / 100.0, 'f', 2), euros(in.amounts.inKindCents),
                     euros(idea->assessment.ownContributionCents), euros(idea->assessment.requestedCents),
                     yesNo(idea->assessment.smallApplication), yesNo(idea->assessment.needsAdvice()),
                     FondsIdeaInput::applicantId(in.applicant), yesNo(declared), yesNo(in.consent), status,
                     contact.name, contact.email, contact.phone, contact.organisation});
    }
    return true;
}

} // namespace stadtlabor::hub
