// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace stadtlabor {

// The last lines the program logged, for the admin's About section: a ring buffer that any
// thread may fill. install() puts a message handler in front of the one in place (which still
// gets every message), so stderr and the journal see the same lines as before.
class LogBuffer
{
public:
    static constexpr int defaultCapacity = 200;
    static constexpr int maxLineLength = 500;

    explicit LogBuffer(int capacity = defaultCapacity);

    // "2026-11-27 14:05:09.123 warning stadtlabor.sync: message", cut to maxLineLength.
    static QString format(QtMsgType type, const QMessageLogContext &context, const QString &message, const QDateTime &time);
    void append(const QString &line);
    QStringList lines() const; // oldest first
    int capacity() const { return m_capacity; }
    void clear();

    // The buffer the installed handler fills.
    static LogBuffer &global();
    // Once, early in main(); a second call does nothing. uninstall() puts the previous handler
    // back (tests).
    static void install();
    static void uninstall();

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);

    const int m_capacity;
    mutable QMutex m_mutex;
    QList<QString> m_ring;
    int m_next = 0; // where the next line goes once the ring is full
};

} // namespace stadtlabor
