// SPDX-License-Identifier: GPL-3.0-or-later
// What the hub benchmark (bench_hub) and the sync benchmark (bench_sync) share: failures that
// unwind the stack, the random but valid StadtRaumMonitor response, the real hub binary as a
// child process, and a minimal HTTP/1.1 keep-alive client on a blocking socket (pre-serialised
// bodies, next to no work of its own: the client side of a "hub alone" figure).
#pragma once

#include "catalogue.h"
#include "hubdatabase.h"
#include "monitorresponse.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariantList>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <unistd.h>

namespace stadtlabor::bench {

constexpr int ioTimeoutMs = 120000;

// Thrown on any failure, so the stack unwinds: the hub is stopped, scratch databases dropped,
// the temporary folder removed. main() prints it and exits 1.
struct Failure
{
    QString message;
};

[[noreturn]] inline void die(const QString &message)
{
    throw Failure{message};
}

// A random but valid response: any statistical district, most themes scored anywhere on the
// scale, some free texts, demographics that vary and are sometimes not given.
inline MonitorResponse randomResponse(const Catalogue &catalogue, const QList<const Area *> &districts, QRandomGenerator &rng)
{
    static const QStringList goods = {
        QStringLiteral("Viel Grün am Kemnader See"), QStringLiteral("Gute Busanbindung"), QStringLiteral("Ruhig am Abend"),
        QStringLiteral("Der Wochenmarkt ist toll"), QStringLiteral("Nette Nachbarschaft und kurze Wege zur Schule"),
        QStringLiteral("Spielplatz frisch renoviert")};
    static const QStringList betters = {
        QStringLiteral("Mehr Bänke"), QStringLiteral("Radweg endet plötzlich an der Kreuzung"),
        QStringLiteral("Zu wenig Licht im Park"), QStringLiteral("Die Ampel am Ring ist für Fußgänger viel zu kurz grün"),
        QStringLiteral("Mülleimer quellen am Wochenende über"), QStringLiteral("Mehr Schatten auf dem Schulhof")};
    const CriteriaSet &set = catalogue.criteriaSet;
    MonitorResponse r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC).addMSecs(qint64(rng.bounded(60 * 24 * 3600)) * 1000 + rng.bounded(1000));
    r.deviceId = QStringLiteral("kiosk-%1").arg(rng.bounded(1, 13), 2, 10, QLatin1Char('0'));
    r.criteriaSetId = set.id;
    r.criteriaSetVersion = set.version;
    r.areaId = districts.at(int(rng.bounded(quint32(districts.size()))))->id;
    if (rng.bounded(10) != 0) {
        const QStringList ages = Demographics::ageBands();
        const QStringList genders = Demographics::genders();
        r.demographics.ageBand = ages.at(int(rng.bounded(quint32(ages.size()))));
        r.demographics.gender = genders.at(int(rng.bounded(quint32(genders.size()))));
        const QStringList relations = Demographics::relationIds();
        const quint32 mask = rng.bounded(1u << relations.size());
        for (int i = 0; i < relations.size(); ++i) {
            if ((mask >> i) & 1)
                r.demographics.relations.append(relations.at(i));
        }
    }
    const int range = set.scaleMax - set.scaleMin + 1;
    for (const Theme &theme : set.themes) {
        ThemeAnswer a;
        a.themeId = theme.id;
        if (rng.bounded(6) != 0)
            a.score = set.scaleMin + int(rng.bounded(quint32(range)));
        if (rng.bounded(8) == 0)
            a.good = goods.at(int(rng.bounded(quint32(goods.size()))));
        if (rng.bounded(8) == 0)
            a.better = betters.at(int(rng.bounded(quint32(betters.size()))));
        r.answers.append(a);
    }
    if (rng.bounded(4) == 0)
        r.groupId = QStringLiteral("klasse-%1b").arg(rng.bounded(5, 11));
    if (rng.bounded(3) != 0)
        r.interviewerId = QStringLiteral("ab %1").arg(rng.bounded(1, 40));
    return r;
}

