// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "database.h"
#include "fondsrepository.h"
#include "monitorrepository.h"
#include "resultsrepository.h"
#include "settingsrepository.h"

#include <QDir>
#include <QProcess>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

#include <sys/prctl.h>

#include <csignal>

namespace stadtlabor::synctest {

using namespace stadtlabor::hubtest;

SyncService::Timing fastTiming(int transferTimeoutMs)
{
    SyncService::Timing t;
    t.baseBackoffMs = 20;
    t.maxBackoffMs = 200;
    t.debounceMs = 50;
    t.transferTimeoutMs = transferTimeoutMs;
    t.resultsEveryMs = 10 * 60 * 1000;
    return t;
}

SyncService::Timing manualTiming(int transferTimeoutMs)
{
    SyncService::Timing t = fastTiming(transferTimeoutMs);
    t.baseBackoffMs = 24 * 3600 * 1000;
    t.maxBackoffMs = 24 * 3600 * 1000;
    return t;
}

QStringList statisticalDistricts()
{
    QStringList ids;
    for (const Area &a : bundledCatalogue().areas) {
        if (a.kind == Area::Kind::StatisticalDistrict)
            ids.append(a.id);
    }
    return ids;
}

Scores scoresFor(int i)
{
    Scores s;
    const int themes = int(bundledCatalogue().criteriaSet.themes.size());
    for (int t = 0; t < themes; ++t) {
        if ((i + t) % 5 == 4)
            s.append(std::nullopt);
        else
            s.append(1 + (i * 3 + t * 5) % 7);
    }
    return s;
}

QString KioskRun::describe() const
{
    return QStringLiteral("`stadtlabor-kiosk %1`: %2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(args.join(QLatin1Char(' ')), killed ? QStringLiteral("killed") : QStringLiteral("exit %1").arg(exitCode),
             QString::fromUtf8(out.right(3000)), QString::fromUtf8(err.right(3000)));
}

KioskRun runKioskBinary(const QStringList &args, int timeoutMs, int killAfterMs, const std::function<void()> &beforeKill)
{
    KioskRun r;
    r.args = args;
    QProcess p;
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p.start(QStringLiteral(STADTLABOR_KIOSK_BINARY), args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    // The event loop runs meanwhile: a proxy in this process keeps serving.
    waitUntil([&p] { return p.state() == QProcess::NotRunning; }, killAfterMs >= 0 ? killAfterMs : timeoutMs);
    if (p.state() != QProcess::NotRunning) {
        if (killAfterMs >= 0 && beforeKill)
            beforeKill();
        p.kill();
        p.waitForFinished(10000);
        r.killed = true;
    }
    r.crashed = !r.killed && p.exitStatus() != QProcess::NormalExit;
    r.exitCode = !r.killed && !r.crashed ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// ---------------------------------------------------------------------------------------------
// KioskSide

KioskSide::KioskSide(const QString &dataDir)
    : m_dir(dataDir)
{
}

KioskSide::~KioskSide()
{
    close();
}

QString KioskSide::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("stadtlabor.sqlite"));
}

bool KioskSide::open(QString *error, bool withSync)
{
    close();
    m_db = std::make_unique<Database>();
    if (!m_db->open(databasePath())) {
        *error = m_db->errorString();
        m_db.reset();
        return false;
    }
    m_catalogues = std::make_unique<CatalogueRepository>(*m_db);
    const CatalogueImporter::Result loaded = CatalogueImporter(*m_catalogues).loadOrImportDefault();
    if (!loaded.ok()) {
        *error = loaded.errors.join(QLatin1Char('\n'));
        close();
        return false;
    }
    m_results = std::make_unique<ResultsRepository>(*m_db);
    m_settings = std::make_unique<SettingsRepository>(*m_db);
    m_deviceId = m_settings->deviceId(error);
    if (m_deviceId.isEmpty()) {
        close();
        return false;
    }
    m_monitor = std::make_unique<MonitorRepository>(*m_db);
    m_fonds = std::make_unique<FondsRepository>(*m_db);
    if (withSync) {
        m_sync = std::make_unique<SyncService>(*m_db, *m_catalogues, *m_results, *m_settings);
        m_sync->setTiming(manualTiming());
    }
    return true;
}

void KioskSide::close()
{
    m_sync.reset();
    m_fonds.reset();
    m_monitor.reset();
    m_settings.reset();
    m_results.reset();
    m_catalogues.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
}

bool KioskSide::isOpen() const
{
    return m_db && m_db->isOpen();
}

QStringList KioskSide::addMonitor(int n, const QStringList &areas, int first, QString *error)
{
    QStringList ids;
    QString why;
    for (int i = 0; i < n; ++i) {
        const MonitorResponse r = monitorResponse(areas.at(i % areas.size()), m_deviceId, scoresFor(first + i),
                                                  i % 10 == 0 ? QStringLiteral("Viel Grün, gute Bänke") : QString(),
                                                  i % 10 == 0 ? QStringLiteral("Mehr Licht am Abend") : QString());
        if (!m_monitor->save(r, &why)) {
            if (error)
                *error = QStringLiteral("save %1 failed: %2").arg(i).arg(why);
            return {};
        }
        ids.append(r.uuid);
    }
    return ids;
}

QStringList KioskSide::addFonds(int n, const QByteArray &hubPublicKey, QString *error)
{
    QStringList ids;
    QString why;
    const QStringList areas = statisticalDistricts();
    for (int i = 0; i < n; ++i) {
        ++m_fondsCounter;
        FondsContact contact;
        contact.name = QStringLiteral("Erika Mustermann %1").arg(m_fondsCounter);
        contact.email = QStringLiteral("erika%1@example.org").arg(m_fondsCounter);
        const FondsIdea idea = fondsIdea(areas.at(i % areas.size()), m_deviceId, hubPublicKey, contact);
        if (!m_fonds->save(idea, &why)) {
            if (error)
                *error = QStringLiteral("idea %1 not saved: %2").arg(i).arg(why);
            return {};
        }
        ids.append(idea.uuid);
    }
    return ids;
}

bool KioskSide::setSetting(const QString &key, const QString &value)
{
    QString error;
    return m_settings->setValue(key, value, &error);
}

QString KioskSide::setting(const QString &key) const
{
    return m_settings->value(key);
}

QHash<QString, QString> KioskSide::outbox() const
{
    QHash<QString, QString> rows;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT uuid, state FROM outbox"))) {
        while (q.next())
            rows.insert(q.value(0).toString(), q.value(1).toString());
    }
    return rows;
}

