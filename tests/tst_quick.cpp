// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: the module's real pages on the bundled catalogue, stored in a real
// SQLite file and loaded back the way the kiosk does it at start.
#include "catalogueimporter.h"
#include "cataloguerepository.h"
#include "cataloguestore.h"
#include "database.h"
#include "localization.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(StadtlaborPlugin)

using namespace stadtlabor;

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        if (!m_database.open(m_dir.filePath(QStringLiteral("kiosk.sqlite"))))
            qFatal("%s", qPrintable(m_database.errorString()));
        CatalogueRepository repository(m_database);
        const auto loaded = CatalogueImporter(repository).loadOrImportDefault();
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        m_store.setCatalogue(*loaded.catalogue);
        // Made here, not in the constructor: translators need the application object.
        m_localization = std::make_unique<Localization>();
        CatalogueStoreForeign::instance = &m_store;
        LocalizationForeign::instance = m_localization.get();
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    CatalogueStore m_store;
    std::unique_ptr<Localization> m_localization;
};

QUICK_TEST_MAIN_WITH_SETUP(stadtlabor_quick, Setup)
#include "tst_quick.moc"
