// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <functional>

class QKeyEvent;

namespace stadtlabor {

// Kiosk mode: the window cannot be closed (close event, Alt+F4, Ctrl+Q, Ctrl+W, Escape), no
// link opens a browser or another program, and the mouse pointer can be hidden. Leaving it
// takes the admin PIN: leave() does nothing unless the admin pages are unlocked.
class KioskLockdown : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    using UnlockedCheck = std::function<bool()>;

    explicit KioskLockdown(UnlockedCheck adminUnlocked, QObject *parent = nullptr);
    ~KioskLockdown() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    void setCursorHidden(bool hidden);
    bool cursorHidden() const { return m_cursorHidden; }

    // The keys a desktop closes a window or an application with.
    static bool isClosingShortcut(const QKeyEvent *event);

    // Admin only: ends kiosk mode until the next start (the setting decides at start).
    Q_INVOKABLE bool leave();
    // Admin only: ends the application (a kiosk's service restarts it only after a failure).
    Q_INVOKABLE bool quit();

Q_SIGNALS:
    void activeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    // Registered with QDesktopServices for every scheme while active: nothing opens.
    void refuseUrl(const QUrl &url);

private:
    UnlockedCheck m_adminUnlocked;
    bool m_active = false;
    bool m_cursorHidden = false;
};

struct KioskLockdownForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::KioskLockdown)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Lockdown)

public:
    static KioskLockdown *create(QQmlEngine *, QJSEngine *);
    inline static KioskLockdown *instance = nullptr;
};

} // namespace stadtlabor