int KioskSide::countState(const QString &state) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    q.addBindValue(state);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString KioskSide::catalogueVersion() const
{
    QString error;
    const auto c = m_catalogues->load(&error);
    return c ? c->version : QString();
}

bool KioskSide::enrolWithBinary(const QUrl &hubUrl, const QString &code, const QString &name, QString *message)
{
    const KioskRun r = runKioskBinary({QStringLiteral("--data-dir"), m_dir, QStringLiteral("--enroll"), hubUrl.toString(), code,
                                       QStringLiteral("--device-name"), name});
    *message = r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : r.describe();
    return r.exitCode == 0;
}

bool KioskSide::enrol(const QUrl &hubUrl, const QString &code, const QString &name, QString *message)
{
    QSignalSpy spy(m_sync.get(), &SyncService::enrolled);
    m_sync->enroll(hubUrl, code, name);
    if (spy.isEmpty() && !spy.wait(20000)) {
        *message = QStringLiteral("no enrolled() within 20 s");
        return false;
    }
    *message = spy.constFirst().at(1).toString();
    return spy.constFirst().at(0).toBool();
}

std::optional<SyncService::Summary> KioskSide::syncOnce(int timeoutMs)
{
    // A sync the backoff timer started is let finish first, so the `finished` caught below is
    // the one of this sync.
    if (!waitUntil([this] { return m_sync->status().state != SyncService::State::Syncing; }, timeoutMs))
        return std::nullopt;
    std::optional<SyncService::Summary> result;
    const QMetaObject::Connection c = QObject::connect(m_sync.get(), &SyncService::finished, m_sync.get(),
                                                       [&result](const SyncService::Summary &s) {
                                                           if (!result)
                                                               result = s;
                                                       });
    m_sync->syncNow();
    waitUntil([&result] { return result.has_value(); }, timeoutMs);
    QObject::disconnect(c);
    return result;
}

