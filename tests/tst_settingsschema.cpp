// SPDX-License-Identifier: GPL-3.0-or-later
// The device settings' one description: README's table is printed from it, every default
// passes its own check, and every range is enforced at both ends.
#include "database.h"
#include "devicesettings.h"
#include "settingsrepository.h"
#include "settingsschema.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stadtlabor;

class TestSettingsSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // README's table of settings is the schema's, row for row; run
    // `stadtlabor-kiosk --settings-table` and paste it when a setting changes.
    void readmeTableIsTheSchema()
    {
        QFile readme(QStringLiteral(STADTLABOR_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(readme.readAll());
        const QString header = QStringLiteral("| setting | values (default) | takes effect |");
        const qsizetype start = text.indexOf(header);
        QVERIFY2(start >= 0, "README has no table of settings");
        qsizetype end = start;
        while (end < text.size() && text.at(end) == u'|')
            end = text.indexOf(u'\n', end) + 1;
        const QString table = text.mid(start, end - start);
        QCOMPARE(table, SettingsSchema::markdownTable());
    }

    void everyKeyOnceAndDescribed()
    {
        QStringList seen;
        for (const SettingSpec &spec : SettingsSchema::all()) {
            QVERIFY2(!seen.contains(spec.key), qPrintable(spec.key));
            seen.append(spec.key);
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(spec.key).hasMatch(), qPrintable(spec.key));
            QVERIFY2(spec.label && *spec.label, qPrintable(spec.key));
        }
        QCOMPARE(DeviceSettings::keys(), seen);
    }

    // What the schema says is what DeviceSettings enforces: defaults pass, numbers only in
    // their range, names only as long as allowed.
    void checksFollowTheSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite"))));
        SettingsRepository repository(db);
        DeviceSettings settings(repository, [](const QString &id) { return id == QLatin1String("grumme"); });
        for (const SettingSpec &spec : SettingsSchema::all()) {
            const QString value = spec.key == DeviceSettings::keyDeviceName ? QStringLiteral("Eingang") : spec.defaultValue;
            QVERIFY2(settings.check(spec.key, value).isEmpty(), qPrintable(spec.key + u' ' + settings.check(spec.key, value)));
            if (spec.kind == SettingSpec::Kind::Number) {
                QVERIFY(settings.check(spec.key, QString::number(spec.min)).isEmpty());
                QVERIFY(settings.check(spec.key, QString::number(spec.max)).isEmpty());
                for (int bad : {spec.min - 1, spec.max + 1}) {
                    const QString problem = settings.check(spec.key, QString::number(bad));
                    QVERIFY2(problem.contains(QString::number(spec.min)) && problem.contains(QString::number(spec.max)),
                             qPrintable(spec.key + u' ' + problem));
                    QVERIFY(!settings.set(spec.key, QString::number(bad)));
                }
                QVERIFY(!settings.check(spec.key, QStringLiteral("12abc")).isEmpty());
            }
            if (spec.kind == SettingSpec::Kind::OnOff || spec.kind == SettingSpec::Kind::Module)
                QVERIFY(!settings.check(spec.key, QStringLiteral("yes")).isEmpty());
            if (spec.kind == SettingSpec::Kind::Name) {
                QVERIFY(settings.check(spec.key, QString(spec.max, u'x')).isEmpty());
                QVERIFY(!settings.check(spec.key, QString(spec.max + 1, u'x')).isEmpty());
                QVERIFY(!settings.check(spec.key, QStringLiteral("  ")).isEmpty());
            }
            QCOMPARE(settings.label(spec.key), QString::fromUtf8(spec.label));
        }
        QVERIFY(!settings.check(QStringLiteral("colour"), QStringLiteral("blue")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
