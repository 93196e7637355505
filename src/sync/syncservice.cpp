// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "hubclient.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "syncqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>

#include <climits>

namespace stadtlabor {

Q_LOGGING_CATEGORY(lcSync, "stadtlabor.sync")

namespace {

const QString keyLastSuccess = QStringLiteral("sync_last_success");
const QString keyLastError = QStringLiteral("sync_last_error");
const QString keyLastErrorKind = QStringLiteral("sync_last_error_kind");
const QString keyNextAttempt = QStringLiteral("sync_next_attempt");
const QString keyUnauthorized = QStringLiteral("sync_unauthorized");
const QString keyCatalogueEtag = QStringLiteral("hub_catalogue_etag");
const QString keyRefusedEtag = QStringLiteral("hub_catalogue_refused_etag");

bool isLocalHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")
        || host == QLatin1String("[::1]");
}

QDateTime parseStamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// "1-2" as stored under keyHubFormats.
std::optional<SyncQueue::Formats> parseFormats(const QString &text)
{
    bool okFrom = false, okTo = false;
    const SyncQueue::Formats f{text.section(QLatin1Char('-'), 0, 0).toInt(&okFrom), text.section(QLatin1Char('-'), 1, 1).toInt(&okTo)};
    if (!okFrom || !okTo)
        return std::nullopt;
    return f;
}

QString formatsText(const SyncQueue::Formats &f)
{
    return QStringLiteral("%1-%2").arg(f.from).arg(f.to);
}

} // namespace

QString SyncService::checkHubUrl(const QUrl &url, bool allowPlainHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("not a web address (e.g. https://hub.example.org)");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QStringLiteral("the address may not contain a user, a query or a fragment");
    if (url.scheme() == QLatin1String("https"))
        return QString();
    if (url.scheme() != QLatin1String("http"))
        return QStringLiteral("only https:// (or http:// for this computer) is possible");
    if (isLocalHost(url.host()) || allowPlainHttp)
        return QString();
    return QStringLiteral("unencrypted http:// is only allowed for this computer unless the admin allows it");
}

std::optional<std::pair<int, int>> SyncService::numberRange(const QString &key)
{
    if (key == keyInterval)
        return std::pair(10, 86400);
    if (key == keyContactDays)
        return std::pair(0, 365);
    if (key == keyRecordDays)
        return std::pair(1, 3650);
    return std::nullopt;
}

QString SyncService::checkSetting(const QString &key, const QString &value)
{
    if (const auto range = numberRange(key)) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < range->first || n > range->second)
            return QStringLiteral("a whole number from %1 to %2").arg(range->first).arg(range->second);
        return QString();
    }
    if (key == keyAllowHttp)
        return value == QLatin1String("on") || value == QLatin1String("off") ? QString() : QStringLiteral("on or off");
    if (key == keyPin) {
        if (value.isEmpty())
            return QString();
        return QByteArray::fromBase64(value.toLatin1()).size() == 32 && value.size() == 44
            ? QString()
            : QStringLiteral("the SHA-256 of the hub's public key, base64 (44 characters), or empty");
    }
    if (key == keyHubUrl) // plain http to another host is checked against hub_allow_http when used
        return checkHubUrl(QUrl(value, QUrl::StrictMode), true);
    return QStringLiteral("unknown setting");
}

SyncService::SyncService(Database &db, CatalogueRepository &catalogues, ResultsRepository &results,
                         SettingsRepository &settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_catalogues(catalogues)
    , m_results(results)
    , m_settings(settings)
    , m_queue(std::make_unique<SyncQueue>(db))
    , m_client(std::make_unique<HubClient>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::runSync);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SyncService::runSync);
}

SyncService::~SyncService() = default;

QString SyncService::setting(const QString &key, const QString &fallback) const
{
    return m_settings.value(key, fallback);
}

bool SyncService::storeSetting(const QString &key, const QString &value)
{
    QString error;
    // A null QString would be stored as NULL; "nothing" is the empty text.
    if (m_settings.setValue(key, value.isNull() ? QStringLiteral("") : value, &error))
        return true;
    qCWarning(lcSync).noquote() << "cannot store" << key << ":" << error;
    return false;
}

int SyncService::intSetting(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int n = setting(key).toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
}

