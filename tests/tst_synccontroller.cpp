// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguerepository.h"
#include "database.h"
#include "resultsrepository.h"
#include "settingsrepository.h"
#include "synccontroller.h"
#include "syncqueue.h"
#include "syncservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace stadtlabor;

class TestSyncController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<CatalogueRepository> m_catalogues;
    std::unique_ptr<ResultsRepository> m_results;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<SyncQueue> m_queue;

    void set(const QString &key, const QString &value)
    {
        QString error;
        QVERIFY2(m_settings->setValue(key, value, &error), qPrintable(error));
    }

    void addOutboxRow(const QString &uuid, const QString &kind, const QString &state, const QString &reason = QString())
    {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO outbox (uuid, kind, payload, created_at, state, last_error, acknowledged_at)"
                           " VALUES (?, ?, '{}', '2026-11-24T11:05:00.000Z', ?, ?, ?)"));
        q.addBindValue(uuid);
        q.addBindValue(kind);
        q.addBindValue(state);
        q.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
        q.addBindValue(
            state == QLatin1String("pending") ? QVariant() : QVariant(QStringLiteral("2026-11-26T16:42:09.000Z")));
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Times are shown in the kiosk's local time; the test fixes it.
        qputenv("TZ", "UTC");
        tzset();
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("kiosk.sqlite"))), qPrintable(m_db.errorString()));
        m_catalogues = std::make_unique<CatalogueRepository>(m_db);
        m_results = std::make_unique<ResultsRepository>(m_db);
        m_settings = std::make_unique<SettingsRepository>(m_db);
        m_service = std::make_unique<SyncService>(m_db, *m_catalogues, *m_results, *m_settings);
        m_queue = std::make_unique<SyncQueue>(m_db);
    }

    void withoutAServiceItSaysNotEnrolled()
    {
        SyncController sync(nullptr, SyncController::RejectedSource());
        QVERIFY(!sync.isAvailable());
        QCOMPARE(sync.state(), QStringLiteral("not_enrolled"));
        QCOMPARE(sync.visitorState(), QStringLiteral("hidden"));
        QCOMPARE(sync.pending(), 0);
        QVERIFY(sync.lastSuccess().isEmpty());
        QVERIFY(sync.rejectedItems().isEmpty());
        QSignalSpy enrolled(&sync, &SyncController::enrolled);
        sync.enroll(QStringLiteral("https://hub.example.org"), QStringLiteral("code"), QStringLiteral("Eingang"));
        QCOMPARE(enrolled.size(), 1);
        QCOMPARE(enrolled.at(0).at(0).toBool(), false);
        QVERIFY(!sync.isEnrolling());
        sync.syncNow(); // nothing to do, nothing breaks
    }

    void statesFollowTheService()
    {
        SyncController sync(m_service.get(), [this] { return m_queue->rejected(); });
        QVERIFY(sync.isAvailable());
        QCOMPARE(sync.state(), QStringLiteral("not_enrolled"));
        QCOMPARE(sync.visitorState(), QStringLiteral("hidden"));

        set(SyncService::keyHubUrl, QStringLiteral("https://hub.example.org"));
        set(SyncService::keyToken, QStringLiteral("t0k3n-t0k3n-t0k3n-t0k3n-t0k3n"));
        set(SyncService::keyDeviceId, QStringLiteral("device-7"));
        sync.refresh();
        QCOMPARE(sync.state(), QStringLiteral("idle"));
        QCOMPARE(sync.visitorState(), QStringLiteral("sent"));
        QCOMPARE(sync.hubUrl(), QStringLiteral("https://hub.example.org"));
        QCOMPARE(sync.deviceId(), QStringLiteral("device-7"));

        // A submission was saved: the service says so, the controller follows.
        addOutboxRow(QStringLiteral("p1"), QStringLiteral("monitor_response"), QStringLiteral("pending"));
        addOutboxRow(QStringLiteral("p2"), QStringLiteral("fonds_idea"), QStringLiteral("pending"));
        addOutboxRow(QStringLiteral("s1"), QStringLiteral("monitor_response"), QStringLiteral("sent"));
        QSignalSpy changed(&sync, &SyncController::statusChanged);
        Q_EMIT m_service->statusChanged();
        QVERIFY(changed.size() >= 1);
        QCOMPARE(sync.pending(), 2);
        QCOMPARE(sync.sent(), 1);
        QCOMPARE(sync.visitorState(), QStringLiteral("waiting"));

        // The last attempt failed: offline for visitors, the reason for the admin.
        set(QStringLiteral("sync_last_error"), QStringLiteral("hub unreachable: Connection refused"));
        sync.refresh();
        QCOMPARE(sync.state(), QStringLiteral("waiting"));
        QCOMPARE(sync.visitorState(), QStringLiteral("offline"));
        QCOMPARE(sync.lastError(), QStringLiteral("hub unreachable: Connection refused"));

        set(QStringLiteral("sync_unauthorized"), QStringLiteral("1"));
        sync.refresh();
        QCOMPARE(sync.state(), QStringLiteral("unauthorized"));
        QCOMPARE(sync.visitorState(), QStringLiteral("offline"));
        set(QStringLiteral("sync_unauthorized"), QStringLiteral("0"));
    }

    void timesAreReadable()
    {
        set(QStringLiteral("sync_last_success"), QStringLiteral("2026-11-26T16:42:10.000Z"));
        SyncController sync(m_service.get(), SyncController::RejectedSource());
        QCOMPARE(sync.lastSuccess(), QStringLiteral("26. November 2026, 16:42:10"));
        QSignalSpy changed(&sync, &SyncController::statusChanged);
        sync.setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(sync.lastSuccess(), QStringLiteral("26 November 2026, 16:42:10"));
        QVERIFY(sync.nextAttempt().isEmpty()); // nothing scheduled: automatic syncing is off here
    }

    // Pending rows in a payload format the hub did not list at the last sync are shown as
    // needing a newer hub; the others are simply waiting.
    void rowsInAFormatTheHubDoesNotTakeNeedANewerHub()
    {
        SyncController controller(m_service.get(), [] { return QList<SyncQueue::Rejected>(); });
        const int pendingBefore = controller.pending();
        addOutboxRow(QStringLiteral("format-a"), QStringLiteral("monitor_response"), QStringLiteral("pending"));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox_items (uuid, kind, payload, created_at, format) VALUES"
                                      " ('format-b', 'monitor_response', '{}', 'now', 2), ('format-c', 'fonds_idea', '{}', 'now', 2)")));
        controller.refresh();
        QCOMPARE(controller.pending(), pendingBefore + 3);
        QCOMPARE(controller.needsNewerHub(), 0); // no hub has said what it takes yet
        set(SyncService::keyHubFormats, QStringLiteral("1-1"));
        QSignalSpy changed(&controller, &SyncController::statusChanged);
        controller.refresh();
        QVERIFY(changed.count() >= 1);
        QCOMPARE(controller.needsNewerHub(), 2);
        QCOMPARE(controller.property("needsNewerHub").toInt(), 2);
        set(SyncService::keyHubFormats, QStringLiteral("1-2"));
        controller.refresh();
        QCOMPARE(controller.needsNewerHub(), 0);
    }

    void rejectedItemsCarryTheirReason()
    {
        addOutboxRow(QStringLiteral("r1"), QStringLiteral("monitor_response"), QStringLiteral("rejected"),
            QStringLiteral("conflict"));
        addOutboxRow(QStringLiteral("r2"), QStringLiteral("fonds_idea"), QStringLiteral("rejected"),
            QStringLiteral("invalid: unknown area"));
        SyncController sync(m_service.get(), [this] { return m_queue->rejected(); });
        QCOMPARE(sync.rejectedCount(), 2);
        const QVariantList items = sync.rejectedItems();
        QCOMPARE(items.size(), 2);
        const QVariantMap newest = items.at(0).toMap();
        QCOMPARE(newest.value(QStringLiteral("uuid")).toString(), QStringLiteral("r2"));
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("fonds_idea"));
        QCOMPARE(newest.value(QStringLiteral("kindLabel")).toString(), QStringLiteral("Bochum-Fonds idea"));
        QCOMPARE(newest.value(QStringLiteral("reason")).toString(), QStringLiteral("invalid: unknown area"));
        QCOMPARE(newest.value(QStringLiteral("createdAt")).toString(), QStringLiteral("24. November 2026, 11:05:00"));
        QCOMPARE(newest.value(QStringLiteral("rejectedAt")).toString(), QStringLiteral("26. November 2026, 16:42:09"));
        QCOMPARE(items.at(1).toMap().value(QStringLiteral("reason")).toString(), QStringLiteral("conflict"));
    }

    void enrolMistakesComeBackAtOnce()
    {
        SyncController sync(m_service.get(), SyncController::RejectedSource());
        QSignalSpy enrolled(&sync, &SyncController::enrolled);
        QSignalSpy enrolling(&sync, &SyncController::enrollingChanged);
        // Plain http to another computer is refused before anything goes on the network.
        sync.enroll(QStringLiteral("http://hub.example.org"), QStringLiteral("code"), QStringLiteral("Eingang"));
        QCOMPARE(enrolled.size(), 1);
        QCOMPARE(enrolled.at(0).at(0).toBool(), false);
        QVERIFY(!enrolled.at(0).at(1).toString().isEmpty());
        QVERIFY(!sync.isEnrolling());
        QCOMPARE(enrolling.size(), 2); // on, and off again
        // An address without a scheme means https; a missing code is refused.
        sync.enroll(QStringLiteral("hub.example.org"), QStringLiteral(" "), QStringLiteral("Eingang"));
        QCOMPARE(enrolled.size(), 2);
        QVERIFY(enrolled.at(1).at(1).toString().contains(QStringLiteral("code")));
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
