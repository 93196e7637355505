// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place for what the operating system does differently: signals, file modes, flushing
// to the disk, sockets below Qt. Everything else in src/ and app/ uses Qt alone; the ctest
// `platform_calls` fails when a POSIX-only header or call appears anywhere else. Linux is tested;
// the Windows branch is built by design only and says plainly what it cannot do.

#include <QString>
#include <QtGlobal>

#include <functional>

class QFileDevice;
class QObject;

namespace stadtlabor::platform {

// Calls `onStop` once in the thread of `context` when the process is asked to stop: SIGTERM or
// SIGINT on POSIX (a service manager, Ctrl+C); Ctrl+C, Ctrl+Break or the console being closed
// on Windows. On POSIX it also ignores SIGPIPE, so a write to a closed pipe or socket fails
// with an error instead of ending the process. False (and `error`) when it cannot be set up.
bool onStopRequest(QObject *context, std::function<void()> onStop, QString *error);

// Whether a file holding a secret is closed to everyone but its owner. False with `problem`
// (a sentence that says how to fix it) when others may read or change it or it cannot be
// examined. POSIX: no group or other bits in its mode. Windows: the NTFS ACL as Qt reads it, which
// sees rights for the file's group and for Everyone, not a grant to some other account.
bool isPrivateFile(const QString &path, QString *problem);

// Restricts an existing file to its owner (a database that holds sealed personal data).
// Windows: nothing to do here; a file under the user's profile (AppData) is private by the
// folder's inherited ACL, and Qt's permission bits there only toggle "read-only".
void restrictToOwner(const QString &path);

// Writes the file's buffers and then what the system caches of it to the disk (fsync on POSIX,
// FlushFileBuffers on Windows): after true, the content survives a power cut.
bool syncFile(QFileDevice &file, QString *error);

// Makes the entries of a folder (files just created or renamed into it) durable, so a USB stick
// pulled right after holds them. POSIX: fsync on the folder; a file system that cannot sync a
// folder counts as done. Windows: NTFS journals its metadata and FAT sticks are flushed on
// "safely remove"; nothing to do, true.
bool syncFolder(const QString &path, QString *error);

// Closes the sending direction of a connected socket (a half close): the peer reads the answer
// to the end, while what it still sends is discarded.
void shutdownSending(qintptr socketDescriptor);

// Asks the TCP stack to acknowledge received data at once instead of after the delayed-ACK
// timer (Linux TCP_QUICKACK, which the kernel clears by itself, so this is asked on every read).
// Elsewhere there is no such switch per socket and this does nothing.
void acknowledgeQuickly(qintptr socketDescriptor);

} // namespace stadtlabor::platform