SyncService::Status SyncService::status() const
{
    Status s;
    s.hubUrl = setting(keyHubUrl);
    s.deviceId = setting(keyDeviceId);
    const QHash<QString, int> counts = m_queue->countByState();
    s.pending = counts.value(QStringLiteral("pending"));
    s.sent = counts.value(QStringLiteral("sent"));
    s.rejected = counts.value(QStringLiteral("rejected"));
    if (const std::optional<SyncQueue::Formats> formats = parseFormats(setting(keyHubFormats)); formats && s.pending > 0)
        s.needsNewerHub = m_queue->heldCount(*formats);
    s.lastSuccess = parseStamp(setting(keyLastSuccess));
    s.lastError = setting(keyLastError);
    s.lastErrorKind = s.lastError.isEmpty() ? QString() : setting(keyLastErrorKind);
    s.nextAttempt = m_timer.isActive() ? parseStamp(setting(keyNextAttempt)) : QDateTime();
    if (s.hubUrl.isEmpty() || setting(keyToken).isEmpty())
        s.state = State::NotEnrolled;
    else if (setting(keyUnauthorized) == QLatin1String("1"))
        s.state = State::Unauthorized;
    else if (m_running)
        s.state = State::Syncing;
    else if (!s.lastError.isEmpty())
        s.state = State::Waiting;
    else
        s.state = State::Idle;
    return s;
}

void SyncService::startAutomatic()
{
    m_automatic = true;
    // Network back: try soon. QNetworkInformation has no backend on some platforms; then
    // the periodic timer and the backoff do the work alone.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online && !m_running && !mustWait()) {
                        qCInfo(lcSync) << "network is back; syncing";
                        m_debounce.start(1000);
                    }
                });
    }
    scheduleNext(1000);
}

void SyncService::submissionSaved()
{
    Q_EMIT statusChanged();
    const State state = status().state; // counts the outbox: once is enough
    if (state == State::NotEnrolled || state == State::Unauthorized)
        return;
    // After a failure the backoff decides when to try again: a busy kiosk must not hit a hub
    // that asked it to wait once per visitor.
    if (m_failures > 0)
        return;
    m_debounce.start(m_timing.debounceMs);
}

bool SyncService::mustWait() const
{
    return m_notBeforeMs > QDateTime::currentMSecsSinceEpoch();
}

void SyncService::syncNow()
{
    m_timer.stop();
    m_debounce.stop();
    m_explicit = true; // asked for by a person: now, whatever the backoff says
    runSync();
}

bool SyncService::configureClient(QString *why)
{
    const QUrl url(setting(keyHubUrl), QUrl::StrictMode);
    const QString token = setting(keyToken);
    if (url.isEmpty() || token.isEmpty()) {
        *why = QStringLiteral("this device is not enrolled with a hub");
        return false;
    }
    const QString problem = checkHubUrl(url, setting(keyAllowHttp) == QLatin1String("on"));
    if (!problem.isEmpty()) {
        *why = QStringLiteral("hub address %1: %2").arg(url.toString(), problem);
        return false;
    }
    m_client->configure(url, token, QByteArray::fromBase64(setting(keyPin).toLatin1()), m_timing.transferTimeoutMs);
    return true;
}

