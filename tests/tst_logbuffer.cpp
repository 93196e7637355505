// SPDX-License-Identifier: GPL-3.0-or-later
// The About section's recent log lines: a ring that keeps the newest lines, a handler that
// passes every message on to the one before it, and many threads logging at once.
#include "logbuffer.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace stadtlabor;

namespace {

Q_LOGGING_CATEGORY(lcTest, "stadtlabor.test")

QMutex chainedMutex;
QStringList chained;

void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&chainedMutex);
    chained.append(message);
}

} // namespace

class TestLogBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ringKeepsTheNewestLines()
    {
        LogBuffer buffer(3);
        QVERIFY(buffer.lines().isEmpty());
        buffer.append(QStringLiteral("a"));
        buffer.append(QStringLiteral("b"));
        QCOMPARE(buffer.lines(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        for (const char *line : {"c", "d", "e", "f", "g"})
            buffer.append(QLatin1String(line));
        QCOMPARE(buffer.lines(), QStringList({QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")}));
        buffer.clear();
        QVERIFY(buffer.lines().isEmpty());
        buffer.append(QStringLiteral("h"));
        QCOMPARE(buffer.lines(), QStringList{QStringLiteral("h")});
    }

    void linesAreCutAndCarryTimeAndLevel()
    {
        LogBuffer buffer;
        QCOMPARE(buffer.capacity(), LogBuffer::defaultCapacity);
        buffer.append(QString(2000, QLatin1Char('x')));
        QCOMPARE(buffer.lines().constFirst().size(), LogBuffer::maxLineLength);

        const QMessageLogContext context("file.cpp", 1, "f()", "stadtlabor.sync");
        const QDateTime time(QDate(2026, 11, 27), QTime(14, 5, 9, 123));
        QCOMPARE(LogBuffer::format(QtWarningMsg, context, QStringLiteral("hub busy\nretrying"), time),
                 QStringLiteral("2026-11-27 14:05:09.123 warning stadtlabor.sync: hub busy \u21b5 retrying"));
        const QString longLine = LogBuffer::format(QtInfoMsg, context, QString(5000, QLatin1Char('y')), time);
        QCOMPARE(longLine.size(), LogBuffer::maxLineLength);
        QVERIFY(longLine.endsWith(QChar(0x2026)));
    }

    void installedHandlerChainsToThePreviousOne()
    {
        const QtMessageHandler before = qInstallMessageHandler(recordingHandler);
        LogBuffer::global().clear();
        LogBuffer::install();
        LogBuffer::install(); // a second call changes nothing
        qCWarning(lcTest) << "disk nearly full";
        qWarning("plain warning");
        LogBuffer::uninstall();
        qWarning("after uninstall");
        qInstallMessageHandler(before);

        QCOMPARE(chained, QStringList({QStringLiteral("disk nearly full"), QStringLiteral("plain warning"),
                                       QStringLiteral("after uninstall")}));
        const QStringList lines = LogBuffer::global().lines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).endsWith(QLatin1String(" warning stadtlabor.test: disk nearly full")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(QLatin1String(" warning plain warning")), qPrintable(lines.at(1)));
    }

    void manyThreadsLogAtOnce()
    {
        chained.clear();
        const QtMessageHandler before = qInstallMessageHandler(recordingHandler);
        LogBuffer::global().clear();
        LogBuffer::install();
        const int threads = 6;
        const int perThread = 500;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([t] {
                for (int i = 0; i < perThread; ++i)
                    qCWarning(lcTest, "thread %d line %d", t, i);
            }));
            workers.back()->start();
        }
        // Reading while they write.
        for (int i = 0; i < 200; ++i)
            QVERIFY(LogBuffer::global().lines().size() <= LogBuffer::defaultCapacity);
        for (auto &w : workers)
            QVERIFY(w->wait(30'000));
        LogBuffer::uninstall();
        qInstallMessageHandler(before);

        QCOMPARE(chained.size(), threads * perThread);
        const QStringList lines = LogBuffer::global().lines();
        QCOMPARE(lines.size(), LogBuffer::defaultCapacity);
        for (const QString &line : lines)
            QVERIFY2(line.contains(QLatin1String(" warning stadtlabor.test: thread ")), qPrintable(line));
        // The very last line logged is among the kept ones, whichever thread wrote it.
        int found = 0;
        for (int t = 0; t < threads; ++t) {
            const QString tail = QStringLiteral("thread %1 line %2").arg(t).arg(perThread - 1);
            for (const QString &line : lines)
                found += line.endsWith(tail) ? 1 : 0;
        }
        QVERIFY(found >= 1);
    }
};

QTEST_GUILESS_MAIN(TestLogBuffer)
#include "tst_logbuffer.moc"
