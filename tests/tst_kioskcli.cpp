// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk executable as an admin or a script uses it: real process, real database file.
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the kiosk as on a server or a fresh terminal: no display and no platform chosen, so
// every task that needs no screen must work without one, and rendering picks offscreen itself.
Run kiosk(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(var));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STADTLABOR_KIOSK_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject bundledDocument()
{
    QFile f(QStringLiteral(STADTLABOR_SOURCE_DIR "/resources/catalogue/bochum.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the bundled catalogue");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    if (f.write(content) != content.size() || !f.flush())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(f.errorString()));
    return path;
}

QString write(const QTemporaryDir &dir, const QString &name, const QJsonObject &document)
{
    return write(dir, name, QJsonDocument(document).toJson());
}

// Project id -> status, read straight from the kiosk's database file.
QMap<QString, QString> storedProjects(const QString &dbPath)
{
    QMap<QString, QString> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            // A failed query shows up as "@error" instead of as an empty catalogue.
            if (!q.exec(QStringLiteral("SELECT id, status FROM projects")))
                result.insert(QStringLiteral("@error"), q.lastError().text());
            while (q.next())
                result.insert(q.value(0).toString(), q.value(1).toString());
            if (!q.exec(QStringLiteral("SELECT value FROM catalogue_meta WHERE key = 'version'")))
                result.insert(QStringLiteral("@error"), q.lastError().text());
            if (q.next())
                result.insert(QStringLiteral("@version"), q.value(0).toString());
        } else {
            result.insert(QStringLiteral("@error"), db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return result;
}

} // namespace

class TestKioskCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void versionAndHelp()
    {
        const Run version = kiosk({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QLatin1String("stadtlabor-kiosk ")), qPrintable(version.out));
        const Run help = kiosk({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--data-dir", "--import-catalogue", "--screenshot", "--page", "--size", "--lang", "--windowed"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        QVERIFY(!help.out.contains(QLatin1String("--probe-first-frame")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("settings")} << QStringLiteral("unknown page \"settings\"");
        QTest::newRow("project without id") << QStringList{QStringLiteral("--page"), QStringLiteral("project:")} << QStringLiteral("unknown page");
        QTest::newRow("theme 0") << QStringList{QStringLiteral("--page"), QStringLiteral("monitor-theme:0")} << QStringLiteral("unknown page");
        QTest::newRow("theme not a number") << QStringList{QStringLiteral("--page"), QStringLiteral("monitor-theme:x")} << QStringLiteral("unknown page");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << QStringLiteral("--size wants WxH");
        QTest::newRow("tiny size") << QStringList{QStringLiteral("--size"), QStringLiteral("100x100")} << QStringLiteral("--size wants WxH");
        QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("--lang wants de or en");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("hello")} << QStringLiteral("unexpected argument \"hello\"");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = kiosk(QStringList{QStringLiteral("--data-dir"), dir.path()} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void refusesNonSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString db = write(dir, QStringLiteral("stadtlabor.sqlite"), QByteArray("Einkaufsliste: Milch, Brot\n"));
        const Run r = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--import-catalogue"),
                             QStringLiteral(STADTLABOR_SOURCE_DIR "/resources/catalogue/bochum.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("is not a SQLite database")), qPrintable(r.err));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("Einkaufsliste: Milch, Brot\n"));
    }

    void importBrokenCatalogueChangesNothing()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("stadtlabor.sqlite"));
        const Run first = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--import-catalogue"),
                                 QStringLiteral(STADTLABOR_SOURCE_DIR "/resources/catalogue/bochum.json")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QLatin1String("6 projects")), qPrintable(first.out));
        const auto before = storedProjects(dbPath);
        QCOMPARE(before.value(QStringLiteral("kulturportal")), QStringLiteral("planning"));

        QJsonObject doc = bundledDocument();
        QJsonArray projects = doc.value(QLatin1String("projects")).toArray();
        QJsonObject p3 = projects.at(3).toObject();
        p3.insert(QStringLiteral("status"), QStringLiteral("fertig"));
        projects.replace(3, p3);
        doc.insert(QStringLiteral("projects"), projects);
        doc.insert(QStringLiteral("version"), QStringLiteral("broken"));
        const QString broken = write(dir, QStringLiteral("broken.json"), doc);

        const Run r = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--import-catalogue"), broken});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("projects[3].status: unknown status \"fertig\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("unchanged")), qPrintable(r.err));
        QCOMPARE(storedProjects(dbPath), before);

        const QString notJson = write(dir, QStringLiteral("garbage.json"), QByteArray("\x00\x01garbage", 9));
        const Run g = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--import-catalogue"), notJson});
        QCOMPARE(g.exitCode, 3);
        QVERIFY2(g.err.contains(QLatin1String("not valid JSON")), qPrintable(g.err));
        const Run missing = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--import-catalogue"),
                                   dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(QLatin1String("cannot read")), qPrintable(missing.err));
        QCOMPARE(storedProjects(dbPath), before);
    }

    void importValidCatalogueReplaces()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("stadtlabor.sqlite"));
        QJsonObject doc = bundledDocument();
        QJsonArray projects = doc.value(QLatin1String("projects")).toArray();
        QJsonObject p2 = projects.at(2).toObject();
        p2.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
        projects.replace(2, p2);
        projects.removeLast();
        doc.insert(QStringLiteral("projects"), projects);
        doc.insert(QStringLiteral("version"), QStringLiteral("2026-12-01.1"));
        const QString next = write(dir, QStringLiteral("next.json"), doc);

        // First start imports the bundled default, then the admin's file replaces it.
        QCOMPARE(kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--sync-status")}).exitCode, 0);
        QCOMPARE(storedProjects(dbPath).size(), 6 + 1);
        const Run r = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--import-catalogue"), next});
        QCOMPARE(r.exitCode, 0);
        const auto after = storedProjects(dbPath);
        QCOMPARE(after.value(QStringLiteral("@version")), QStringLiteral("2026-12-01.1"));
        QCOMPARE(after.value(QStringLiteral("kulturportal")), QStringLiteral("in_progress"));
        QVERIFY(!after.contains(QStringLiteral("bochum-fonds")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("lang");
        for (const char *size : {"1920x1080", "1080x1920", "1366x768"}) {
            QTest::addRow("projects %s", size) << QStringLiteral("projects") << QString::fromLatin1(size) << QStringLiteral("de");
            QTest::addRow("detail %s", size) << QStringLiteral("project:kulturportal") << QString::fromLatin1(size) << QStringLiteral("de");
        }
        for (const char *size : {"1920x1080", "1080x1920", "1366x768"}) {
            QTest::addRow("monitor theme %s", size) << QStringLiteral("monitor-theme:5") << QString::fromLatin1(size) << QStringLiteral("de");
            QTest::addRow("monitor summary %s", size) << QStringLiteral("monitor-summary") << QString::fromLatin1(size) << QStringLiteral("de");
        }
        for (const char *page : {"monitor-start", "monitor-area", "monitor-about", "monitor-done"})
            QTest::addRow("%s", page) << QString::fromLatin1(page) << QStringLiteral("1920x1080") << QStringLiteral("de");
        for (const char *size : {"1920x1080", "1080x1920"}) {
            for (const char *page : {"fonds-start", "fonds-idea", "fonds-money", "fonds-who", "fonds-contact", "fonds-review", "fonds-receipt"})
                QTest::addRow("%s %s", page, size) << QString::fromLatin1(page) << QString::fromLatin1(size) << QStringLiteral("de");
        }
        for (const char *page : {"admin-sync", "admin-data", "admin-pin", "staff-setup", "staff-summary", "attract", "closed",
                                 "idle-overlay"})
            QTest::addRow("%s", page) << QString::fromLatin1(page) << QStringLiteral("1366x768") << QStringLiteral("de");
        QTest::newRow("monitor summary en") << QStringLiteral("monitor-summary") << QStringLiteral("1366x768") << QStringLiteral("en");
        QTest::newRow("home en") << QStringLiteral("home") << QStringLiteral("1920x1080") << QStringLiteral("en");
        QTest::newRow("projects en") << QStringLiteral("projects") << QStringLiteral("1920x1080") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, page);
        QFETCH(QString, size);
        QFETCH(QString, lang);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run r = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"), png,
                             QStringLiteral("--page"), page, QStringLiteral("--size"), size, QStringLiteral("--lang"), lang});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The fixture filled every page's example through the controllers' own calls.
        QVERIFY2(!r.err.contains(QLatin1String("fixture:")), qPrintable(r.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);

        // A page, not a blank window: the brand colour of the top bar (the kiosk's own screens
        // cover it) and many other colours.
        if (!QStringList{QStringLiteral("attract"), QStringLiteral("closed"), QStringLiteral("idle-overlay")}.contains(page))
            QCOMPARE(image.pixelColor(image.width() / 2, 5), QColor(QStringLiteral("#005ca9")));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        if (page == QLatin1String("monitor-summary")) {
            // The example's own answers are drawn in the brand colour: lines and dots in the chart.
            int answerPixels = 0;
            for (int y = image.height() / 8; y < image.height(); ++y)
                for (int x = 0; x < image.width() * 2 / 3; ++x)
                    answerPixels += image.pixelColor(x, y) == QColor(QStringLiteral("#005ca9"));
            QVERIFY2(answerPixels > 500, qPrintable(QString::number(answerPixels)));
        }
        if (page == QLatin1String("fonds-money")) {
            // The live check in its warning state: its frame and text in the warning colour.
            int warningPixels = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    warningPixels += image.pixelColor(x, y) == QColor(QStringLiteral("#a3320b"));
            QVERIFY2(warningPixels > 2000, qPrintable(QString::number(warningPixels)));
        }
        if (page == QLatin1String("projects") || page.startsWith(QLatin1String("project:"))) {
            // The planning badge of the Kulturportal is on both the grid and its detail page.
            bool planningColour = false;
            for (int y = 0; y < image.height() && !planningColour; ++y)
                for (int x = 0; x < image.width() && !planningColour; ++x)
                    planningColour = image.pixelColor(x, y) == QColor(QStringLiteral("#995700"));
            QVERIFY(planningColour);
        }
    }

    void languagesRenderDifferently()
    {
        QTemporaryDir dir;
        QByteArray hashes[2];
        int i = 0;
        for (const char *lang : {"de", "en"}) {
            const QString png = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(lang)));
            QCOMPARE(kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"), png, QStringLiteral("--page"),
                            QStringLiteral("projects"), QStringLiteral("--lang"), QLatin1String(lang)}).exitCode, 0);
            QFile f(png);
            QVERIFY(f.open(QIODevice::ReadOnly));
            hashes[i++] = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        }
        QVERIFY(hashes[0] != hashes[1]);
    }

    void deviceSettings()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("stadtlabor.sqlite"));
        const auto stored = [&] {
            QMap<QString, QString> result;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("settings"));
                db.setDatabaseName(dbPath);
                if (db.open()) {
                    QSqlQuery q(db);
                    // A failed query shows up as "@error", not as "nothing stored".
                    if (!q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key != 'device_id'")))
                        result.insert(QStringLiteral("@error"), q.lastError().text());
                    while (q.next())
                        result.insert(q.value(0).toString(), q.value(1).toString());
                } else {
                    result.insert(QStringLiteral("@error"), db.lastError().text());
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("settings"));
            return result;
        };

        const Run ok = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--setting"), QStringLiteral("default_area=laer"),
                              QStringLiteral("--setting"), QStringLiteral("virtual_keyboard=off")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(stored().value(QStringLiteral("default_area")), QStringLiteral("laer"));
        QCOMPARE(stored().value(QStringLiteral("virtual_keyboard")), QStringLiteral("off"));

        // All or nothing: one bad pair stores none of them.
        for (const QString &bad : {QStringLiteral("default_area=atlantis"), QStringLiteral("virtual_keyboard=maybe"),
                                   QStringLiteral("colour=blue"), QStringLiteral("default_area"), QStringLiteral("idle_seconds=5"),
                                   QStringLiteral("opening_hours=Mo-Xy 09:00-18:00"), QStringLiteral("hub_url=https://x.example")}) {
            const Run r = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--setting"), QStringLiteral("default_area=grumme"),
                                 QStringLiteral("--setting"), bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.err.isEmpty());
            QCOMPARE(stored().value(QStringLiteral("default_area")), QStringLiteral("laer"));
            const QMap<QString, QString> after = stored();
            QVERIFY2(!after.contains(QStringLiteral("@error")), qPrintable(after.value(QStringLiteral("@error"))));
            QVERIFY2(!after.contains(QStringLiteral("idle_seconds")) && !after.contains(QStringLiteral("opening_hours")),
                     qPrintable(bad));
        }

        // The StadtRaumMonitor starts at the device's area: Laer in Bochum-Ost is preselected.
        const QString png = dir.filePath(QStringLiteral("area.png"));
        const Run shot = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"), png,
                                QStringLiteral("--page"), QStringLiteral("monitor-area")});
        QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    }

    // A screenshot shows the fixture's example in a copy: the kiosk's own database gains no
    // response, idea or PIN, whatever the page submits.
    void screenshotsLeaveTheDatabaseAlone()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("stadtlabor.sqlite"));
        QCOMPARE(kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--setting"), QStringLiteral("idle_seconds=60")}).exitCode, 0);
        for (const char *page : {"monitor-done", "fonds-receipt", "staff-summary", "admin-device", "attract"}) {
            const Run r = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                                 dir.filePath(QStringLiteral("x.png")), QStringLiteral("--page"), QLatin1String(page)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("fixture:")), qPrintable(r.err));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alone"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        for (const char *sql : {"SELECT count(*) FROM monitor_responses", "SELECT count(*) FROM fonds_ideas", "SELECT count(*) FROM outbox",
                                "SELECT count(*) FROM area_results", "SELECT count(*) FROM area_totals",
                                "SELECT count(*) FROM settings WHERE key LIKE 'admin_pin%'"}) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QLatin1String(sql)) && q.next(), sql);
            QVERIFY2(q.value(0).toInt() == 0, sql);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("alone"));
    }

    // `--setting` from a shell while the kiosk runs: the running kiosk notices the changed
    // database and applies the value without a restart.
    void settingAppliesWhileRunning()
    {
        QTemporaryDir dir;
        QProcess running;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("stadtlabor.kiosk.info=true"));
        running.setProcessEnvironment(env);
        running.setProcessChannelMode(QProcess::MergedChannels);
        running.start(QStringLiteral(STADTLABOR_KIOSK_BINARY),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--windowed"), QStringLiteral("--no-virtual-keyboard")});
        QVERIFY(running.waitForStarted());
        QString output;
        // Reads what the kiosk logged until `text` appears or `ms` have passed.
        const auto logs = [&](const QString &text, int ms) {
            QDeadlineTimer deadline(ms);
            while (!output.contains(text) && !deadline.hasExpired() && running.state() == QProcess::Running) {
                running.waitForReadyRead(100);
                output += QString::fromUtf8(running.readAll());
            }
            return output.contains(text);
        };
        QVERIFY2(logs(QStringLiteral("running; settings changed by another process apply at once"), 30000), qPrintable(output));
        const Run set = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--setting"), QStringLiteral("idle_seconds=45"),
                               QStringLiteral("--setting"), QStringLiteral("module_fonds=off")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(logs(QStringLiteral("applied idle_seconds=45"), 20000), qPrintable(output));
        QVERIFY2(logs(QStringLiteral("applied module_fonds=off"), 20000), qPrintable(output));
        QCOMPARE(running.state(), QProcess::Running);
        running.terminate();
        if (!running.waitForFinished(10000)) {
            running.kill();
            running.waitForFinished();
        }
    }

    void unknownProjectSaysSo()
    {
        QTemporaryDir dir;
        const Run r = kiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                             dir.filePath(QStringLiteral("x.png")), QStringLiteral("--page"), QStringLiteral("project:no-such")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("no project \"no-such\"")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestKioskCli)
#include "tst_kioskcli.moc"