void SyncService::enroll(const QUrl &hubUrl, const QString &code, const QString &deviceName)
{
    const QString problem = checkHubUrl(hubUrl, setting(keyAllowHttp) == QLatin1String("on"));
    if (!problem.isEmpty()) {
        Q_EMIT enrolled(false, problem, QStringLiteral("bad_address"));
        return;
    }
    if (code.trimmed().isEmpty() || deviceName.trimmed().isEmpty()) {
        Q_EMIT enrolled(false, QStringLiteral("the enrolment code and the device name are needed"), QStringLiteral("bad_code"));
        return;
    }
    // Deleted later, not in its own reply's handler: the network access manager still has
    // events for that reply queued when the handler runs.
    auto *client = new HubClient(this);
    client->configure(hubUrl, QString(), QByteArray::fromBase64(setting(keyPin).toLatin1()), m_timing.transferTimeoutMs);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code.trimmed()},
                                                      {QStringLiteral("name"), deviceName.trimmed().left(80)}})
                                .toJson(QJsonDocument::Compact);
    client->request("POST", QStringLiteral("devices/enroll"), body, QByteArray(), [this, client, hubUrl](const HubClient::Reply &r) {
        client->deleteLater();
        if (r.status != 201) {
            const QString why = r.status == 401 ? QStringLiteral("the hub does not know this code, or it was used or has expired")
                                                : r.error;
            qCWarning(lcSync).noquote() << "enrolment failed:" << why;
            Q_EMIT enrolled(false, why, r.status == 401 ? QStringLiteral("bad_code")
                                      : r.status == 0 ? QStringLiteral("unreachable") : QStringLiteral("hub_refused"));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString deviceId = o.value(QLatin1String("device_id")).toString();
        const QString token = o.value(QLatin1String("token")).toString();
        if (deviceId.isEmpty() || token.size() < 20) {
            Q_EMIT enrolled(false, QStringLiteral("the hub's answer could not be read"), QStringLiteral("hub_refused"));
            return;
        }
        // A new hub: what was pulled from another one no longer counts.
        const bool sameHub = setting(keyHubUrl) == hubUrl.toString();
        bool ok = storeSetting(keyHubUrl, hubUrl.toString()) && storeSetting(keyDeviceId, deviceId)
            && storeSetting(keyToken, token) && storeSetting(keyUnauthorized, QStringLiteral("0"))
            && storeSetting(keyLastError, QString());
        if (!sameHub)
            ok = ok && storeSetting(keyCatalogueEtag, QString()) && storeSetting(keyRefusedEtag, QString());
        if (!ok) {
            Q_EMIT enrolled(false, QStringLiteral("the device database could not store the enrolment"), QStringLiteral("storage"));
            return;
        }
        qCInfo(lcSync).noquote() << "enrolled with" << hubUrl.toString() << "as device" << deviceId;
        m_failures = 0;
        Q_EMIT enrolled(true, deviceId);
        Q_EMIT statusChanged();
        if (m_automatic)
            scheduleNext(500);
    });
}

void SyncService::runSync()
{
    if (m_running) {
        m_again = true;
        return;
    }
    // Automatic triggers never come sooner than the hub's Retry-After (syncNow() may).
    if (mustWait() && !m_explicit) {
        scheduleNext(int(m_notBeforeMs - QDateTime::currentMSecsSinceEpoch()));
        return;
    }
    m_explicit = false;
    m_summary = Summary();
    QString why;
    if (setting(keyUnauthorized) == QLatin1String("1")) {
        m_summary.error = QStringLiteral("the hub does not accept this device's token; enrol it again");
        Q_EMIT finished(m_summary);
        return;
    }
    if (!configureClient(&why)) {
        m_summary.error = why;
        Q_EMIT finished(m_summary);
        return;
    }
    m_running = true;
    m_pushedSomething = false;
    m_lastHttpStatus = -1; // until an answer comes, a failure is this device's own
    m_pendingAtStart = m_queue->pendingCount();
    m_formats = parseFormats(setting(keyHubFormats)).value_or(SyncQueue::Formats{1, 1});
    Q_EMIT statusChanged();
    if (m_pendingAtStart > 0)
        return checkHubFormats();
    pushNext();
}

void SyncService::checkHubFormats()
{
    // Which payload formats the hub takes: rows in any other format stay pending (and are
    // shown as needing a newer hub) while the rest are sent. A hub that does not say takes
    // format 1, the only one before formats were counted.
    m_client->request("GET", QStringLiteral("health"), QByteArray(), QByteArray(), [this](const HubClient::Reply &r) {
        m_summary.reachedHub = m_summary.reachedHub || r.status != 0;
        m_lastHttpStatus = r.status;
        if (r.status == 0)
            return finish(r.error);
        m_formats = {1, 1};
        const QJsonArray accepted = QJsonDocument::fromJson(r.body).object().value(QLatin1String("payload_formats")).toArray();
        if (r.status == 200 && !accepted.isEmpty()) {
            m_formats = {INT_MAX, 0};
            for (const QJsonValue &v : accepted) {
                const int format = v.toInt(0);
                if (format >= 1) {
                    m_formats.from = qMin(m_formats.from, format);
                    m_formats.to = qMax(m_formats.to, format);
                }
            }
            if (m_formats.to == 0)
                m_formats = {1, 1};
        }
        storeSetting(keyHubFormats, formatsText(m_formats));
        pushNext();
    });
}

std::optional<OutboxBatch> SyncService::readBatch(qint64 afterSeq, QString *error)
{
    const QList<SyncQueue::Item> items = m_queue->oldestPending(m_batchSize, m_formats, error, afterSeq);
    if (!error->isEmpty())
        return std::nullopt;
    const QJsonObject device{{QStringLiteral("app_version"), m_appVersion.isEmpty() ? QStringLiteral(STADTLABOR_VERSION) : m_appVersion},
                             {QStringLiteral("queue_length"), m_pendingAtStart},
                             {QStringLiteral("last_error"), setting(keyLastError).left(1000)}};
    return OutboxBatch(items, device, maxBatchBytes);
}

