// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacontroller.h"

#include "database.h"
#include "logbuffer.h"
#include "runonworker.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QVariantMap>

#include <sodium.h>

#include <algorithm>

namespace stadtlabor {

DataController::DataController(const Database &db, const QString &deviceId, QObject *parent)
    : QObject(parent)
    , m_export(db, deviceId)
    , m_deviceId(deviceId)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
    , m_log(&LogBuffer::global())
{
    m_sqliteVersion = m_export.sqliteVersion();
    refresh();
}

void DataController::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT databaseSizeChanged();
    Q_EMIT messageChanged();
    refreshFolders();
}

void DataController::setMediaRoots(const QStringList &roots)
{
    m_mediaRoots = roots;
    refreshFolders();
}

void DataController::setDocumentsFolder(const QString &folder)
{
    m_documents = folder;
    refreshFolders();
}

void DataController::setLogBuffer(LogBuffer *buffer)
{
    m_log = buffer;
    refreshLog();
}

QString DataController::databaseSize() const
{
    return QLocale(m_language).formattedDataSize(m_databaseBytes, 1, QLocale::DataSizeSIFormat);
}

QString DataController::appVersion()
{
    return QStringLiteral(STADTLABOR_VERSION);
}

QString DataController::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString DataController::sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

int DataController::parseDays(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 4)
        return -1;
    for (const QChar c : t) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1; // no signs, no decimals, no other scripts' digits
    }
    const int days = t.toInt();
    return days <= DataExport::maxPurgeDays ? days : -1;
}

QString DataController::message() const
{
    switch (m_message) {
    case Message::None:
        return QString();
    case Message::Exported:
        return tr("Exported %1 StadtRaumMonitor ratings and %2 Bochum-Fonds ideas to %3.")
            .arg(m_exported.monitorResponses).arg(m_exported.fondsIdeas).arg(m_argument);
    case Message::NoFolderChosen:
        return tr("Choose a folder first.");
    case Message::NoFolder:
        return tr("Nothing was exported: the folder %1 does not exist (was the USB stick removed?).").arg(m_argument);
    case Message::NotAFolder:
        return tr("Nothing was exported: %1 is a file, not a folder.").arg(m_argument);
    case Message::NotWritable:
        return tr("Nothing was exported: nothing can be written to the folder %1 (read-only?).").arg(m_argument);
    case Message::WriteFailed:
        return tr("The export failed while writing (is the medium full or was it removed?); nothing was left behind. (%1)")
            .arg(m_detail);
    case Message::ReadFailed:
        return tr("The export failed: this terminal's database could not be read. (%1)").arg(m_detail);
    case Message::Purged:
        return tr("Deleted: %1 records the hub had acknowledged.").arg(m_purgedRows);
    case Message::PurgeInvalid:
        return tr("Nothing was deleted: enter a whole number of days from 0 to %1.").arg(DataExport::maxPurgeDays);
    case Message::PurgeFailed:
        return tr("Nothing was deleted: this terminal's database failed. (%1)").arg(m_detail);
    }
    return QString();
}

void DataController::setMessage(Message message, bool ok, const QString &argument, const QString &detail)
{
    m_message = message;
    m_lastOk = ok;
    m_argument = argument;
    m_detail = detail;
    Q_EMIT messageChanged();
}

void DataController::clearMessage()
{
    setMessage(Message::None, false);
}

DataController::~DataController()
{
    // The worker has its own connection, but its result must not arrive after this object.
    m_exportWatcher.waitForFinished();
}

bool DataController::exportTo(const QString &folder)
{
    if (m_exporting)
        return false;
    const QString path = folder.trimmed();
    if (path.isEmpty()) {
        setMessage(Message::NoFolderChosen, false);
        return false;
    }
    // The Documents folder is offered even before it exists; the others must be there.
    if (!m_documents.isEmpty() && QDir::cleanPath(path) == QDir::cleanPath(m_documents))
        QDir().mkpath(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isDir()) {
        setMessage(info.exists() ? Message::NotAFolder : Message::NoFolder, false, QDir::toNativeSeparators(path));
        return false;
    }
    m_exporting = true;
    Q_EMIT exportingChanged();
    clearMessage();
    const QString databasePath = m_export.databasePath();
    const QString deviceId = m_deviceId;
    const QDateTime at = now();
    m_exportWatcher.disconnect(this);
    connect(&m_exportWatcher, &QFutureWatcher<DataExport::Result>::finished, this,
            [this, path] { exportDone(m_exportWatcher.result(), path); });
    m_exportWatcher.setFuture(runOnWorker([databasePath, deviceId, path, at] {
        Database db;
        if (!db.open(databasePath)) {
            DataExport::Result failed;
            failed.problem = DataExport::Problem::ReadFailed;
            failed.detail = db.errorString();
            return failed;
        }
        return DataExport(db, deviceId).exportTo(path, at);
    }));
    return true;
}

