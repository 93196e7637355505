// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosklockdown.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>

namespace stadtlabor {

namespace {

const QStringList &schemes()
{
    static const QStringList list{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"),
                                  QStringLiteral("mailto"), QStringLiteral("tel"), QStringLiteral("ftp")};
    return list;
}

} // namespace

KioskLockdown::KioskLockdown(UnlockedCheck adminUnlocked, QObject *parent)
    : QObject(parent)
    , m_adminUnlocked(std::move(adminUnlocked))
{
}

KioskLockdown::~KioskLockdown()
{
    setActive(false);
    setCursorHidden(false);
}

void KioskLockdown::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (auto *app = QCoreApplication::instance()) {
        if (active)
            app->installEventFilter(this);
        else
            app->removeEventFilter(this);
    }
    for (const QString &scheme : schemes()) {
        if (active)
            QDesktopServices::setUrlHandler(scheme, this, "refuseUrl");
        else
            QDesktopServices::unsetUrlHandler(scheme);
    }
    Q_EMIT activeChanged();
}

void KioskLockdown::setCursorHidden(bool hidden)
{
    if (m_cursorHidden == hidden || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    m_cursorHidden = hidden;
    if (hidden)
        QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
    else
        QGuiApplication::restoreOverrideCursor();
}

bool KioskLockdown::isClosingShortcut(const QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    switch (event->key()) {
    case Qt::Key_F4:
        return modifiers & (Qt::AltModifier | Qt::ControlModifier);
    case Qt::Key_Q:
    case Qt::Key_W:
        return modifiers & Qt::ControlModifier;
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

bool KioskLockdown::leave()
{
    if (!m_adminUnlocked || !m_adminUnlocked())
        return false;
    qInfo("stadtlabor: kiosk mode left by the admin until the next start");
    setActive(false);
    return true;
}

bool KioskLockdown::quit()
{
    if (!m_adminUnlocked || !m_adminUnlocked())
        return false;
    qInfo("stadtlabor: quit by the admin");
    setActive(false);
    QCoreApplication::quit();
    return true;
}

bool KioskLockdown::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        if (isClosingShortcut(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::Close:
        if (watched->isWindowType()) {
            qInfo("stadtlabor: kiosk mode: the window stays open");
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskLockdown::refuseUrl(const QUrl &url)
{
    qInfo("stadtlabor: kiosk mode: not opening %s", qPrintable(url.scheme() + QStringLiteral(":...")));
}

KioskLockdown *KioskLockdownForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Lockdown", "main() must create the kiosk lock-down before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
