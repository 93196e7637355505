// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboxbatch.h"
#include "syncqueue.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace stadtlabor {

class CatalogueRepository;
class Database;
class HubClient;
class ResultsRepository;
class SettingsRepository;

// The kiosk's side of the hub: enrolment, pushing the outbox, pulling the catalogue and the
// StadtRaumMonitor results. One sync at a time; failures back off exponentially with full
// jitter and honour Retry-After; nothing is marked sent that the hub did not acknowledge.
// Settings and state live in the device database (SettingsRepository), never in a log.
class SyncService : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotEnrolled,  // no hub URL or no token yet
        Idle,         // enrolled, nothing running, last sync fine (or none yet)
        Syncing,
        Waiting,      // the last attempt failed; the next one is scheduled (nextAttempt)
        Unauthorized, // the hub refused the token (401): the admin must enrol again
    };
    Q_ENUM(State)

    struct Status
    {
        State state = State::NotEnrolled;
        QString hubUrl;
        QString deviceId;       // the hub's id for this device
        int pending = 0;
        int sent = 0;
        int rejected = 0;
        int needsNewerHub = 0;  // pending rows in a payload format the hub does not take
        QDateTime lastSuccess;  // UTC; invalid: never
        QString lastError;      // empty after a good sync; technical detail, English
        QString lastErrorKind;  // for the screen's own words: unreachable, busy, hub_failed,
                                // hub_refused, unauthorized, local, not_enrolled
        QDateTime nextAttempt;  // UTC; invalid: none scheduled
    };

    // What one sync did, for --sync-now and the admin's view.
    struct Summary
    {
        bool reachedHub = false;
        int sent = 0;           // items sent in batches
        int acknowledged = 0;   // accepted or duplicate
        int rejected = 0;
        int heldForFormat = 0;  // kept pending: the hub does not take their payload format
        bool catalogueUpdated = false;
        bool catalogueRefused = false; // the hub's catalogue was invalid; the old one stays
        int resultsUpdated = 0;        // areas whose results changed
        int contactsRemoved = 0;
        int recordsPurged = 0;
        QString error;          // empty when everything went through
    };

    // Setting keys (in SettingsRepository).
    static inline const QString keyHubUrl = QStringLiteral("hub_url");
    static inline const QString keyDeviceId = QStringLiteral("hub_device_id");
    static inline const QString keyToken = QStringLiteral("hub_token");
    static inline const QString keyAllowHttp = QStringLiteral("hub_allow_http");        // on | off
    static inline const QString keyPin = QStringLiteral("hub_tls_pin");                 // base64 SHA-256 of the SPKI
    static inline const QString keyInterval = QStringLiteral("sync_interval_seconds");  // default 60
    static inline const QString keyContactDays = QStringLiteral("contact_retention_days"); // default 0
    static inline const QString keyRecordDays = QStringLiteral("record_retention_days");   // default 30
    // The payload formats the hub said it takes ("1-2"), from its health at the last sync.
    static inline const QString keyHubFormats = QStringLiteral("hub_payload_formats");

    // A batch holds up to this many outbox rows and bytes: what the hub takes at most is 500
    // items and 1 MiB by default. Fewer, larger requests drain a long queue faster; a hub with
    // a smaller limit answers 413 and the batch is halved.
    static constexpr int maxBatchItems = 500;
    static constexpr int maxBatchBytes = 900 * 1024;

    // The allowed whole numbers of the numeric sync settings; nothing for the other keys.
    static std::optional<std::pair<int, int>> numberRange(const QString &key);
    // Checks a setting's value as typed; empty when it is fine, else the reason.
    static QString checkSetting(const QString &key, const QString &value);
    // Whether a hub URL may be used: https always, http only for localhost unless allowed.
    static QString checkHubUrl(const QUrl &url, bool allowPlainHttp);

    struct Timing
    {
        int baseBackoffMs = 5000;
        int maxBackoffMs = 15 * 60 * 1000;
        int debounceMs = 3000;
        int transferTimeoutMs = 30000;
        int resultsEveryMs = 10 * 60 * 1000; // results are pulled at most this often unless data arrived
    };

    SyncService(Database &db, CatalogueRepository &catalogues, ResultsRepository &results,
                SettingsRepository &settings, QObject *parent = nullptr);
    ~SyncService() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    void setAppVersion(const QString &version) { m_appVersion = version; }

    // Automatic syncing: soon after start, after each new submission (debounced), every
    // interval, and when the network comes back.
    void startAutomatic();
    Status status() const;

    // Trades an enrolment code for this device's token; emits enrolled().
    void enroll(const QUrl &hubUrl, const QString &code, const QString &deviceName);
    // One full sync now (push, then pull); emits finished(). A request while one runs makes
    // that one run again once it ends.
    void syncNow();
    // A record was just saved: sync a few seconds from now.
    void submissionSaved();

Q_SIGNALS:
    void statusChanged();
    // On failure `kind` says what went wrong for the screen's own words: bad_address,
    // bad_code, unreachable, hub_refused, storage; `message` is the technical detail.
    void enrolled(bool ok, const QString &message, const QString &kind = QString());
    void finished(const stadtlabor::SyncService::Summary &summary);
    void catalogueReplaced();
    void resultsUpdated();

private:
    void runSync();
    void checkHubFormats();
    void pushNext();
    void send(OutboxBatch batch);
    std::optional<OutboxBatch> readBatch(qint64 afterSeq, QString *error);
    void pullCatalogue();
    void pullResults();
    void finish(const QString &error, int retryAfterSeconds = 0, bool unauthorized = false);
    void scheduleRetry(int retryAfterSeconds);
    void scheduleNext(int ms);
    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool storeSetting(const QString &key, const QString &value);
    int intSetting(const QString &key, int fallback, int min, int max) const;
    bool configureClient(QString *why);
    bool mustWait() const; // a Retry-After from the hub has not passed yet

    Database &m_db;
    CatalogueRepository &m_catalogues;
    ResultsRepository &m_results;
    SettingsRepository &m_settings;
    std::unique_ptr<SyncQueue> m_queue;
    std::unique_ptr<HubClient> m_client;
    Timing m_timing;
    QString m_appVersion;
    QTimer m_timer;        // the next scheduled sync
    QTimer m_debounce;
    bool m_automatic = false;
    bool m_running = false;
    bool m_again = false;
    int m_batchSize = maxBatchItems;
    std::optional<OutboxBatch> m_next; // read ahead while the hub works on the batch before it
    SyncQueue::Formats m_formats;      // what the hub takes, in this sync
    QString m_stopWith;                // a batch could not be recorded: the sync ends with this
    int m_failures = 0;
    int m_pendingAtStart = 0; // reported to the hub as the queue length
    int m_lastHttpStatus = 0; // of the last answer in this sync: 0 none, -1 a local failure
    qint64 m_notBeforeMs = 0; // the hub's Retry-After, as ms since the epoch
    bool m_explicit = false;  // this run was asked for by a person (syncNow)
    bool m_pushedSomething = false;
    qint64 m_lastResultsPullMs = 0;
    QStringList m_resultsAreas; // still to pull in this sync
    Summary m_summary;
};

} // namespace stadtlabor
