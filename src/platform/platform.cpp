// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#include <QFile>
#include <QFileDevice>
#include <QObject>
#include <QSocketNotifier>

#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <QFileInfo>
#include <QMetaObject>

#include <atomic>
#include <io.h>
#include <winsock2.h>
#include <windows.h>

#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
// Qt's documented switch (QFileInfo, "NTFS permissions") before QNtfsPermissionCheckGuard.
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;
#endif
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace stadtlabor::platform {

namespace {

// Runs the handler at most once, however often the request to stop comes.
std::function<void()> once(std::function<void()> f)
{
    auto done = std::make_shared<bool>(false);
    return [f = std::move(f), done] {
        if (*done)
            return;
        *done = true;
        f();
    };
}

} // namespace

#ifdef Q_OS_WIN

namespace {

std::atomic<QObject *> stopContext{nullptr};
std::function<void()> stopHandler;

// Runs on a thread of its own that Windows starts for the event.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    QObject *context = stopContext.load();
    if (!context)
        return FALSE;
    QMetaObject::invokeMethod(context, [] { stopHandler(); }, Qt::QueuedConnection);
    // For these Windows ends the process as soon as the handler returns (or after its own
    // timeout of a few seconds): wait here, so the event loop can finish what is in flight and
    // the process ends by returning from main().
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        ::Sleep(INFINITE);
    return TRUE;
}

} // namespace

bool onStopRequest(QObject *context, std::function<void()> onStop, QString *error)
{
    stopHandler = once(std::move(onStop));
    stopContext.store(context);
    QObject::connect(context, &QObject::destroyed, [] { stopContext.store(nullptr); });
    if (!::SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        *error = QStringLiteral("cannot install the console control handler (error %1)").arg(::GetLastError());
        return false;
    }
    return true;
}

bool isPrivateFile(const QString &path, QString *problem)
{
    QFileDevice::Permissions permissions;
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        QNtfsPermissionCheckGuard ntfs;
#else
        ++qt_ntfs_permission_lookup;
#endif
        permissions = QFileInfo(path).permissions();
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
        --qt_ntfs_permission_lookup;
#endif
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther;
    if (permissions & others) {
        *problem = QStringLiteral("is readable or writable by others; allow only your own account, e.g. "
                                  "icacls \"%1\" /inheritance:r /grant:r \"%USERNAME%:F\"").arg(path);
        return false;
    }
    return true;
}

void restrictToOwner(const QString &)
{
    // See platform.h: Qt's permission bits only toggle "read-only" on Windows; the data folder
    // under the user's profile already grants nobody else access.
}

bool syncFile(QFileDevice &file, QString *error)
{
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(file.handle()));
    if (handle == INVALID_HANDLE_VALUE || !::FlushFileBuffers(handle)) {
        *error = QStringLiteral("cannot flush %1 to the disk (error %2)").arg(file.fileName()).arg(::GetLastError());
        return false;
    }
    return true;
}

bool syncFolder(const QString &, QString *)
{
    return true; // see platform.h
}

void shutdownSending(qintptr socketDescriptor)
{
    ::shutdown(SOCKET(socketDescriptor), SD_SEND);
}

void acknowledgeQuickly(qintptr)
{
    // No per-socket switch on Windows (SIO_TCP_SET_ACK_FREQUENCY changes the whole socket's
    // behaviour for good); the delayed ACK applies.
}

#else // POSIX

namespace {

// A signal handler may do next to nothing safely: it writes one byte into a socket pair, and a
// QSocketNotifier on the other end brings the request into the event loop.
int stopFds[2] = {-1, -1};

void onSignal(int)
{
    const int saved = errno;
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(stopFds[1], &c, 1);
    errno = saved;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool onStopRequest(QObject *context, std::function<void()> onStop, QString *error)
{
    if (stopFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, stopFds) != 0) {
        *error = QStringLiteral("cannot set up signal handling: %1").arg(systemError());
        return false;
    }
    auto *notifier = new QSocketNotifier(stopFds[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [stop = once(std::move(onStop))] {
        char c;
        [[maybe_unused]] const auto n = ::read(stopFds[0], &c, 1);
        stop();
    });
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (::sigaction(SIGTERM, &sa, nullptr) != 0 || ::sigaction(SIGINT, &sa, nullptr) != 0) {
        *error = QStringLiteral("cannot handle SIGTERM and SIGINT: %1").arg(systemError());
        return false;
    }
    std::signal(SIGPIPE, SIG_IGN);
    return true;
}

bool isPrivateFile(const QString &path, QString *problem)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        *problem = QStringLiteral("cannot be examined: %1").arg(systemError());
        return false;
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *problem = QStringLiteral("is readable or writable by others (mode %1); run: chmod 600 %2")
                       .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'))
                       .arg(path);
        return false;
    }
    return true;
}

void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool syncFile(QFileDevice &file, QString *error)
{
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    if (::fsync(file.handle()) != 0) {
        *error = QStringLiteral("cannot flush %1 to the disk: %2").arg(file.fileName(), systemError());
        return false;
    }
    return true;
}

bool syncFolder(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("cannot open the folder %1: %2").arg(path, systemError());
        return false;
    }
    const bool synced = ::fsync(fd) == 0 || errno == EINVAL || errno == ENOTSUP; // cannot sync a folder: nothing to do
    const QString problem = synced ? QString() : systemError();
    ::close(fd);
    if (!synced)
        *error = QStringLiteral("cannot flush the folder %1 to the disk: %2").arg(path, problem);
    return synced;
}

void shutdownSending(qintptr socketDescriptor)
{
    ::shutdown(int(socketDescriptor), SHUT_WR);
}

void acknowledgeQuickly([[maybe_unused]] qintptr socketDescriptor)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    ::setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
#endif
}

#endif

} // namespace stadtlabor::platform
