// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "dateformat.h"

#include <QUrl>

namespace stadtlabor {

SyncController::SyncController(SyncService *service, RejectedSource rejected, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_rejected(std::move(rejected))
{
    if (service) {
        connect(service, &SyncService::statusChanged, this, &SyncController::refresh);
        connect(service, &SyncService::enrolled, this, [this](bool ok, const QString &message, const QString &kind) {
            setEnrolling(false);
            refresh();
            Q_EMIT enrolled(ok, ok ? message : errorText(kind, message));
        });
        connect(service, &SyncService::finished, this, [this](const SyncService::Summary &s) {
            refresh();
            refreshRejected();
            Q_EMIT finished(QVariantMap{{QStringLiteral("reachedHub"), s.reachedHub}, {QStringLiteral("sent"), s.sent},
                {QStringLiteral("acknowledged"), s.acknowledged}, {QStringLiteral("rejected"), s.rejected},
                {QStringLiteral("catalogueUpdated"), s.catalogueUpdated},
                {QStringLiteral("resultsUpdated"), s.resultsUpdated}, {QStringLiteral("error"), s.error}});
        });
    }
    refresh();
    refreshRejected();
}

void SyncController::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT statusChanged();
    refreshRejected();
}

QString SyncController::stateName(SyncService::State state)
{
    switch (state) {
    case SyncService::State::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case SyncService::State::Idle:
        return QStringLiteral("idle");
    case SyncService::State::Syncing:
        return QStringLiteral("syncing");
    case SyncService::State::Waiting:
        return QStringLiteral("waiting");
    case SyncService::State::Unauthorized:
        return QStringLiteral("unauthorized");
    }
    return QStringLiteral("not_enrolled");
}

QString SyncController::errorText(const QString &kind, const QString &detail) const
{
    QString text;
    if (kind == QLatin1String("unreachable"))
        text = tr("The hub cannot be reached (network or address).");
    else if (kind == QLatin1String("busy"))
        text = tr("The hub is busy and asked to wait; the terminal tries again later.");
    else if (kind == QLatin1String("hub_failed"))
        text = tr("The hub had a problem; the terminal tries again later.");
    else if (kind == QLatin1String("hub_refused"))
        text = tr("The hub refused the request.");
    else if (kind == QLatin1String("unauthorized"))
        text = tr("The hub no longer accepts this terminal. Enrol it again with a new code.");
    else if (kind == QLatin1String("local") || kind == QLatin1String("storage"))
        text = tr("This terminal's own database failed.");
    else if (kind == QLatin1String("bad_code"))
        text = tr("The code is unknown, used or expired, or a field is empty.");
    else if (kind == QLatin1String("bad_address"))
        text = tr("The hub address cannot be used.");
    if (text.isEmpty())
        return detail;
    return detail.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, detail);
}

QString SyncController::lastError() const
{
    return m_status.lastError.isEmpty() ? QString() : errorText(m_status.lastErrorKind, m_status.lastError);
}

QString SyncController::state() const
{
    return stateName(m_status.state);
}

QString SyncController::visitorState() const
{
    switch (m_status.state) {
    case SyncService::State::NotEnrolled:
        return QStringLiteral("hidden");
    case SyncService::State::Waiting:
    case SyncService::State::Unauthorized:
        return QStringLiteral("offline");
    case SyncService::State::Idle:
    case SyncService::State::Syncing:
        break;
    }
    return m_status.pending > 0 ? QStringLiteral("waiting") : QStringLiteral("sent");
}

QString SyncController::displayTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QString();
    if (utc.toLocalTime().date() == QDate::currentDate())
        return tr("today, %1").arg(QLocale(m_language).toString(utc.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
    return readableDateTime(utc, m_language);
}

QString SyncController::lastSuccess() const
{
    return displayTime(m_status.lastSuccess);
}

QString SyncController::nextAttempt() const
{
    return displayTime(m_status.nextAttempt);
}

void SyncController::refresh()
{
    const int rejectedBefore = m_status.rejected;
    m_status = m_service ? m_service->status() : SyncService::Status();
    Q_EMIT statusChanged();
    if (m_status.rejected != rejectedBefore)
        refreshRejected();
}

void SyncController::refreshRejected()
{
    QVariantList items;
    if (m_rejected) {
        const QList<SyncQueue::Rejected> rejected = m_rejected();
        for (const SyncQueue::Rejected &r : rejected) {
            QString kindLabel = r.kind;
            if (r.kind == QLatin1String("monitor_response"))
                kindLabel = tr("StadtRaumMonitor rating");
            else if (r.kind == QLatin1String("fonds_idea"))
                kindLabel = tr("Bochum-Fonds idea");
            const QDateTime created = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs);
            const QDateTime rejectedAt = QDateTime::fromString(r.rejectedAt, Qt::ISODateWithMs);
            items.append(QVariantMap{{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("kind"), r.kind},
                {QStringLiteral("kindLabel"), kindLabel},
                {QStringLiteral("createdAt"), created.isValid() ? displayTime(created) : r.createdAt},
                {QStringLiteral("rejectedAt"), rejectedAt.isValid() ? displayTime(rejectedAt) : r.rejectedAt},
                {QStringLiteral("reason"), r.reason}});
        }
    }
    if (items == m_rejectedItems)
        return;
    m_rejectedItems = items;
    Q_EMIT rejectedItemsChanged();
}

void SyncController::setEnrolling(bool enrolling)
{
    if (m_enrolling == enrolling)
        return;
    m_enrolling = enrolling;
    Q_EMIT enrollingChanged();
}

void SyncController::enroll(const QString &url, const QString &code, const QString &deviceName)
{
    if (!m_service) {
        Q_EMIT enrolled(false, tr("This terminal has no connection to a hub configured."));
        return;
    }
    if (m_enrolling)
        return;
    // An address typed without its scheme means https.
    QString text = url.trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    setEnrolling(true);
    // The service answers some mistakes at once, from inside this call.
    m_service->enroll(QUrl(text, QUrl::StrictMode), code.trimmed(), deviceName.trimmed());
}

void SyncController::syncNow()
{
    if (m_service)
        m_service->syncNow();
}

SyncController *SyncControllerForeign::create(QQmlEngine *, QJSEngine *)
{
    // Every screen's top bar asks; a program that made no sync (a tool, a test) gets one
    // without a service, which says "not enrolled".
    static SyncController withoutService(nullptr, SyncController::RejectedSource());
    SyncController *sync = instance ? instance : &withoutService;
    QJSEngine::setObjectOwnership(sync, QJSEngine::CppOwnership);
    return sync;
}

} // namespace stadtlabor
