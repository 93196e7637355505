// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncqueue.h"
#include "syncservice.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace stadtlabor {

// The sync with the hub as the screens show it: a calm word for visitors in the top bar, and
// for the admin the queue, the last success and error, the next attempt and what the hub
// rejected. Without a SyncService (tests, or a device that never syncs) it says "not
// enrolled" and its actions do nothing.
class SyncController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(QString state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY statusChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY statusChanged)
    Q_PROPERTY(int pending READ pending NOTIFY statusChanged)
    Q_PROPERTY(int sent READ sent NOTIFY statusChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY statusChanged)
    // Pending items in a payload format the hub does not take: they stay here until a hub
    // that takes it is reached ("needs a newer hub"); the rest are sent meanwhile.
    Q_PROPERTY(int needsNewerHub READ needsNewerHub NOTIFY statusChanged)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY statusChanged) // empty: never
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QString nextAttempt READ nextAttempt NOTIFY statusChanged) // empty: none scheduled
    // For visitors: "hidden" (not enrolled), "sent", "waiting" (items on their way) or
    // "offline" (the last attempt failed; items wait on the device).
    Q_PROPERTY(QString visitorState READ visitorState NOTIFY statusChanged)
    Q_PROPERTY(QVariantList rejectedItems READ rejectedItems NOTIFY rejectedItemsChanged)
    Q_PROPERTY(bool enrolling READ isEnrolling NOTIFY enrollingChanged)

public:
    using RejectedSource = std::function<QList<SyncQueue::Rejected>()>;

    // `service` may be null; `rejected` lists what the hub refused (newest first).
    SyncController(SyncService *service, RejectedSource rejected, QObject *parent = nullptr);

    void setLanguage(const QString &language);

    bool isAvailable() const { return !m_service.isNull(); }
    QString state() const;
    QString hubUrl() const { return m_status.hubUrl; }
    QString deviceId() const { return m_status.deviceId; }
    int pending() const { return m_status.pending; }
    int sent() const { return m_status.sent; }
    int rejectedCount() const { return m_status.rejected; }
    int needsNewerHub() const { return m_status.needsNewerHub; }
    QString lastSuccess() const;
    // The screen's own words for what went wrong, then the technical detail.
    QString lastError() const;
    QString errorText(const QString &kind, const QString &detail) const;
    QString nextAttempt() const;
    QString visitorState() const;
    QVariantList rejectedItems() const { return m_rejectedItems; }
    bool isEnrolling() const { return m_enrolling; }

    // Trades the hub's one-time enrolment code for this device's token; enrolled() says how
    // it went.
    Q_INVOKABLE void enroll(const QString &url, const QString &code, const QString &deviceName);
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refresh();

    static QString stateName(SyncService::State state);

Q_SIGNALS:
    void statusChanged();
    void rejectedItemsChanged();
    void enrollingChanged();
    void enrolled(bool ok, const QString &message);
    // keys: reachedHub, sent, acknowledged, rejected, catalogueUpdated, resultsUpdated, error
    void finished(const QVariantMap &summary);

private:
    QString displayTime(const QDateTime &utc) const;
    void refreshRejected();
    void setEnrolling(bool enrolling);

    QPointer<SyncService> m_service;
    RejectedSource m_rejected;
    SyncService::Status m_status;
    QVariantList m_rejectedItems;
    QString m_language = QStringLiteral("de");
    bool m_enrolling = false;
};

struct SyncControllerForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::SyncController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Sync)

public:
    static SyncController *create(QQmlEngine *, QJSEngine *);
    inline static SyncController *instance = nullptr;
};

} // namespace stadtlabor
