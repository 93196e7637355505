// SPDX-License-Identifier: GPL-3.0-or-later
#include "logbuffer.h"

#include <QDateTime>
#include <QMutexLocker>

#include <atomic>

namespace stadtlabor {

namespace {

std::atomic<QtMessageHandler> previousHandler{nullptr};
std::atomic<bool> installed{false};

QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("log");
}

} // namespace

LogBuffer::LogBuffer(int capacity)
    : m_capacity(qMax(1, capacity))
{
    m_ring.reserve(m_capacity);
}

QString LogBuffer::format(QtMsgType type, const QMessageLogContext &context, const QString &message, const QDateTime &time)
{
    QString line = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QLatin1Char(' ') + levelName(type);
    if (context.category && qstrcmp(context.category, "default") != 0)
        line += QLatin1Char(' ') + QLatin1String(context.category) + QLatin1Char(':');
    line += QLatin1Char(' ');
    // One screen line per message: line breaks inside a message become visible marks.
    line += message.left(maxLineLength).replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    if (line.size() > maxLineLength) {
        line.truncate(maxLineLength - 1);
        line += QChar(0x2026);
    }
    return line;
}

void LogBuffer::append(const QString &line)
{
    const QString cut = line.size() > maxLineLength ? line.left(maxLineLength - 1) + QChar(0x2026) : line;
    QMutexLocker lock(&m_mutex);
    if (m_ring.size() < m_capacity) {
        m_ring.append(cut);
        return;
    }
    m_ring[m_next] = cut;
    m_next = (m_next + 1) % m_capacity;
}

QStringList LogBuffer::lines() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    out.reserve(m_ring.size());
    for (int i = 0; i < m_ring.size(); ++i)
        out.append(m_ring.at((m_next + i) % m_ring.size()));
    return out;
}

void LogBuffer::clear()
{
    QMutexLocker lock(&m_mutex);
    m_ring.clear();
    m_next = 0;
}

LogBuffer &LogBuffer::global()
{
    static LogBuffer buffer;
    return buffer;
}

void LogBuffer::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    global().append(format(type, context, message, QDateTime::currentDateTime()));
    if (const QtMessageHandler previous = previousHandler.load())
        previous(type, context, message);
}

void LogBuffer::install()
{
    if (installed.exchange(true))
        return;
    global(); // made before the first message can arrive from another thread
    // Qt hands back its default handler when none was installed, so the chain always ends there.
    previousHandler.store(qInstallMessageHandler(&LogBuffer::handler));
}

void LogBuffer::uninstall()
{
    if (!installed.exchange(false))
        return;
    qInstallMessageHandler(previousHandler.exchange(nullptr));
}

} // namespace stadtlabor