// The last word of the last line: where the hub's CLI prints a code or a token.
// The benchmarks' command line: PATH/TO/stadtlabor-hub [RESPONSES]. Prints `usage` and
// returns false for a missing or option-like first argument; dies on a bad binary or count.
inline bool hubBenchArguments(const QStringList &args, const char *usage, int defaultResponses, QString *binary,
                              int *responses)
{
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fputs(usage, stderr);
        return false;
    }
    *binary = QFileInfo(args.at(1)).absoluteFilePath();
    if (!QFileInfo(*binary).isExecutable())
        die(QStringLiteral("%1 is not an executable").arg(*binary));
    *responses = args.size() > 2 ? args.at(2).toInt() : defaultResponses;
    if (*responses < 1)
        die(QStringLiteral("RESPONSES must be a positive number, not \"%1\"").arg(args.value(2)));
    return true;
}

inline QByteArray lastWord(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.constLast().trimmed().split(' ').constLast();
}

// User + system CPU seconds of a process so far (Linux /proc; 0 elsewhere).
inline double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // After "pid (comm) ": state is field 3; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / ticks;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The real hub binary, serving one database on a free loopback port with the rate limit out of
// the way; its request log goes to a file.
class HubProcess
{
public:
    ~HubProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    static QByteArray enrolCode(const QString &binary, const QString &db)
    {
        QProcess p;
        p.start(binary, {QStringLiteral("enroll-code"), QStringLiteral("--name"), QStringLiteral("Benchmark"), QStringLiteral("--db"), db});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            die(QStringLiteral("%1 enroll-code failed (exit code %2): %3")
                    .arg(binary).arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
        const QByteArray code = lastWord(p.readAllStandardOutput());
        if (code.isEmpty())
            die(QStringLiteral("%1 enroll-code printed no code").arg(binary));
        return code;
    }

    quint16 start(const QString &binary, const QString &db, const QString &logPath)
    {
        m_logPath = logPath;
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(logPath); // one line per request; a pipe nobody reads would fill up
        m_process.start(binary, {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--db"), db, QStringLiteral("--rate-limit"), QStringLiteral("1000000")});
        if (!m_process.waitForStarted(30000))
            die(QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString()));
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            const QRegularExpressionMatch m = listening.match(log());
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
            if (m_process.waitForFinished(50))
                die(QStringLiteral("the hub exited on start:\n%1").arg(log()));
        }
        die(QStringLiteral("the hub did not start listening within 60 s:\n%1").arg(log()));
    }

    qint64 pid() const { return m_process.processId(); }

    QString log() const
    {
        QFile f(m_logPath);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // The ms the hub logged for each POST /api/v1/submissions, in order.
    std::vector<double> submissionMs() const
    {
        static const QRegularExpression line(QStringLiteral("^\\S+ POST /api/v1/submissions \\d+ ([0-9.]+)ms"),
                                             QRegularExpression::MultilineOption);
        std::vector<double> ms;
        for (auto it = line.globalMatch(log()); it.hasNext();)
            ms.push_back(it.next().captured(1).toDouble());
        return ms;
    }

    void stop()
    {
        m_process.terminate(); // SIGTERM: finish what is in flight, exit 0
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            die(QStringLiteral("the hub did not stop on SIGTERM within 30 s"));
        }
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
            die(QStringLiteral("the hub exited with %1:\n%2").arg(m_process.exitCode()).arg(log().right(2000)));
    }

private:
    QProcess m_process;
    QString m_logPath;
};

class HttpClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
    };

    explicit HttpClient(quint16 port)
        : m_port(port)
    {
    }

    int connections() const { return m_connections; }

    // Where the client's time went since the last call: writing the request into the socket,
    // waiting for the first byte of the answer, reading the rest of it (seconds).
    struct Phases
    {
        double send = 0, wait = 0, receive = 0;
    };
    Phases takePhases()
    {
        const Phases p = m_phases;
        m_phases = Phases();
        return p;
    }

    Response send(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &body = QByteArray())
    {
        QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token + "\r\n";
        if (method != "GET")
            head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "\r\n";
        for (int attempt = 1;; ++attempt) {
            const bool reused = connect();
            m_clock.start();
            m_firstByteNs = -1;
            m_socket.write(head);
            m_socket.write(body);
            while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState) {
                if (!m_socket.waitForBytesWritten(ioTimeoutMs))
                    break;
            }
            const qint64 sentNs = m_clock.nsecsElapsed();
            Response r;
            bool nothing = false;
            if (read(&r, &nothing)) {
                const qint64 doneNs = m_clock.nsecsElapsed();
                const qint64 firstNs = m_firstByteNs < 0 ? doneNs : std::max(m_firstByteNs, sentNs);
                m_phases.send += double(sentNs) / 1e9;
                m_phases.wait += double(firstNs - sentNs) / 1e9;
                m_phases.receive += double(doneNs - firstNs) / 1e9;
                return r;
            }
            // A kept-alive connection the server closed before this request: once more on a new one.
            if (!(reused && nothing && attempt == 1))
                die(QStringLiteral("%1 %2: no complete answer: %3").arg(QString::fromLatin1(method), QString::fromLatin1(path),
                                                                        m_socket.errorString()));
            m_socket.abort();
        }
    }