void SyncService::pushNext()
{
    m_next.reset();
    QString readError;
    std::optional<OutboxBatch> batch = readBatch(0, &readError);
    if (!batch) {
        m_lastHttpStatus = -1;
        return finish(QStringLiteral("the outbox cannot be read: %1").arg(readError));
    }
    if (batch->isEmpty())
        return pullCatalogue();
    send(std::move(*batch));
}

void SyncService::send(OutboxBatch sent)
{
    auto batch = std::make_shared<const OutboxBatch>(std::move(sent));
    m_client->request("POST", QStringLiteral("submissions"), batch->body(), QByteArray(), [this, batch](const HubClient::Reply &r) {
        m_summary.reachedHub = m_summary.reachedHub || r.status != 0;
        m_lastHttpStatus = r.status;
        if (!m_stopWith.isEmpty()) { // the previous batch could not be recorded
            m_lastHttpStatus = -1;
            return finish(std::exchange(m_stopWith, QString()));
        }
        QString error;
        if (r.status == 401)
            return finish(QStringLiteral("the hub does not accept this device's token (401)"), 0, true);
        if (r.status == 413) {
            if (batch->size() > 1) {
                m_batchSize = qMax(1, batch->size() / 2);
                qCInfo(lcSync) << "the hub refused a batch of" << batch->size() << "as too large; trying" << m_batchSize;
                return pushNext();
            }
            // One item the hub will never take: keep it, marked, for the admin.
            m_queue->record({{batch->firstId(), SyncQueue::Outcome::Status::Rejected, QStringLiteral("too large for the hub (413)")}},
                            &error);
            ++m_summary.rejected;
            return pushNext();
        }
        if (r.status != 200) {
            const QString why = r.status == 0 ? r.error : QStringLiteral("the hub answered %1: %2").arg(r.status).arg(r.error);
            m_queue->noteFailedAttempt(batch->seqs(), why, &error);
            return finish(why, r.retryAfterSeconds);
        }
        const OutboxBatch::Answer answer = batch->read(r.body);
        m_summary.sent += batch->size();
        m_summary.acknowledged += answer.accepted + answer.duplicates;
        m_summary.rejected += answer.rejected;
        m_pushedSomething = m_pushedSomething || answer.accepted > 0;
        m_summary.heldForFormat += answer.refusedForFormat;
        if (!answer.refusedFormats.isEmpty()) {
            // The hub's health said otherwise, or it changed: the formats it refused are left
            // out for the rest of this sync, and the rows of the batch read ahead are read again.
            for (int format : answer.refusedFormats) {
                // The range loses the refused format and the smaller side beyond it, so no row
                // of that format is read again in this sync.
                if (format - m_formats.from < m_formats.to - format)
                    m_formats.from = qMax(m_formats.from, format + 1);
                else
                    m_formats.to = qMin(m_formats.to, format - 1);
            }
            qCWarning(lcSync) << "the hub does not take payload formats" << answer.refusedFormats << "; those rows wait";
            storeSetting(keyHubFormats, formatsText(m_formats));
            m_next.reset();
        }
        if (answer.outcomes.isEmpty() && answer.refusedForFormat == 0) {
            const QString why = QStringLiteral("the hub's answer acknowledged none of the %1 items").arg(batch->size());
            m_queue->noteFailedAttempt(batch->seqs(), why, &error);
            return finish(why);
        }
        // Every id answered: the next batch, read while the hub was busy with this one, goes
        // out before this one is recorded, so the hub works while the outbox is written. A
        // crash in between leaves this batch pending; the hub answers "duplicate" next time.
        std::optional<OutboxBatch> next = answer.complete ? std::exchange(m_next, std::nullopt) : std::nullopt;
        const bool pipelined = next && !next->isEmpty();
        if (pipelined)
            send(std::move(*next));
        if (!m_queue->record(answer.outcomes, &error)) {
            const QString why = QStringLiteral("the outbox cannot be updated: %1").arg(error);
            if (pipelined) // ends when the batch on its way is answered
                return void(m_stopWith = why);
            m_lastHttpStatus = -1;
            return finish(why);
        }
        m_pendingAtStart = qMax(0, m_pendingAtStart - int(answer.outcomes.size()));
        Q_EMIT statusChanged();
        if (!pipelined)
            pushNext();
    });
    // While the hub works on this batch: the one after it.
    QString readError;
    m_next = readBatch(batch->lastSeq(), &readError);
}