bool KioskSide::syncUntilDrained(int maxSyncs, int timeoutMs, SyncService::Summary *last, QString *why)
{
    for (int i = 0; i < maxSyncs; ++i) {
        const std::optional<SyncService::Summary> s = syncOnce(timeoutMs);
        if (!s) {
            if (why)
                *why = QStringLiteral("sync %1 did not finish within %2 ms").arg(i + 1).arg(timeoutMs);
            return false;
        }
        if (last)
            *last = *s;
        if (s->error.isEmpty() && countState(QStringLiteral("pending")) == 0)
            return true;
        if (why)
            *why = QStringLiteral("after %1 syncs: %2 pending, last error: %3")
                       .arg(i + 1).arg(countState(QStringLiteral("pending"))).arg(s->error);
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// HubSide

HubSide::HubSide() = default;

HubSide::~HubSide()
{
    if (m_hub)
        m_hub->kill();
}

QStringList HubSide::serveArgs(const QStringList &extraArgs) const
{
    return QStringList{QStringLiteral("--secret-key"), m_keyFile, QStringLiteral("--rate-limit"), QStringLiteral("1000000")}
        + extraArgs;
}

bool HubSide::start(QString *error, const QStringList &extraArgs)
{
    m_db = std::make_unique<TestDatabase>();
    if (!m_db->create(error))
        return false;
    m_hub = std::make_unique<HubProcess>(m_db->url());
    if (!m_program.isEmpty())
        m_hub->setProgram(m_program);
    m_keyFile = QDir(m_db->scratchDir()).filePath(QStringLiteral("hub.key"));
    const HubProcess::CliResult keygen = m_hub->runCli({QStringLiteral("keygen"), QStringLiteral("--secret-key"), m_keyFile});
    if (keygen.exitCode != 0 || keygen.crashed) {
        *error = keygen.describe();
        return false;
    }
    m_publicKey = QByteArray::fromBase64(keygen.lastWord().toLatin1());
    if (m_publicKey.size() != 32) {
        *error = QStringLiteral("keygen printed no public key: ") + keygen.describe();
        return false;
    }
    m_extraArgs = extraArgs;
    if (!m_hub->start(serveArgs(extraArgs), error))
        return false;
    m_admin = m_hub->adminToken(error);
    return !m_admin.isEmpty();
}

QString HubSide::databaseUrl() const
{
    return m_db ? m_db->url() : QString();
}

bool HubSide::restart(QString *error, const QStringList &extraArgs)
{
    if (m_hub->isRunning() && !m_hub->terminate(error))
        return false;
    return m_hub->start(serveArgs(extraArgs.isEmpty() ? m_extraArgs : extraArgs), error);
}

bool HubSide::stop(QString *error)
{
    return m_hub->terminate(error);
}

QString HubSide::enrolmentCode(const QString &name, QString *error)
{
    return m_hub->enrolmentCode(name, error);
}

namespace {

std::optional<QStringList> idsFromCsv(const QByteArray &csv, const QString &what, QString *error)
{
    bool ok = false;
    const QList<QStringList> records = parseCsv(csv, &ok);
    if (!ok || records.isEmpty() || records.constFirst().value(0) != QLatin1String("id")) {
        *error = QStringLiteral("the %1 export is not the expected CSV: %2").arg(what, QString::fromUtf8(csv.left(300)));
        return std::nullopt;
    }
    QStringList ids;
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (records.at(i).size() == 1 && records.at(i).constFirst().isEmpty())
            continue; // a trailing empty line
        ids.append(records.at(i).value(0));
    }
    return ids;
}

} // namespace

std::optional<QStringList> HubSide::exportedIds(QString *error)
{
    QStringList ids;
    for (const QString &what : {QStringLiteral("monitor"), QStringLiteral("fonds")}) {
        HttpClient::Request request;
        request.path = QStringLiteral("/api/v1/export/%1.csv").arg(what);
        request.token = m_admin;
        request.timeoutMs = 60000;
        const HttpResponse r = http().send(request);
        if (r.status != 200) {
            *error = r.describe();
            return std::nullopt;
        }
        const auto part = idsFromCsv(r.body, what, error);
        if (!part)
            return std::nullopt;
        ids += *part;
    }
    return ids;
}

std::optional<QStringList> HubSide::exportedIdsCli(QString *error)
{
    QStringList ids;
    for (const QString &what : {QStringLiteral("monitor"), QStringLiteral("fonds")}) {
        const HubProcess::CliResult r = m_hub->runCli({QStringLiteral("export"), what, QStringLiteral("--format"), QStringLiteral("csv")});
        if (r.exitCode != 0 || r.crashed || r.timedOut) {
            *error = r.describe();
            return std::nullopt;
        }
        const auto part = idsFromCsv(r.out, what, error);
        if (!part)
            return std::nullopt;
        ids += *part;
    }
    return ids;
}

QString HubSide::deviceIdByName(const QString &name, QString *error)
{
    const HttpResponse r = http().get(QStringLiteral("/api/v1/devices"), m_admin);
    if (r.status != 200) {
        *error = r.describe();
        return QString();
    }
    for (const QJsonValue &v : r.object().value(QStringLiteral("devices")).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("name")).toString() == name)
            return d.value(QStringLiteral("id")).toString();
    }
    *error = QStringLiteral("no device named %1: %2").arg(name, r.describe());
    return QString();
}

