// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataexport.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace stadtlabor {

class Database;
class LogBuffer;

// The admin's Data and About sections: counts, the export to a folder the admin picks by touch
// (the Documents folder or a mounted USB stick; no file dialog on a kiosk), the purge of
// acknowledged records, versions, the database file and the recent log lines. Every message
// is translated when read, so it follows a language switch.
class DataController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int monitorResponses READ monitorResponses NOTIFY countsChanged)
    Q_PROPERTY(int fondsIdeas READ fondsIdeas NOTIFY countsChanged)
    Q_PROPERTY(int pending READ pending NOTIFY countsChanged)
    Q_PROPERTY(int sent READ sent NOTIFY countsChanged)
    Q_PROPERTY(int rejected READ rejected NOTIFY countsChanged)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QString databaseSize READ databaseSize NOTIFY databaseSizeChanged) // "1.2 MB", in the screen's language
    Q_PROPERTY(double databaseBytes READ databaseBytes NOTIFY databaseSizeChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString sqliteVersion READ sqliteVersion CONSTANT)
    Q_PROPERTY(QString sodiumVersion READ sodiumVersion CONSTANT)
    Q_PROPERTY(QStringList logLines READ logLines NOTIFY logLinesChanged) // newest first
    // Each: {path, label, removable (bool), free (text)}; the Documents folder first.
    Q_PROPERTY(QVariantList exportFolders READ exportFolders NOTIFY exportFoldersChanged)
    // A removable medium when one is mounted, else the Documents folder.
    Q_PROPERTY(QString defaultExportFolder READ defaultExportFolder NOTIFY exportFoldersChanged)
    Q_PROPERTY(bool exporting READ isExporting NOTIFY exportingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool lastOk READ lastOk NOTIFY messageChanged)
    Q_PROPERTY(QString lastExportFolder READ lastExportFolder NOTIFY messageChanged)
    Q_PROPERTY(int maxPurgeDays READ maxPurgeDays CONSTANT)

public:
    using Clock = std::function<QDateTime()>;

    DataController(const Database &db, const QString &deviceId, QObject *parent = nullptr);
    ~DataController() override;

    void setLanguage(const QString &language);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Where removable media are mounted (default /media and /run/media) and the Documents
    // folder (default QStandardPaths); tests point both elsewhere.
    void setMediaRoots(const QStringList &roots);
    void setDocumentsFolder(const QString &folder);
    void setLogBuffer(LogBuffer *buffer); // default LogBuffer::global()

    int monitorResponses() const { return m_counts.monitorResponses; }
    int fondsIdeas() const { return m_counts.fondsIdeas; }
    int pending() const { return m_counts.pending; }
    int sent() const { return m_counts.sent; }
    int rejected() const { return m_counts.rejected; }
    QString databasePath() const { return m_export.databasePath(); }
    QString databaseSize() const;
    double databaseBytes() const { return double(m_databaseBytes); }
    QString deviceId() const { return m_deviceId; }
    static QString appVersion();
    static QString qtVersion();
    QString sqliteVersion() const { return m_sqliteVersion; }
    static QString sodiumVersion();
    QStringList logLines() const { return m_logLines; }
    QVariantList exportFolders() const { return m_folders; }
    QString defaultExportFolder() const { return m_defaultFolder; }
    QString message() const;
    bool lastOk() const { return m_lastOk; }
    QString lastExportFolder() const { return m_lastExportFolder; }
    static int maxPurgeDays() { return DataExport::maxPurgeDays; }

    // A whole number of days 0..maxPurgeDays as typed, else -1.
    static int parseDays(const QString &text);

    // Checks the folder, then writes the export on a worker thread with its own connection to
    // the database (tens of thousands of records take seconds; the screen keeps moving).
    // False when refused at once; the outcome arrives with exportFinished() and `message`.
    Q_INVOKABLE bool exportTo(const QString &folder);
    bool isExporting() const { return m_exporting; }
    // Deletes records the hub acknowledged more than `daysText` days ago; a bad entry changes
    // nothing and says why.
    Q_INVOKABLE bool purge(const QString &daysText);
    // How many records purge(daysText) would delete; -1 for a bad entry.
    Q_INVOKABLE int purgeableCount(const QString &daysText) const;
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void refreshLog();
    Q_INVOKABLE void refreshFolders();
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void countsChanged();
    void databaseSizeChanged();
    void logLinesChanged();
    void exportFoldersChanged();
    void messageChanged();
    void exportingChanged();
    void exportFinished(bool ok);

private:
    enum class Message {
        None, Exported, NoFolderChosen, NoFolder, NotAFolder, NotWritable, WriteFailed, ReadFailed,
        Purged, PurgeInvalid, PurgeFailed,
    };

    QDateTime now() const { return m_clock(); }
    void setMessage(Message message, bool ok, const QString &argument = QString(), const QString &detail = QString());
    void refreshCounts();
    void exportDone(const DataExport::Result &result, const QString &path);

    DataExport m_export;
    QString m_deviceId;
    Clock m_clock;
    QString m_language = QStringLiteral("de");
    QStringList m_mediaRoots{QStringLiteral("/media"), QStringLiteral("/run/media")};
    QString m_documents;
    LogBuffer *m_log;

    DataExport::Counts m_counts;
    qint64 m_databaseBytes = 0;
    QString m_sqliteVersion;
    QStringList m_logLines;
    QVariantList m_folders;
    QString m_defaultFolder;

    Message m_message = Message::None;
    bool m_lastOk = false;
    QString m_argument;
    QString m_detail;
    DataExport::Counts m_exported;
    int m_purgedRows = 0;
    QString m_lastExportFolder;
    bool m_exporting = false;
    QFutureWatcher<DataExport::Result> m_exportWatcher;
};

struct DataControllerForeign
{
    Q_GADGET
    QML_FOREIGN(stadtlabor::DataController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Data)

public:
    static DataController *create(QQmlEngine *, QJSEngine *);
    inline static DataController *instance = nullptr;
};

} // namespace stadtlabor