void SyncService::pullCatalogue()
{
    QByteArray ifNoneMatch = setting(keyCatalogueEtag).toLatin1();
    const QByteArray refused = setting(keyRefusedEtag).toLatin1();
    if (!refused.isEmpty())
        ifNoneMatch = ifNoneMatch.isEmpty() ? refused : ifNoneMatch + ", " + refused;
    m_client->request("GET", QStringLiteral("catalogue"), QByteArray(), ifNoneMatch, [this](const HubClient::Reply &r) {
        m_summary.reachedHub = m_summary.reachedHub || r.status != 0;
        m_lastHttpStatus = r.status;
        if (r.status == 401)
            return finish(QStringLiteral("the hub does not accept this device's token (401)"), 0, true);
        if (r.status == 304)
            return pullResults();
        if (r.status != 200)
            return finish(r.status == 0 ? r.error : QStringLiteral("catalogue: the hub answered %1: %2").arg(r.status).arg(r.error),
                          r.retryAfterSeconds);
        CatalogueImporter importer(m_catalogues);
        const CatalogueImporter::Result result = importer.importDocument(r.body);
        if (!result.ok()) {
            // Refused and logged; the catalogue in use stays.
            qCWarning(lcSync).noquote() << "the hub's catalogue was refused:" << result.errors.mid(0, 5).join(QStringLiteral("; "));
            m_summary.catalogueRefused = true;
            storeSetting(keyRefusedEtag, QString::fromLatin1(r.etag));
            return pullResults();
        }
        storeSetting(keyCatalogueEtag, QString::fromLatin1(r.etag));
        storeSetting(keyRefusedEtag, QString());
        m_summary.catalogueUpdated = true;
        qCInfo(lcSync).noquote() << "catalogue" << result.catalogue->version << "from the hub is now in use";
        Q_EMIT catalogueReplaced();
        pullResults();
    });
}

void SyncService::pullResults()
{
    if (m_resultsAreas.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool due = m_pushedSomething || m_summary.catalogueUpdated || m_lastResultsPullMs == 0
            || now - m_lastResultsPullMs >= m_timing.resultsEveryMs;
        if (!due)
            return finish(QString());
        QString error;
        const std::optional<Catalogue> catalogue = m_catalogues.load(&error);
        if (!catalogue) {
            m_lastHttpStatus = -1;
            return finish(QStringLiteral("the catalogue cannot be read: %1").arg(error));
        }
        for (const Area &a : catalogue->areas)
            m_resultsAreas.append(a.id);
        m_lastResultsPullMs = now;
        if (m_resultsAreas.isEmpty())
            return finish(QString());
    }
    const QString areaId = m_resultsAreas.takeFirst();
    const QByteArray etag = m_queue->resultsEtag(areaId).toLatin1();
    m_client->request("GET", QStringLiteral("results?area=%1").arg(areaId), QByteArray(), etag,
                      [this, areaId](const HubClient::Reply &r) {
        m_summary.reachedHub = m_summary.reachedHub || r.status != 0;
        m_lastHttpStatus = r.status;
        if (r.status == 401) {
            m_resultsAreas.clear();
            return finish(QStringLiteral("the hub does not accept this device's token (401)"), 0, true);
        }
        if (r.status == 200) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            const QJsonObject set = o.value(QLatin1String("criteria_set")).toObject();
            const QJsonObject area = o.value(QLatin1String("area")).toObject();
            QList<ResultsRepository::ThemeResult> themes;
            for (const QJsonValue &v : area.value(QLatin1String("themes")).toArray()) {
                const QJsonObject t = v.toObject();
                ResultsRepository::ThemeResult result;
                result.themeId = t.value(QLatin1String("id")).toString();
                result.n = t.value(QLatin1String("n")).toInt();
                // null below the hub's `min_responses`: nothing to store then
                if (t.value(QLatin1String("mean")).isDouble())
                    result.mean = t.value(QLatin1String("mean")).toDouble();
                for (const QJsonValue &c : t.value(QLatin1String("counts")).toArray())
                    result.counts.append(c.toInt());
                if (!result.themeId.isEmpty() && result.n >= 0)
                    themes.append(result);
            }
            QString error;
            const QString setId = set.value(QLatin1String("id")).toString();
            const int version = set.value(QLatin1String("version")).toInt();
            if (area.value(QLatin1String("id")).toString() == areaId && !setId.isEmpty() && version > 0
                && m_results.replaceArea(areaId, setId, version, area.value(QLatin1String("responses")).toInt(), themes,
                                         &error)) {
                m_queue->setResultsEtag(areaId, QString::fromLatin1(r.etag), &error);
                ++m_summary.resultsUpdated;
            } else {
                qCWarning(lcSync).noquote() << "results for" << areaId << "not stored:" << (error.isEmpty() ? QStringLiteral("unreadable answer") : error);
            }
        } else if (r.status != 304 && r.status != 404) {
            m_resultsAreas.clear();
            m_lastResultsPullMs = 0; // try the results again next time
            return finish(r.status == 0 ? r.error : QStringLiteral("results: the hub answered %1: %2").arg(r.status).arg(r.error),
                          r.retryAfterSeconds);
        }
        if (m_resultsAreas.isEmpty()) {
            if (m_summary.resultsUpdated > 0)
                Q_EMIT resultsUpdated();
            return finish(QString());
        }
        pullResults();
    });
}

