// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two ends of a sync for the tests: a kiosk database with its repositories and an
// in-process SyncService (KioskSide), and a real hub process with keys, an admin token and a
// way to read back what it stored (HubSide). Plus the check every test ends with: each
// submission on the hub exactly once, and nothing marked sent that the hub does not hold.

#include "hubpayloads.h"
#include "hubprocess.h"
#include "syncservice.h"

#include <QDir>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace stadtlabor {
class CatalogueRepository;
class Database;
class FondsRepository;
class MonitorRepository;
class ResultsRepository;
class SettingsRepository;
} // namespace stadtlabor

namespace stadtlabor::synctest {

// Small backoff and timeouts, so that the kiosk's own retries take milliseconds.
SyncService::Timing fastTiming(int transferTimeoutMs = 5000);
// No automatic retry while a test looks at the state after a failure: the backoff is a random
// wait of up to a day (full jitter), so the kiosk's own timer practically never fires during a
// test; syncs happen when the test calls syncNow(). The default of KioskSide.
SyncService::Timing manualTiming(int transferTimeoutMs = 5000);

// The statistical districts of the bundled catalogue.
QStringList statisticalDistricts();

// Scores for the i-th test response: a deterministic spread over 1..7 with some "no answer".
hubtest::Scores scoresFor(int i);

// The real kiosk binary, run to its end (or killed killAfterMs after its start, when >= 0,
// after calling beforeKill). The event loop runs meanwhile.
struct KioskRun
{
    QStringList args;
    int exitCode = -1;   // -1 when killed or crashed
    bool killed = false; // by us
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString describe() const;
};
KioskRun runKioskBinary(const QStringList &args, int timeoutMs = 120000, int killAfterMs = -1,
                        const std::function<void()> &beforeKill = {});

// A new, empty data folder for each kiosk a test starts, all below one temporary folder.
class KioskDirs
{
public:
    bool isValid() const { return m_tmp.isValid(); }
    QString fresh()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("kiosk%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;
};

class KioskSide
{
public:
    explicit KioskSide(const QString &dataDir);
    ~KioskSide();
    KioskSide(const KioskSide &) = delete;
    KioskSide &operator=(const KioskSide &) = delete;

    QString databasePath() const; // DATA_DIR/stadtlabor.sqlite, as the kiosk binary uses it
    // Opens the database (the bundled catalogue imported on first use) and, when withSync,
    // constructs the SyncService with manualTiming().
    bool open(QString *error, bool withSync = true);
    void close();
    bool isOpen() const;

    Database &database() { return *m_db; }
    CatalogueRepository &catalogues() { return *m_catalogues; }
    ResultsRepository &results() { return *m_results; }
    SettingsRepository &settings() { return *m_settings; }
    SyncService &sync() { return *m_sync; }
    QString deviceId() const { return m_deviceId; }

    // n valid StadtRaumMonitor responses in `areas` (round robin), each saved like the flow
    // saves it (record and outbox row in one transaction). Scores: scoresFor(first + i).
    // Returns the ids; empty (and *error) on a failed save.
    QStringList addMonitor(int n, const QStringList &areas, int first = 0, QString *error = nullptr);
    // n valid Bochum-Fonds ideas, the contact sealed to `hubPublicKey`.
    QStringList addFonds(int n, const QByteArray &hubPublicKey, QString *error = nullptr);

    bool setSetting(const QString &key, const QString &value);
    QString setting(const QString &key) const;

    // uuid -> outbox state ('pending', 'sent', 'rejected').
    QHash<QString, QString> outbox() const;
    int countState(const QString &state) const;
    QString catalogueVersion() const;

    // Enrolment through SyncService::enroll in this process, as the admin screen does it.
    bool enrol(const QUrl &hubUrl, const QString &code, const QString &name, QString *message);
    // Enrolment through the kiosk binary (`--data-dir DIR --enroll URL CODE --device-name N`)
    // on this database.
    bool enrolWithBinary(const QUrl &hubUrl, const QString &code, const QString &name, QString *message);

    // One sync: waits until no sync runs, starts one with syncNow() and waits for its
    // `finished`. nullopt when it did not finish within timeoutMs.
    std::optional<SyncService::Summary> syncOnce(int timeoutMs = 60000);
    // Syncs until the queue has nothing pending and a sync ended without error, at most
    // maxSyncs times. True when that happened; *last gets the last summary.
    bool syncUntilDrained(int maxSyncs, int timeoutMs, SyncService::Summary *last = nullptr, QString *why = nullptr);

private:
    QString m_dir;
    QString m_deviceId;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueRepository> m_catalogues;
    std::unique_ptr<ResultsRepository> m_results;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<MonitorRepository> m_monitor;
    std::unique_ptr<FondsRepository> m_fonds;
    std::unique_ptr<SyncService> m_sync;
    int m_fondsCounter = 0;
};

class HubSide
{
public:
    HubSide();
    ~HubSide();

    // A fresh database, keygen, then `serve` with the secret key, a rate limit no test reaches
    // and `extraArgs`; an admin token.
    bool start(QString *error, const QStringList &extraArgs = {});
    // Stops the process (SIGTERM) and starts it again on the same database (a new port).
    bool restart(QString *error, const QStringList &extraArgs = {});
    bool stop(QString *error);

    // Another build of the hub (a test-only one), for the next start().
    void setProgram(const QString &path) { m_program = path; }
    // The hub's database (sqlite:PATH in the sync tests).
    QString databaseUrl() const;
    hubtest::HubProcess &process() { return *m_hub; }
    hubtest::HttpClient &http() { return m_hub->http(); }
    quint16 port() const { return m_hub->port(); }
    QString adminToken() const { return m_admin; }
    QByteArray publicKey() const { return m_publicKey; }
    QString enrolmentCode(const QString &name, QString *error);

    // Ids in the hub's monitor and fonds exports (GET /api/v1/export/...csv), in file order,
    // duplicates kept. nullopt (and *error) when an export fails.
    std::optional<QStringList> exportedIds(QString *error);
    // The same through the CLI (`export monitor|fonds --format csv --db ...`).
    std::optional<QStringList> exportedIdsCli(QString *error);
    // The device id the hub gave a kiosk, from GET /api/v1/devices by name.
    QString deviceIdByName(const QString &name, QString *error);

private:
    QStringList serveArgs(const QStringList &extraArgs) const;

    std::unique_ptr<hubtest::TestDatabase> m_db;
    std::unique_ptr<hubtest::HubProcess> m_hub;
    QString m_keyFile;
    QString m_admin;
    QByteArray m_publicKey;
    QStringList m_extraArgs;
    QString m_program;
};

// Empty when: every id on the hub is there once; every kiosk row in state 'sent' is on the
// hub; and, with allSent, every kiosk row is 'sent' and the hub holds exactly the kiosk's ids
// (plus `otherIds`, submissions of other devices). Otherwise the problems, for a failure message.
// Enrols `kiosk` (in-process, or through the kiosk binary) with `hub` at `url` (the hub's own
// address or a proxy's).
bool enrol(KioskSide &kiosk, HubSide &hub, const QUrl &url, const QString &name, QString *error, bool withBinary = false);

// The hub's request log lines matching method and path prefix (and status, when >= 0), after
// letting the log catch up for a moment.
int hubRequests(HubSide &hub, const QString &method, const QString &pathPrefix, int status = -1);

QString exactlyOnceProblems(const QHash<QString, QString> &kioskOutbox, const QStringList &hubIds, bool allSent,
                            const QStringList &otherIds = {});

} // namespace stadtlabor::synctest
