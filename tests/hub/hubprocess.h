// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real stadtlabor-hub binary, run by the tests: `serve` on a free port of 127.0.0.1 with
// the request log read from stderr, the CLI subcommands on the same database, and the throw-away
// databases they use (a SQLite file, or a fresh PostgreSQL database per TestDatabase).

#include "hubhttp.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace stadtlabor::hubtest {

// A database for one test class (or one test): STADTLABOR_TEST_DB=sqlite (the default) gives a
// file in a temporary folder; STADTLABOR_TEST_DB=postgresql://user@host:port/postgres gives a new
// database t_<random> on that server, created through QPSQL and dropped again by the destructor.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static QString backend();        // "sqlite" or "postgresql"
    static QString configuredUrl();  // STADTLABOR_TEST_DB as given ("sqlite" when unset)

    bool create(QString *error);
    QString url() const { return m_url; } // what --db gets
    QString name() const { return m_name; }
    // A folder for files the test needs (key files, CSV dumps), removed with the database.
    QString scratchDir() const { return m_dir.path(); }

private:
    bool postgresExec(const QString &statement, QString *error) const;

    QTemporaryDir m_dir;
    QString m_url;
    QString m_name;
    bool m_created = false;
};

class HubProcess : public QObject
{
    Q_OBJECT

public:
    struct CliResult
    {
        QStringList args;
        int exitCode = -1;
        bool crashed = false;
        bool timedOut = false;
        bool failedToStart = false;
        QByteArray out;
        QByteArray err;

        QStringList outLines() const;   // non-empty lines
        QStringList errLines() const;
        QString lastWord() const;       // last word of the last stdout line
        QString describe() const;       // for failure messages
    };

    struct LogLine
    {
        QString raw;
        bool valid = false; // matched `<ISO time> <METHOD> <path> <status> <ms>ms device=<x>`
        QDateTime time;
        QString method;
        QString path;
        int status = 0;
        double ms = -1; // may have decimals
        QString device;
    };

    struct Device
    {
        QString id;
        QString token;
        QString name;
    };

    explicit HubProcess(const QString &dbUrl, QObject *parent = nullptr);
    ~HubProcess() override;

    static QString binary();
    // Another build of the hub for this process (a test-only one); binary() by default.
    void setProgram(const QString &path) { m_program = path; }
    QString dbUrl() const { return m_dbUrl; }

    // `serve --listen 127.0.0.1:0 --db URL <extraArgs>`, until the listening line (20 s).
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    bool isRunning() const;
    qint64 pid() const;
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    HttpClient &http() { return m_http; }

    // SIGTERM, then wait for the exit: true when it exited normally with code 0 and said
    // `stadtlabor-hub: stopped`; otherwise false and why.
    bool terminate(QString *error, int timeoutMs = 20000);
    void sendSignal(int signal);
    bool waitForExit(int timeoutMs);
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;
    void kill(); // last resort, for destructors

    // Everything on stderr after the listening line, and the request log lines among it.
    QStringList stderrLines() const;
    QList<LogLine> requestLog() const;
    // Lines that are neither log lines nor the stop line.
    QStringList otherStderrLines() const;
    bool waitForRequestLog(int count, int timeoutMs = 5000);
    static LogLine parseLogLine(const QString &line);

    // A subcommand on this hub's database: `stadtlabor-hub ARGS --db URL`.
    CliResult runCli(const QStringList &args, int timeoutMs = 60000) const;
    // The binary with exactly these arguments (no --db).
    static CliResult runBinary(const QStringList &args, int timeoutMs = 60000);
    static CliResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 60000);

    // `admin-token`: the new token (last word), or empty with the reason in *error.
    QString adminToken(QString *error = nullptr) const;
    // `enroll-code --name NAME`: the code, or empty.
    QString enrolmentCode(const QString &name, QString *error = nullptr) const;
    // enroll-code + POST /api/v1/devices/enroll.
    std::optional<Device> enrol(const QString &name, QString *error = nullptr);

private:
    void readStderr();

    QString m_program = binary();
    QString m_dbUrl;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderrBuffer;
    QStringList m_preListenLines;
    QStringList m_lines; // after the listening line
    bool m_listening = false;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    HttpClient m_http;
};

} // namespace stadtlabor::hubtest
