// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/types.h>

#ifndef STADTLABOR_HUB_BINARY
#error "STADTLABOR_HUB_BINARY must name the stadtlabor-hub executable"
#endif

namespace stadtlabor::hubtest {

namespace {

QStringList nonEmptyLines(const QByteArray &bytes)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
        QString l = line;
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (!l.trimmed().isEmpty())
            lines.append(l);
    }
    return lines;
}

int connectionCounter = 0;

// A hub must not outlive the test that started it (a test killed by ctest's timeout would
// otherwise leave servers behind): the kernel sends it SIGTERM when the test process dies.
void dieWithParent(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace

// ---------------------------------------------------------------------------------------------
// TestDatabase

QString TestDatabase::configuredUrl()
{
    const QString value = qEnvironmentVariable("STADTLABOR_TEST_DB").trimmed();
    return value.isEmpty() ? QStringLiteral("sqlite") : value;
}

QString TestDatabase::backend()
{
    const QString url = configuredUrl();
    if (url.startsWith(QLatin1String("postgresql:")) || url.startsWith(QLatin1String("postgres:")))
        return QStringLiteral("postgresql");
    return QStringLiteral("sqlite");
}

TestDatabase::TestDatabase() = default;

bool TestDatabase::postgresExec(const QString &statement, QString *error) const
{
    const QUrl url(configuredUrl());
    const QString connection = QStringLiteral("hubtest-admin-%1").arg(++connectionCounter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        const QString host = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
        db.setHostName(host.isEmpty() ? url.host() : host);
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        QString maintenance = url.path().mid(1);
        db.setDatabaseName(maintenance.isEmpty() ? QStringLiteral("postgres") : maintenance);
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to %1: %2").arg(url.toString(QUrl::RemovePassword), db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                *error = QStringLiteral("%1: %2").arg(statement, q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool TestDatabase::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (backend() == QLatin1String("sqlite")) {
        m_name = m_dir.filePath(QStringLiteral("hub.sqlite"));
        m_url = QStringLiteral("sqlite:") + m_name;
        m_created = true;
        return true;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is missing");
        return false;
    }
    m_name = QStringLiteral("t_%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    if (!postgresExec(QStringLiteral("CREATE DATABASE %1").arg(m_name), error))
        return false;
    m_created = true;
    QUrl url(configuredUrl());
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
    return true;
}

TestDatabase::~TestDatabase()
{
    if (m_created && backend() == QLatin1String("postgresql")) {
        QString error;
        if (!postgresExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
            qWarning("could not drop the test database: %s", qPrintable(error));
    }
}

// ---------------------------------------------------------------------------------------------
// HubProcess

QStringList HubProcess::CliResult::outLines() const
{
    return nonEmptyLines(out);
}

QStringList HubProcess::CliResult::errLines() const
{
    return nonEmptyLines(err);
}

QString HubProcess::CliResult::lastWord() const
{
    const QStringList lines = outLines();
    if (lines.isEmpty())
        return QString();
    const QStringList words = lines.last().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

QString HubProcess::CliResult::describe() const
{
    QString status;
    if (failedToStart)
        status = QStringLiteral("failed to start");
    else if (timedOut)
        status = QStringLiteral("timed out");
    else if (crashed)
        status = QStringLiteral("crashed");
    else
        status = QStringLiteral("exit %1").arg(exitCode);
    return QStringLiteral("`stadtlabor-hub %1`: %2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(args.join(QLatin1Char(' ')), status, QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
}

HubProcess::HubProcess(const QString &dbUrl, QObject *parent)
    : QObject(parent)
    , m_dbUrl(dbUrl)
{
}

HubProcess::~HubProcess()
{
    kill();
}

QString HubProcess::binary()
{
    return QStringLiteral(STADTLABOR_HUB_BINARY);
}

bool HubProcess::start(const QStringList &extraArgs, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    kill();
    m_process = std::make_unique<QProcess>();
    m_stderrBuffer.clear();
    m_preListenLines.clear();
    m_lines.clear();
    m_listening = false;
    m_port = 0;
    m_http.resetRequestCount();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    dieWithParent(m_process.get());
    connect(m_process.get(), &QProcess::readyReadStandardError, this, &HubProcess::readStderr);
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--db"), m_dbUrl};
    args += extraArgs;
    m_process->start(m_program, args);
    if (!m_process->waitForStarted(10000)) {
        why = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        return false;
    }
    const bool ok = waitUntil([this] { return m_listening || m_process->state() == QProcess::NotRunning; }, 20000);
    readStderr();
    if (!ok || !m_listening) {
        why = QStringLiteral("`stadtlabor-hub %1` did not print the listening line within 20 s%2; stderr:\n%3")
                  .arg(args.join(QLatin1Char(' ')),
                       m_process->state() == QProcess::NotRunning
                           ? QStringLiteral(" (exited with %1)").arg(m_process->exitCode())
                           : QString(),
                       (m_preListenLines + m_lines).join(QLatin1Char('\n')) + QString::fromUtf8(m_stderrBuffer));
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    m_http.setBaseUrl(m_baseUrl);
    return true;
}

void HubProcess::readStderr()
{
    if (!m_process)
        return;
    m_stderrBuffer += m_process->readAllStandardError();
    m_process->readAllStandardOutput(); // serve prints nothing there; never let it block
    static const QRegularExpression listening(
        QStringLiteral("^stadtlabor-hub: listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    int newline;
    while ((newline = m_stderrBuffer.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(m_stderrBuffer.left(newline));
        m_stderrBuffer.remove(0, newline + 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!m_listening) {
            const QRegularExpressionMatch m = listening.match(line);
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                m_listening = m_port != 0;
            } else {
                m_preListenLines.append(line);
            }
        } else {
            m_lines.append(line);
        }
    }
}

bool HubProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 HubProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void HubProcess::sendSignal(int sig)
{
    if (isRunning())
        ::kill(pid_t(m_process->processId()), sig);
}

bool HubProcess::waitForExit(int timeoutMs)
{
    if (!m_process)
        return true;
    const bool exited = waitUntil([this] { return m_process->state() == QProcess::NotRunning; }, timeoutMs);
    readStderr();
    if (!m_stderrBuffer.isEmpty()) { // a last line without newline
        m_lines.append(QString::fromUtf8(m_stderrBuffer));
        m_stderrBuffer.clear();
    }
    return exited;
}

bool HubProcess::terminate(QString *error, int timeoutMs)
{
    if (!m_process) {
        *error = QStringLiteral("not started");
        return false;
    }
    if (m_process->state() == QProcess::NotRunning) {
        waitForExit(0);
        *error = QStringLiteral("the hub had already exited (code %1) before SIGTERM; stderr:\n%2")
                     .arg(m_process->exitCode()).arg(m_lines.join(QLatin1Char('\n')));
        return false;
    }
    sendSignal(SIGTERM);
    if (!waitForExit(timeoutMs)) {
        *error = QStringLiteral("still running %1 ms after SIGTERM").arg(timeoutMs);
        kill();
        return false;
    }
    if (m_process->exitStatus() != QProcess::NormalExit) {
        *error = QStringLiteral("crashed after SIGTERM; stderr tail:\n%1").arg(m_lines.mid(m_lines.size() - 10).join(QLatin1Char('\n')));
        return false;
    }
    if (m_process->exitCode() != 0) {
        *error = QStringLiteral("exit code %1 after SIGTERM; stderr tail:\n%2")
                     .arg(m_process->exitCode()).arg(m_lines.mid(m_lines.size() - 10).join(QLatin1Char('\n')));
        return false;
    }
    if (!m_lines.contains(QStringLiteral("stadtlabor-hub: stopped"))) {
        *error = QStringLiteral("exited 0 after SIGTERM without the line `stadtlabor-hub: stopped`; stderr tail:\n%1")
                     .arg(m_lines.mid(m_lines.size() - 10).join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

int HubProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

QProcess::ExitStatus HubProcess::exitStatus() const
{
    return m_process ? m_process->exitStatus() : QProcess::CrashExit;
}

void HubProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

QStringList HubProcess::stderrLines() const
{
    return m_lines;
}

HubProcess::LogLine HubProcess::parseLogLine(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\S+) ([A-Z]+) (\\S+) (\\d{3}) (\\d+(?:\\.\\d+)?)ms device=(\\S+)$"));
    LogLine l;
    l.raw = line;
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return l;
    l.time = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
    if (!l.time.isValid())
        l.time = QDateTime::fromString(m.captured(1), Qt::ISODate);
    l.method = m.captured(2);
    l.path = m.captured(3);
    l.status = m.captured(4).toInt();
    l.ms = m.captured(5).toDouble();
    l.device = m.captured(6);
    // ISO time in UTC: ends in Z (or +00:00).
    const bool utc = m.captured(1).endsWith(QLatin1Char('Z')) || m.captured(1).endsWith(QLatin1String("+00:00"));
    l.valid = l.time.isValid() && utc;
    return l;
}

QList<HubProcess::LogLine> HubProcess::requestLog() const
{
    QList<LogLine> log;
    static const QRegularExpression looksLikeLog(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT"));
    for (const QString &line : m_lines) {
        if (looksLikeLog.match(line).hasMatch())
            log.append(parseLogLine(line));
    }
    return log;
}

QStringList HubProcess::otherStderrLines() const
{
    QStringList other;
    static const QRegularExpression looksLikeLog(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT"));
    for (const QString &line : m_lines) {
        if (!looksLikeLog.match(line).hasMatch() && line != QLatin1String("stadtlabor-hub: stopped")
            && !line.startsWith(QLatin1String("stadtlabor-hub: stopping")))
            other.append(line);
    }
    return other;
}

bool HubProcess::waitForRequestLog(int count, int timeoutMs)
{
    return waitUntil([this, count] {
        readStderr();
        return requestLog().size() >= count;
    }, timeoutMs);
}

HubProcess::CliResult HubProcess::runBinary(const QStringList &args, int timeoutMs)
{
    return runProgram(binary(), args, timeoutMs);
}

HubProcess::CliResult HubProcess::runProgram(const QString &program, const QStringList &args, int timeoutMs)
{
    CliResult r;
    r.args = args;
    QProcess p;
    dieWithParent(&p);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.failedToStart = true;
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    return r;
}

HubProcess::CliResult HubProcess::runCli(const QStringList &args, int timeoutMs) const
{
    return runProgram(m_program, args + QStringList{QStringLiteral("--db"), m_dbUrl}, timeoutMs);
}

QString HubProcess::adminToken(QString *error) const
{
    const CliResult r = runCli({QStringLiteral("admin-token")});
    if (r.exitCode != 0 || r.crashed || r.timedOut || r.lastWord().isEmpty()) {
        if (error)
            *error = r.describe();
        return QString();
    }
    return r.lastWord();
}

QString HubProcess::enrolmentCode(const QString &name, QString *error) const
{
    const CliResult r = runCli({QStringLiteral("enroll-code"), QStringLiteral("--name"), name});
    if (r.exitCode != 0 || r.crashed || r.timedOut || r.lastWord().isEmpty()) {
        if (error)
            *error = r.describe();
        return QString();
    }
    return r.lastWord();
}

std::optional<HubProcess::Device> HubProcess::enrol(const QString &name, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    const QString code = enrolmentCode(name, &why);
    if (code.isEmpty())
        return std::nullopt;
    const HttpResponse r = m_http.post(QStringLiteral("/api/v1/devices/enroll"), QString(),
                                       QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    if (r.status != 201) {
        why = QStringLiteral("enrolment failed: ") + r.describe();
        return std::nullopt;
    }
    Device d;
    d.id = r.object().value(QStringLiteral("device_id")).toString();
    d.token = r.object().value(QStringLiteral("token")).toString();
    d.name = name;
    if (d.id.isEmpty() || d.token.isEmpty()) {
        why = QStringLiteral("enrolment answer without device_id or token: ") + r.describe();
        return std::nullopt;
    }
    return d;
}

} // namespace stadtlabor::hubtest