void SyncService::finish(const QString &error, int retryAfterSeconds, bool unauthorized)
{
    m_running = false;
    m_next.reset();
    m_summary.error = error;
    if (unauthorized) {
        storeSetting(keyUnauthorized, QStringLiteral("1"));
        storeSetting(keyLastError, error);
        storeSetting(keyLastErrorKind, QStringLiteral("unauthorized"));
        m_timer.stop();
        qCWarning(lcSync).noquote() << error;
    } else if (error.isEmpty()) {
        m_failures = 0;
        m_notBeforeMs = 0;
        m_batchSize = maxBatchItems;
        storeSetting(keyLastSuccess, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        storeSetting(keyLastError, QString());
        QString retentionError;
        const SyncQueue::Purged purged = m_queue->applyRetention(intSetting(keyContactDays, 0, 0, 365),
                                                                 intSetting(keyRecordDays, 30, 1, 3650),
                                                                 QDateTime::currentDateTimeUtc(), &retentionError);
        m_summary.contactsRemoved = purged.contacts;
        m_summary.recordsPurged = purged.records;
        if (!retentionError.isEmpty())
            qCWarning(lcSync).noquote() << "retention:" << retentionError;
        scheduleNext(intSetting(keyInterval, 60, 10, 86400) * 1000);
    } else {
        ++m_failures;
        storeSetting(keyLastError, error);
        const int st = m_lastHttpStatus;
        storeSetting(keyLastErrorKind, st == 0 ? QStringLiteral("unreachable")
                                       : st == 429 || st == 503 ? QStringLiteral("busy")
                                       : st >= 500 ? QStringLiteral("hub_failed")
                                       : st == -1 ? QStringLiteral("local")
                                                               : QStringLiteral("hub_refused"));
        qCWarning(lcSync).noquote() << "sync failed:" << error;
        scheduleRetry(retryAfterSeconds);
    }
    Q_EMIT statusChanged();
    Q_EMIT finished(m_summary);
    if (!error.isEmpty())
        m_again = false; // the retry timer decides
    if (m_again && error.isEmpty()) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncService::runSync);
    }
}

void SyncService::scheduleRetry(int retryAfterSeconds)
{
    // Exponential backoff with full jitter: a random wait up to base * 2^(failures-1), capped;
    // never sooner than the hub asked for.
    const qint64 ceiling = qMin<qint64>(m_timing.maxBackoffMs, qint64(m_timing.baseBackoffMs) << qMin(m_failures - 1, 20));
    qint64 wait = QRandomGenerator::global()->bounded(ceiling + 1);
    wait = qMax<qint64>(wait, qint64(retryAfterSeconds) * 1000);
    m_notBeforeMs = retryAfterSeconds > 0 ? QDateTime::currentMSecsSinceEpoch() + qint64(retryAfterSeconds) * 1000 : 0;
    scheduleNext(int(qMin<qint64>(wait, 24LL * 3600 * 1000)));
}

void SyncService::scheduleNext(int ms)
{
    m_timer.start(qMax(0, ms));
    storeSetting(keyNextAttempt, QDateTime::currentDateTimeUtc().addMSecs(ms).toString(Qt::ISODateWithMs));
}

} // namespace stadtlabor