private:
    // Connects if needed; true when an existing connection is reused.
    bool connect()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        m_socket.abort();
        m_buffer.clear();
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_socket.waitForConnected(ioTimeoutMs))
            die(QStringLiteral("cannot connect to the hub on port %1: %2").arg(m_port).arg(m_socket.errorString()));
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ++m_connections;
        return false;
    }

    bool fill(bool *nothing)
    {
        if (!m_socket.waitForReadyRead(ioTimeoutMs)) {
            if (m_socket.bytesAvailable() == 0)
                return false;
        }
        const QByteArray got = m_socket.readAll();
        if (!got.isEmpty()) {
            *nothing = false;
            if (m_firstByteNs < 0)
                m_firstByteNs = m_clock.nsecsElapsed();
        }
        m_buffer += got;
        return true;
    }

    bool read(Response *r, bool *nothing)
    {
        *nothing = true;
        int end;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill(nothing))
                return false;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        if (status.size() < 2 || !status.at(0).startsWith("HTTP/1."))
            die(QStringLiteral("not an HTTP answer: %1").arg(QString::fromLatin1(lines.value(0).left(80))));
        r->status = status.at(1).toInt();
        qint64 length = -1;
        bool close = status.at(0) == "HTTP/1.0";
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "transfer-encoding")
                die(QStringLiteral("the hub answered with Transfer-Encoding: %1; this client takes Content-Length only")
                        .arg(QString::fromLatin1(value)));
            else if (name == "connection" && value.toLower() == "close")
                close = true;
        }
        if (length < 0)
            die(QStringLiteral("the hub answered without Content-Length"));
        m_buffer.remove(0, end + 4);
        while (m_buffer.size() < length) {
            if (!fill(nothing))
                return false;
        }
        r->body = m_buffer.left(length);
        m_buffer.remove(0, length);
        if (close)
            m_socket.disconnectFromHost();
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    quint16 m_port;
    int m_connections = 0;
    QElapsedTimer m_clock;
    qint64 m_firstByteNs = -1;
    Phases m_phases;
};

// What a hub database holds after a run: compared between sides, which must be identical.
struct Aggregates
{
    qint64 submissions = -1;
    QList<QVariantList> counts;
    QList<QVariantList> totals;
    bool operator==(const Aggregates &o) const { return submissions == o.submissions && counts == o.counts && totals == o.totals; }
};

inline Aggregates aggregates(hub::HubDatabase &db)
{
    Aggregates a;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT count(*) FROM submissions")) && q.next())
        a.submissions = q.value(0).toLongLong();
    q.finish();
    if (q.exec(QStringLiteral("SELECT area_id, criteria_set_id, theme_id, score, n FROM monitor_counts"
                              " ORDER BY area_id, criteria_set_id, theme_id, score"))) {
        while (q.next())
            a.counts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toLongLong()});
    }
    q.finish();
    if (q.exec(QStringLiteral("SELECT area_id, criteria_set_id, responses FROM monitor_totals ORDER BY area_id, criteria_set_id"))) {
        while (q.next())
            a.totals.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    return a;
}

} // namespace stadtlabor::bench