bool enrol(KioskSide &kiosk, HubSide &hub, const QUrl &url, const QString &name, QString *error, bool withBinary)
{
    const QString code = hub.enrolmentCode(name, error);
    if (code.isEmpty())
        return false;
    QString message;
    const bool ok = withBinary ? kiosk.enrolWithBinary(url, code, name, &message) : kiosk.enrol(url, code, name, &message);
    if (!ok) {
        *error = QStringLiteral("enrolment with %1 failed: %2").arg(url.toString(), message);
        return false;
    }
    return true;
}

int hubRequests(HubSide &hub, const QString &method, const QString &pathPrefix, int status)
{
    waitUntil([] { return false; }, 150);
    hub.process().waitForRequestLog(0, 0);
    int n = 0;
    for (const HubProcess::LogLine &l : hub.process().requestLog()) {
        if (l.method == method && l.path.startsWith(pathPrefix) && (status < 0 || l.status == status))
            ++n;
    }
    return n;
}

QString exactlyOnceProblems(const QHash<QString, QString> &kioskOutbox, const QStringList &hubIds, bool allSent,
                            const QStringList &otherIds)
{
    QStringList problems;
    QHash<QString, int> onHub;
    for (const QString &id : hubIds)
        onHub[id] += 1;
    int twice = 0;
    for (auto it = onHub.constBegin(); it != onHub.constEnd(); ++it) {
        if (it.value() != 1 && ++twice <= 5)
            problems.append(QStringLiteral("%1 is on the hub %2 times").arg(it.key()).arg(it.value()));
    }
    int sentNotOnHub = 0;
    int notSent = 0;
    for (auto it = kioskOutbox.constBegin(); it != kioskOutbox.constEnd(); ++it) {
        if (it.value() == QLatin1String("sent") && !onHub.contains(it.key())) {
            if (++sentNotOnHub <= 5)
                problems.append(QStringLiteral("%1 is marked sent on the kiosk but the hub does not hold it").arg(it.key()));
        }
        if (allSent && it.value() != QLatin1String("sent")) {
            if (++notSent <= 5)
                problems.append(QStringLiteral("%1 is '%2' on the kiosk, not 'sent'").arg(it.key(), it.value()));
        }
    }
    if (sentNotOnHub > 5)
        problems.append(QStringLiteral("... %1 rows marked sent are missing on the hub in all").arg(sentNotOnHub));
    if (notSent > 5)
        problems.append(QStringLiteral("... %1 rows not sent in all").arg(notSent));
    if (allSent) {
        const QSet<QString> others(otherIds.cbegin(), otherIds.cend());
        int extra = 0;
        for (auto it = onHub.constBegin(); it != onHub.constEnd(); ++it) {
            if (!kioskOutbox.contains(it.key()) && !others.contains(it.key()) && ++extra <= 5)
                problems.append(QStringLiteral("%1 is on the hub but no kiosk made it").arg(it.key()));
        }
        const qsizetype expected = kioskOutbox.size() + others.size();
        if (onHub.size() != expected)
            problems.append(QStringLiteral("the hub holds %1 distinct ids, expected %2").arg(onHub.size()).arg(expected));
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace stadtlabor::synctest