void DataController::exportDone(const DataExport::Result &result, const QString &path)
{
    m_exporting = false;
    if (result.ok) {
        m_exported = result.counts;
        m_lastExportFolder = result.folder;
        setMessage(Message::Exported, true, QDir::toNativeSeparators(result.folder));
    } else {
        static const QHash<DataExport::Problem, Message> messages{
            {DataExport::Problem::NoFolder, Message::NoFolder},
            {DataExport::Problem::NotAFolder, Message::NotAFolder},
            {DataExport::Problem::NotWritable, Message::NotWritable},
            {DataExport::Problem::WriteFailed, Message::WriteFailed},
            {DataExport::Problem::ReadFailed, Message::ReadFailed},
        };
        setMessage(messages.value(result.problem, Message::WriteFailed), false, QDir::toNativeSeparators(path),
                   result.detail);
    }
    refresh();
    Q_EMIT exportingChanged();
    Q_EMIT exportFinished(result.ok);
}

bool DataController::purge(const QString &daysText)
{
    const int days = parseDays(daysText);
    if (days < 0) {
        setMessage(Message::PurgeInvalid, false);
        return false;
    }
    const DataExport::Purged purged = m_export.purgeAcknowledged(days, now());
    if (purged.ok) {
        m_purgedRows = purged.rows;
        setMessage(Message::Purged, true);
    } else {
        setMessage(Message::PurgeFailed, false, QString(), purged.error);
    }
    refresh();
    return purged.ok;
}

int DataController::purgeableCount(const QString &daysText) const
{
    const int days = parseDays(daysText);
    return days < 0 ? -1 : m_export.purgeableCount(days, now());
}

void DataController::refreshCounts()
{
    const DataExport::Counts counts = m_export.counts();
    if (!(counts == m_counts)) {
        m_counts = counts;
        Q_EMIT countsChanged();
    }
    const qint64 bytes = m_export.databaseBytes();
    if (bytes != m_databaseBytes) {
        m_databaseBytes = bytes;
        Q_EMIT databaseSizeChanged();
    }
}

void DataController::refresh()
{
    refreshCounts();
    refreshLog();
    refreshFolders();
}

void DataController::refreshLog()
{
    QStringList lines = m_log ? m_log->lines() : QStringList();
    std::reverse(lines.begin(), lines.end());
    if (lines == m_logLines)
        return;
    m_logLines = lines;
    Q_EMIT logLinesChanged();
}

void DataController::refreshFolders()
{
    const QLocale locale(m_language);
    const auto freeText = [&locale](const QString &path) {
        const QStorageInfo storage(path);
        return storage.isValid() && storage.isReady()
            ? locale.formattedDataSize(storage.bytesAvailable(), 1, QLocale::DataSizeSIFormat)
            : QString();
    };
    QVariantList folders;
    QString firstRemovable;
    if (!m_documents.isEmpty()) {
        // Where it does not exist yet, the space is that of the folder it will be made in.
        QString existing = m_documents;
        while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
            existing = QFileInfo(existing).absolutePath();
        folders.append(QVariantMap{{QStringLiteral("path"), m_documents},
                                   {QStringLiteral("label"), tr("Documents folder of this terminal")},
                                   {QStringLiteral("removable"), false},
                                   {QStringLiteral("free"), freeText(existing)}});
    }
    QStringList mounts;
    const QList<QStorageInfo> volumes = QStorageInfo::mountedVolumes();
    for (const QStorageInfo &volume : volumes) {
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly())
            continue;
        const QString root = volume.rootPath();
        for (const QString &mediaRoot : std::as_const(m_mediaRoots)) {
            if (root.startsWith(QDir::cleanPath(mediaRoot) + QLatin1Char('/')) && !mounts.contains(root))
                mounts.append(root);
        }
    }
    std::sort(mounts.begin(), mounts.end());
    for (const QString &root : std::as_const(mounts)) {
        const QString name = QStorageInfo(root).name().isEmpty() ? QFileInfo(root).fileName() : QStorageInfo(root).name();
        folders.append(QVariantMap{{QStringLiteral("path"), root},
                                   {QStringLiteral("label"), tr("Removable medium \u201c%1\u201d").arg(name)},
                                   {QStringLiteral("removable"), true},
                                   {QStringLiteral("free"), freeText(root)}});
        if (firstRemovable.isEmpty())
            firstRemovable = root;
    }
    const QString preferred = firstRemovable.isEmpty() ? m_documents : firstRemovable;
    if (folders == m_folders && preferred == m_defaultFolder)
        return;
    m_folders = folders;
    m_defaultFolder = preferred;
    Q_EMIT exportFoldersChanged();
}

DataController *DataControllerForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "Data", "main() must create the data controller before QML uses it");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
