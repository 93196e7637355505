// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"
#include "catalogueparser.h"
#include "projectstatus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <initializer_list>

using namespace stadtlabor;

namespace {

// One step of a path into a JSON document: an object key or an array index.
struct PathStep
{
    PathStep(const char *k)
        : key(QString::fromUtf8(k))
    {
    }
    PathStep(int i)
        : index(i)
    {
    }

    QString key;
    int index = -1;
};

QString pathText(const QList<PathStep> &path)
{
    QString text;
    for (const PathStep &step : path)
        text += step.index < 0 ? QStringLiteral("/") + step.key : QStringLiteral("[%1]").arg(step.index);
    return text;
}

// Sets (or removes) the value at a path. Setting an array index one past the end appends.
struct Mutation
{
    QList<PathStep> path;
    QJsonValue value;
    bool remove = false;
};

Mutation setValue(std::initializer_list<PathStep> path, const QJsonValue &value)
{
    return {QList<PathStep>(path), value, false};
}

Mutation removeValue(std::initializer_list<PathStep> path)
{
    return {QList<PathStep>(path), QJsonValue(), true};
}

// QJsonValueRef does not chain, so each container on the way is copied, changed and put back.
bool applyAt(QJsonValue *node, const Mutation &m, int depth, QString *problem)
{
    const PathStep &step = m.path.at(depth);
    const bool last = depth == m.path.size() - 1;
    const QString where = pathText(m.path.mid(0, depth + 1));

    if (step.index < 0) {
        if (!node->isObject()) {
            *problem = where + QStringLiteral(": parent is not an object");
            return false;
        }
        QJsonObject object = node->toObject();
        if (!last || m.remove) {
            if (!object.contains(step.key)) {
                *problem = where + QStringLiteral(": no such key");
                return false;
            }
        }
        if (last && m.remove) {
            object.remove(step.key);
        } else if (last) {
            object.insert(step.key, m.value);
        } else {
            QJsonValue child = object.value(step.key);
            if (!applyAt(&child, m, depth + 1, problem))
                return false;
            object.insert(step.key, child);
        }
        *node = object;
        return true;
    }

    if (!node->isArray()) {
        *problem = where + QStringLiteral(": parent is not an array");
        return false;
    }
    QJsonArray array = node->toArray();
    const bool append = last && !m.remove && step.index == array.size();
    if (!append && step.index >= array.size()) {
        *problem = where + QStringLiteral(": index out of range");
        return false;
    }
    if (append) {
        array.append(m.value);
    } else if (last && m.remove) {
        array.removeAt(step.index);
    } else if (last) {
        array.replace(step.index, m.value);
    } else {
        QJsonValue child = array.at(step.index);
        if (!applyAt(&child, m, depth + 1, problem))
            return false;
        array.replace(step.index, child);
    }
    *node = array;
    return true;
}

bool apply(QJsonObject *document, const Mutation &m, QString *problem)
{
    if (m.path.isEmpty()) {
        *problem = QStringLiteral("empty path");
        return false;
    }
    QJsonValue root(*document);
    if (!applyAt(&root, m, 0, problem))
        return false;
    *document = root.toObject();
    return true;
}

QByteArray bundledBytes()
{
    QFile file(QStringLiteral(":/catalogue/bochum.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject bundledDocument()
{
    return QJsonDocument::fromJson(bundledBytes()).object();
}

CatalogueParser::Result parseObject(const QJsonObject &document)
{
    return CatalogueParser::parse(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

QString joined(const QStringList &errors)
{
    return errors.isEmpty() ? QStringLiteral("(no errors)") : errors.join(QStringLiteral("\n  "));
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestCatalogueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!bundledBytes().isEmpty(), "the bundled catalogue is not in the resources");
        QVERIFY(!bundledDocument().isEmpty());
    }

    void bundledCatalogueParses()
    {
        const CatalogueParser::Result result = CatalogueParser::parse(bundledBytes());
        QVERIFY2(result.errors.isEmpty(), qPrintable(joined(result.errors)));
        QVERIFY(result.ok());
        const Catalogue &c = *result.catalogue;

        QCOMPARE(c.version, QStringLiteral("2026-11-27.1"));
        QCOMPARE(c.languages, (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
        QVERIFY(c.publishedAt.isValid());
        QVERIFY(c.hubPublicKey.isEmpty());

        // Projects, in display order.
        const QStringList expectedProjects{
            QStringLiteral("beteiligungsplattform"), QStringLiteral("stadtlabor"), QStringLiteral("kulturportal"),
            QStringLiteral("ehrenamtskarten-app"), QStringLiteral("stadtraummonitor"), QStringLiteral("bochum-fonds")};
        QStringList projectIds;
        QStringList flows;
        for (const Project &p : c.projects) {
            projectIds.append(p.id);
            flows.append(p.flow);
        }
        QCOMPARE(projectIds, expectedProjects);
        // The two projects with a flow of their own lead into it.
        QCOMPARE(flows, (QStringList{{}, {}, {}, {}, QStringLiteral("monitor"), QStringLiteral("fonds")}));
        for (const Project &p : c.projects) {
            const QString expectedStatus = p.id == QLatin1String("kulturportal") ? QStringLiteral("planning")
                                                                                 : QStringLiteral("completed");
            QCOMPARE(p.status, expectedStatus);
            QVERIFY2(!p.title.exact(QStringLiteral("de")).isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.title.exact(QStringLiteral("en")).isEmpty(), qPrintable(p.id));
            // A language the catalogue lacks falls back to German.
            QCOMPARE(p.title.exact(QStringLiteral("fr")), QString());
            QCOMPARE(p.title.text(QStringLiteral("fr")), p.title.exact(QStringLiteral("de")));
            QCOMPARE(p.title.text(QStringLiteral("en")), p.title.exact(QStringLiteral("en")));
        }
        QVERIFY(c.project(QStringLiteral("kulturportal")));
        QVERIFY(!c.project(QStringLiteral("fertig")));

        // The five statuses, in programme order.
        QStringList statusIds;
        for (const StatusInfo &st : c.statuses)
            statusIds.append(st.id);
        QCOMPARE(statusIds, ProjectStatuses::ids());
        QCOMPARE(statusIds.size(), 5);
        QCOMPARE(statusIds, (QStringList{QStringLiteral("idea"), QStringLiteral("planning"), QStringLiteral("in_progress"),
                                         QStringLiteral("completed"), QStringLiteral("discontinued")}));

        // The area tree: city, then each district followed by its statistical districts.
        QCOMPARE(c.areas.size(), 37);
        QCOMPARE(c.areas.first().kind, Area::Kind::City);
        QCOMPARE(c.areas.first().id, QStringLiteral("bochum"));
        QVERIFY(c.areas.first().parentId.isEmpty());
        int cities = 0;
        QSet<QString> districtIds;
        QList<const Area *> statisticalDistricts;
        QString currentDistrict;
        for (const Area &a : c.areas) {
            switch (a.kind) {
            case Area::Kind::City:
                ++cities;
                break;
            case Area::Kind::District:
                QCOMPARE(a.parentId, QStringLiteral("bochum"));
                districtIds.insert(a.id);
                currentDistrict = a.id;
                break;
            case Area::Kind::StatisticalDistrict:
                QCOMPARE(a.parentId, currentDistrict);
                statisticalDistricts.append(&a);
                break;
            }
            QVERIFY2(!a.name.exact(QStringLiteral("de")).isEmpty(), qPrintable(a.id));
        }
        QCOMPARE(cities, 1);
        QCOMPARE(districtIds.size(), 6);
        QCOMPARE(statisticalDistricts.size(), 30);
        for (const Area *a : statisticalDistricts) {
            QVERIFY2(districtIds.contains(a->parentId), qPrintable(a->id));
            const Area *parent = c.area(a->parentId);
            QVERIFY(parent);
            QCOMPARE(parent->kind, Area::Kind::District);
        }

        // The criteria set.
        QCOMPARE(c.criteriaSet.id, QStringLiteral("stadtraummonitor"));
        QCOMPARE(c.criteriaSet.themes.size(), 14);
        QCOMPARE(c.criteriaSet.scaleMin, 1);
        QCOMPARE(c.criteriaSet.scaleMax, 7);
        QCOMPARE(c.criteriaSet.textMaxLength, 500);

        // The fund rules, in cents and basis points.
        QCOMPARE(c.fundRules.currency, QStringLiteral("EUR"));
        QCOMPARE(c.fundRules.maxFundingCents, qint64(2500000));
        QCOMPARE(c.fundRules.smallApplicationLimitCents, qint64(750000));
        QCOMPARE(c.fundRules.minOwnShareBasisPoints, 2000);
        QCOMPARE(c.fundRules.hourlyRateCents, qint64(1500));
        QVERIFY(!c.fundRules.categories.isEmpty());
        QCOMPARE(c.fundRules.fundUrl.scheme(), QStringLiteral("https"));
    }

    void bundledCatalogueParsesFromFile()
    {
        const CatalogueParser::Result fromFile = CatalogueParser::parseFile(QStringLiteral(":/catalogue/bochum.json"));
        QVERIFY2(fromFile.ok(), qPrintable(joined(fromFile.errors)));
        const CatalogueParser::Result fromBytes = CatalogueParser::parse(bundledBytes());
        QVERIFY(fromBytes.ok());
        QVERIFY(*fromFile.catalogue == *fromBytes.catalogue);

        const QString missing = QStringLiteral(STADTLABOR_TEST_DATA "/catalogue/no-such-catalogue.json");
        const CatalogueParser::Result none = CatalogueParser::parseFile(missing);
        QVERIFY(!none.ok());
        QCOMPARE(none.errors.size(), 1);
        QVERIFY2(none.errors.first().startsWith(missing + QStringLiteral(": cannot read")), qPrintable(none.errors.first()));
    }


    void brokenDocuments_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");

        const QJsonObject doc = bundledDocument();
        const auto row = [](const char *name, const Mutation &m, const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(name) << m << expected;
        };

        // --- required keys ---------------------------------------------------------------------
        row("status fertig", setValue({"projects", 3, "status"}, s("fertig")),
            s("projects[3].status: unknown status \"fertig\""));
        row("missing format_version", removeValue({"format_version"}), s("format_version: missing"));
        row("missing version", removeValue({"version"}), s("version: missing"));
        row("missing published_at", removeValue({"published_at"}), s("published_at: missing"));
        row("missing languages", removeValue({"languages"}), s("languages: missing"));
        row("missing statuses", removeValue({"statuses"}), s("statuses: missing"));
        row("missing projects", removeValue({"projects"}), s("projects: missing"));
        row("missing areas", removeValue({"areas"}), s("areas: missing"));
        row("missing criteria_set", removeValue({"criteria_set"}), s("criteria_set: missing"));
        row("missing fund_rules", removeValue({"fund_rules"}), s("fund_rules: missing"));
        row("project without title", removeValue({"projects", 0, "title"}), s("projects[0].title: missing"));
        row("project with an unknown flow", setValue({"projects", 1, "flow"}, s("survey")),
            s("projects[1].flow: expected one of \"monitor\", \"fonds\""));
        row("project with a flow that is no text", setValue({"projects", 1, "flow"}, 7), s("projects[1].flow: expected a string, found a number"));
        row("project without id", removeValue({"projects", 2, "id"}), s("projects[2].id: missing"));
        row("project without status", removeValue({"projects", 1, "status"}), s("projects[1].status: missing"));
        row("project without updated_at", removeValue({"projects", 5, "updated_at"}), s("projects[5].updated_at: missing"));
        row("status without explanation", removeValue({"statuses", 4, "explanation"}), s("statuses[4].explanation: missing"));
        row("city without name", removeValue({"areas", "city", "name"}), s("areas.city.name: missing"));
        row("areas without city", removeValue({"areas", "city"}), s("areas.city: missing"));
        row("district without statistical districts key", removeValue({"areas", "districts", 1, "statistical_districts"}),
            s("areas.districts[1].statistical_districts: missing"));
        row("statistical district without name", removeValue({"areas", "districts", 2, "statistical_districts", 1, "name"}),
            s("areas.districts[2].statistical_districts[1].name: missing"));
        row("theme without question", removeValue({"criteria_set", "themes", 4, "question"}),
            s("criteria_set.themes[4].question: missing"));
        row("theme without prompts", removeValue({"criteria_set", "themes", 0, "prompts"}),
            s("criteria_set.themes[0].prompts: missing"));
        row("scale without max_label", removeValue({"criteria_set", "scale", "max_label"}),
            s("criteria_set.scale.max_label: missing"));
        row("fund rules without fund_url", removeValue({"fund_rules", "fund_url"}), s("fund_rules.fund_url: missing"));
        row("fund rules without privacy notice", removeValue({"fund_rules", "privacy_notice"}),
            s("fund_rules.privacy_notice: missing"));

        // --- unknown keys ----------------------------------------------------------------------
        row("unknown key in project", setValue({"projects", 0, "staus"}, s("completed")), s("projects[0].staus: unknown key"));
        row("unknown key at top", setValue({"hub_key"}, s("x")), s("hub_key: unknown key"));
        row("unknown key in scale", setValue({"criteria_set", "scale", "step"}, 1), s("criteria_set.scale.step: unknown key"));
        row("unknown key in fund rules", setValue({"fund_rules", "max_funding"}, 25000),
            s("fund_rules.max_funding: unknown key"));

        // --- wrong types -----------------------------------------------------------------------
        row("status is a number", setValue({"projects", 2, "status"}, 3),
            s("projects[2].status: expected a string, found a number"));
        row("version is a number", setValue({"version"}, 1), s("version: expected a string, found a number"));
        row("format_version is a string", setValue({"format_version"}, s("1")),
            s("format_version: expected a whole number, found a string"));
        row("projects is an object", setValue({"projects"}, QJsonObject()), s("projects: expected an array, found an object"));
        row("criteria_set is an array", setValue({"criteria_set"}, QJsonArray()),
            s("criteria_set: expected an object, found an array"));
        row("project is a string", setValue({"projects", 2}, s("kulturportal")), s("projects[2]: expected an object, found a string"));
        row("title is a string", setValue({"projects", 1, "title"}, s("Stadtlabor")),
            s("projects[1].title: expected an object, found a string"));
        row("english title is a number", setValue({"projects", 0, "title", "en"}, 5),
            s("projects[0].title.en: expected a string, found a number"));
        row("link_url is null", setValue({"projects", 0, "link_url"}, QJsonValue()),
            s("projects[0].link_url: expected a string, found null"));
        row("prompt is a string", setValue({"criteria_set", "themes", 0, "prompts", 0}, s("Radwege")),
            s("criteria_set.themes[0].prompts[0]: expected an object, found a string"));
        row("money is a string", setValue({"fund_rules", "max_funding_eur"}, s("25000")),
            s("fund_rules.max_funding_eur: expected an amount in euros, found a string"));
        row("scale min is a boolean", setValue({"criteria_set", "scale", "min"}, true),
            s("criteria_set.scale.min: expected a whole number, found a boolean"));

        // --- ids -------------------------------------------------------------------------------
        row("duplicate project id", setValue({"projects", 4, "id"}, s("stadtlabor")),
            s("projects[4].id: duplicate id \"stadtlabor\" (also projects[1].id)"));
        row("id with capitals and space", setValue({"projects", 0, "id"}, s("Beteiligung Plattform")),
            s("projects[0].id: invalid id \"Beteiligung Plattform\" (lower-case letters, digits, - and _ only)"));
        row("id starting with a dash", setValue({"fund_rules", "categories", 2, "id"}, s("-kultur")),
            s("fund_rules.categories[2].id: invalid id \"-kultur\" (lower-case letters, digits, - and _ only)"));
        row("id with umlaut", setValue({"areas", "districts", 0, "id"}, s("mitte-süd")),
            s("areas.districts[0].id: invalid id \"mitte-süd\" (lower-case letters, digits, - and _ only)"));
        row("id of 65 characters", setValue({"criteria_set", "id"}, QString(65, u'a')),
            s("criteria_set.id: invalid id \"%1\" (lower-case letters, digits, - and _ only)").arg(QString(65, u'a')));
        row("duplicate theme id", setValue({"criteria_set", "themes", 3, "id"}, s("moving-around")),
            s("criteria_set.themes[3].id: duplicate id \"moving-around\" (also criteria_set.themes[0].id)"));
        row("duplicate group id", setValue({"criteria_set", "groups", 1, "id"}, s("mobilitaet")),
            s("criteria_set.groups[1].id: duplicate id \"mobilitaet\" (also criteria_set.groups[0].id)"));
        row("duplicate category id", setValue({"fund_rules", "categories", 6, "id"}, s("umwelt")),
            s("fund_rules.categories[6].id: duplicate id \"umwelt\" (also fund_rules.categories[1].id)"));

        // --- localized texts -------------------------------------------------------------------
        row("German title missing", removeValue({"projects", 1, "title", "de"}),
            s("projects[1].title: German text (\"de\") missing"));
        row("German label missing in empty object", setValue({"statuses", 0, "label"}, QJsonObject()),
            s("statuses[0].label: German text (\"de\") missing"));
        row("blank summary", setValue({"projects", 0, "summary", "en"}, s("   ")), s("projects[0].summary.en: empty text"));
        row("empty version", setValue({"version"}, s("")), s("version: empty text"));
        row("language not listed", setValue({"projects", 0, "title", "fr"}, s("Plateforme de participation")),
            s("projects[0].title.fr: language \"fr\" is not listed in languages"));
        row("title of 201 characters", setValue({"projects", 2, "title", "de"}, QString(201, u'x')),
            s("projects[2].title.de: too long (201 characters, at most 200)"));
        row("summary of 601 characters", setValue({"projects", 2, "summary", "en"}, QString(601, u'y')),
            s("projects[2].summary.en: too long (601 characters, at most 600)"));
        row("control character in title",
            setValue({"projects", 2, "title", "de"}, s("Kultur") + QChar(0x1b) + s("portal")),
            s("projects[2].title.de: contains control characters"));
        row("control character in prompt",
            setValue({"criteria_set", "themes", 1, "prompts", 0, "en"}, s("a") + QChar(0x07) + s("b")),
            s("criteria_set.themes[1].prompts[0].en: contains control characters"));
        row("languages without de", setValue({"languages"}, QJsonArray{s("en")}),
            s("languages: must contain \"de\", the fallback language"));
        row("language code in capitals", setValue({"languages", 1}, s("EN")),
            s("languages[1]: expected a two-letter language code such as \"de\""));
        row("language listed twice", setValue({"languages", 2}, s("de")), s("languages[2]: language \"de\" listed twice"));

        // --- addresses and dates ---------------------------------------------------------------
        row("ftp link", setValue({"projects", 0, "link_url"}, s("ftp://x")),
            s("projects[0].link_url: \"ftp://x\" is not an http(s) address"));
        row("javascript link", setValue({"projects", 1, "link_url"}, s("javascript:alert(1)")),
            s("projects[1].link_url: \"javascript:alert(1)\" is not an http(s) address"));
        row("link without host", setValue({"projects", 1, "link_url"}, s("https://")),
            s("projects[1].link_url: \"https://\" is not an http(s) address"));
        row("image as file path", setValue({"projects", 3, "image"}, s("/home/kiosk/bild.jpg")),
            s("projects[3].image: \"/home/kiosk/bild.jpg\" is not an https:// address"));
        row("image over plain http", setValue({"projects", 0, "image"}, s("http://www.bochum.de/x.jpg")),
            s("projects[0].image: \"http://www.bochum.de/x.jpg\" is not an https:// address"));
        row("padded project id", setValue({"projects", 0, "id"}, s(" padded-id ")),
            s("projects[0].id: invalid id \" padded-id \" (lower-case letters, digits, - and _ only)"));
        row("padded status", setValue({"projects", 0, "status"}, s(" completed ")),
            s("projects[0].status: invalid id \" completed \" (lower-case letters, digits, - and _ only)"));
        row("padded group reference", setValue({"criteria_set", "themes", 0, "group"}, s(" mobilitaet ")),
            s("criteria_set.themes[0].group: invalid id \" mobilitaet \" (lower-case letters, digits, - and _ only)"));
        row("padded currency", setValue({"fund_rules", "currency"}, s(" EUR")),
            s("fund_rules.currency: only \"EUR\" is supported"));
        row("title of zero-width spaces", setValue({"projects", 2, "title", "de"}, s("\u200b\u200b")),
            s("projects[2].title.de: empty text"));
        row("line break in a title", setValue({"projects", 0, "title", "de"}, s("Zeile1\nZeile2")),
            s("projects[0].title.de: line breaks and tabs are not allowed in a one-line text"));
        row("fractional version", setValue({"criteria_set", "version"}, 1.5),
            s("criteria_set.version: expected a whole number, found 1.5"));
        row("absurd budget", setValue({"fund_rules", "max_funding_eur"}, 1e11),
            s("fund_rules.max_funding_eur: 100000000000 is too large (at most 10000000000 euros)"));
        row("percentage as a string", setValue({"fund_rules", "min_own_share_percent"}, s("20")),
            s("fund_rules.min_own_share_percent: expected a percentage, found a string"));
        row("German date", setValue({"projects", 0, "updated_at"}, s("27.11.2026")),
            s("projects[0].updated_at: \"27.11.2026\" is not an ISO 8601 date (2026-11-27) or time with zone (2026-11-27T10:00:00Z)"));
        row("impossible date", setValue({"published_at"}, s("2026-02-30")),
            s("published_at: \"2026-02-30\" is not an ISO 8601 date (2026-11-27) or time with zone (2026-11-27T10:00:00Z)"));
        row("time without zone", setValue({"projects", 4, "updated_at"}, s("2026-11-27T10:00:00")),
            s("projects[4].updated_at: \"2026-11-27T10:00:00\" is not an ISO 8601 date (2026-11-27) or time with zone (2026-11-27T10:00:00Z)"));

        // --- statuses --------------------------------------------------------------------------
        row("unknown status id", setValue({"statuses", 0, "id"}, s("draft")),
            s("statuses[0].id: unknown status \"draft\" (known: idea, planning, in_progress, completed, discontinued)"));
        row("unknown status id leaves one missing", setValue({"statuses", 0, "id"}, s("draft")),
            s("statuses: status \"idea\" missing"));
        row("status removed", removeValue({"statuses", 2}), s("statuses: status \"in_progress\" missing"));
        row("status listed twice", setValue({"statuses", 5}, doc.value(s("statuses")).toArray().at(1)),
            s("statuses[5].id: duplicate id \"planning\" (also statuses[1].id)"));

        // --- areas -----------------------------------------------------------------------------
        row("no districts", setValue({"areas", "districts"}, QJsonArray()),
            s("areas.districts: at least one Stadtbezirk is needed"));
        row("district without statistical districts", setValue({"areas", "districts", 3, "statistical_districts"}, QJsonArray()),
            s("areas.districts[3].statistical_districts: at least one statistical district is needed"));
        row("statistical district named like a district", setValue({"areas", "districts", 4, "statistical_districts", 1, "id"}, s("nord")),
            s("areas.districts[4].statistical_districts[1].id: duplicate id \"nord\" (also areas.districts[2].id)"));
        row("district named like the city", setValue({"areas", "districts", 0, "id"}, s("bochum")),
            s("areas.districts[0].id: duplicate id \"bochum\" (also areas.city.id)"));
        row("statistical district in two districts", setValue({"areas", "districts", 5, "statistical_districts", 0, "id"}, s("grumme")),
            s("areas.districts[5].statistical_districts[0].id: duplicate id \"grumme\" (also areas.districts[0].statistical_districts[0].id)"));

        // --- criteria set ----------------------------------------------------------------------
        row("scale min equals max", setValue({"criteria_set", "scale", "min"}, 7),
            s("criteria_set.scale.max: must be greater than min (7)"));
        row("scale min above max", setValue({"criteria_set", "scale", "min"}, 9),
            s("criteria_set.scale.max: must be greater than min (9)"));
        row("scale max 11", setValue({"criteria_set", "scale", "max"}, 11),
            s("criteria_set.scale.max: 11 is out of range (0 to 10)"));
        row("scale min negative", setValue({"criteria_set", "scale", "min"}, -1),
            s("criteria_set.scale.min: -1 is out of range (0 to 10)"));
        row("no themes", setValue({"criteria_set", "themes"}, QJsonArray()), s("criteria_set.themes: 0 themes; a set has 1 to 30"));
        {
            QJsonArray themes = doc.value(s("criteria_set")).toObject().value(s("themes")).toArray();
            const QJsonObject model = themes.at(0).toObject();
            for (int i = themes.size(); i < 31; ++i) {
                QJsonObject extra = model;
                extra.insert(s("id"), s("extra-%1").arg(i));
                themes.append(extra);
            }
            row("31 themes", setValue({"criteria_set", "themes"}, themes), s("criteria_set.themes: 31 themes; a set has 1 to 30"));
        }
        row("theme with unknown group", setValue({"criteria_set", "themes", 0, "group"}, s("verkehr")),
            s("criteria_set.themes[0].group: unknown group \"verkehr\""));
        row("text_max_length 0", setValue({"criteria_set", "text_max_length"}, 0),
            s("criteria_set.text_max_length: 0 is out of range (1 to 4000)"));
        row("text_max_length 4001", setValue({"criteria_set", "text_max_length"}, 4001),
            s("criteria_set.text_max_length: 4001 is out of range (1 to 4000)"));
        row("criteria_set version 0", setValue({"criteria_set", "version"}, 0),
            s("criteria_set.version: 0 is out of range (1 to 1000000)"));

        // --- fund rules ------------------------------------------------------------------------
        row("small limit above max funding", setValue({"fund_rules", "small_application_limit_eur"}, 30000),
            s("fund_rules.small_application_limit_eur: must not exceed max_funding_eur"));
        row("min own share 100.5", setValue({"fund_rules", "min_own_share_percent"}, 100.5),
            s("fund_rules.min_own_share_percent: must be between 0 and 100"));
        row("min own share -1", setValue({"fund_rules", "min_own_share_percent"}, -1),
            s("fund_rules.min_own_share_percent: must be between 0 and 100"));
        row("min own share with three decimals", setValue({"fund_rules", "min_own_share_percent"}, 20.125),
            s("fund_rules.min_own_share_percent: expected a percentage with at most two decimals"));
        row("money with three decimals", setValue({"fund_rules", "hourly_rate_eur"}, 12.345),
            s("fund_rules.hourly_rate_eur: not an amount in euros with at most two decimals"));
        row("currency USD", setValue({"fund_rules", "currency"}, s("USD")), s("fund_rules.currency: only \"EUR\" is supported"));
        row("currency lower case", setValue({"fund_rules", "currency"}, s("eur")), s("fund_rules.currency: only \"EUR\" is supported"));
        row("negative hourly rate", setValue({"fund_rules", "hourly_rate_eur"}, -5),
            s("fund_rules.hourly_rate_eur: must be at least 0.00 euros"));
        row("max funding zero", setValue({"fund_rules", "max_funding_eur"}, 0),
            s("fund_rules.max_funding_eur: must be at least 0.01 euros"));
        row("negative annual budget", setValue({"fund_rules", "annual_budget_eur"}, -1),
            s("fund_rules.annual_budget_eur: must be at least 0.00 euros"));
        row("no categories", setValue({"fund_rules", "categories"}, QJsonArray()),
            s("fund_rules.categories: at least one category is needed"));
        row("fund_url without scheme", setValue({"fund_rules", "fund_url"}, s("www.bochum.de/bochumfonds")),
            s("fund_rules.fund_url: \"www.bochum.de/bochumfonds\" is not an https:// address"));
        row("fund_url over plain http", setValue({"fund_rules", "fund_url"}, s("http://www.bochum.de/bochumfonds")),
            s("fund_rules.fund_url: \"http://www.bochum.de/bochumfonds\" is not an https:// address"));
        row("fund_url mailto", setValue({"fund_rules", "fund_url"}, s("mailto:bochumfonds@bochum.de")),
            s("fund_rules.fund_url: \"mailto:bochumfonds@bochum.de\" is not an https:// address"));
        row("fund_rules version 0", setValue({"fund_rules", "version"}, 0),
            s("fund_rules.version: 0 is out of range (1 to 1000000)"));

        // --- format and key --------------------------------------------------------------------
        row("format_version 2", setValue({"format_version"}, 2), s("format_version: 2 is not supported (this kiosk reads 1)"));
        row("format_version 0", setValue({"format_version"}, 0), s("format_version: 0 is not supported (this kiosk reads 1)"));
        row("hub key of 16 bytes", setValue({"hub_public_key"}, QString::fromLatin1(QByteArray(16, '\x42').toBase64())),
            s("hub_public_key: expected 32 bytes in base64 (an X25519 public key)"));
        row("hub key of 33 bytes", setValue({"hub_public_key"}, QString::fromLatin1(QByteArray(33, '\x42').toBase64())),
            s("hub_public_key: expected 32 bytes in base64 (an X25519 public key)"));
        row("hub key not base64", setValue({"hub_public_key"}, s("not base64 at all!")),
            s("hub_public_key: expected 32 bytes in base64 (an X25519 public key)"));
        row("hub key is a number", setValue({"hub_public_key"}, 32), s("hub_public_key: expected a string, found a number"));
    }

    void brokenDocuments()
    {
        QFETCH(QString, name);
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);

        QJsonObject document = bundledDocument();
        QString problem;
        QVERIFY2(apply(&document, mutation, &problem), qPrintable(name + QStringLiteral(": ") + problem));
        QVERIFY(document != bundledDocument());

        const CatalogueParser::Result result = parseObject(document);
        QVERIFY2(!result.ok(), qPrintable(name));
        QVERIFY(!result.catalogue.has_value());
        QVERIFY2(result.errors.contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\" among:\n  %2").arg(expected, joined(result.errors))));
    }

    void formatVersionStopsEverythingElse()
    {
        // A different format may give every other key a different meaning: only that is reported.
        QJsonObject document = bundledDocument();
        QString problem;
        QVERIFY(apply(&document, setValue({"format_version"}, 2), &problem));
        QVERIFY(apply(&document, setValue({"projects", 3, "status"}, s("fertig")), &problem));
        const CatalogueParser::Result result = parseObject(document);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors, QStringList{s("format_version: 2 is not supported (this kiosk reads 1)")});
    }

    void unreadableDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedStart");

        QTest::newRow("truncated") << QByteArray(R"({"format_version": 1,)") << s("catalogue: not valid JSON: ");
        QTest::newRow("array at the top") << QByteArray(R"([{"format_version": 1}])")
                                          << s("catalogue: expected an object at the top");
        QTest::newRow("empty") << QByteArray() << s("catalogue: not valid JSON: ");

        QByteArray huge = bundledBytes();
        huge.append(QByteArray(CatalogueParser::maxDocumentBytes + 1 - huge.size(), ' '));
        QCOMPARE(huge.size(), CatalogueParser::maxDocumentBytes + 1);
        QTest::newRow("one byte too large") << huge << s("catalogue: too large (4194305 bytes, at most 4194304)");
    }

    void unreadableDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedStart);

        const CatalogueParser::Result result = CatalogueParser::parse(json);
        QVERIFY(!result.ok());
        QVERIFY(!result.catalogue.has_value());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(expectedStart), qPrintable(result.errors.first()));
    }

    void largestDocumentIsAccepted()
    {
        // Exactly maxDocumentBytes is still allowed; the limit is "at most".
        QByteArray json = bundledBytes();
        json.append(QByteArray(CatalogueParser::maxDocumentBytes - json.size(), ' '));
        const CatalogueParser::Result result = CatalogueParser::parse(json);
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
    }

    void allErrorsAreReportedAtOnce()
    {
        QJsonObject document = bundledDocument();
        QString problem;
        QVERIFY(apply(&document, setValue({"projects", 3, "status"}, s("fertig")), &problem));
        QVERIFY(apply(&document, removeValue({"areas", "city", "name"}), &problem));
        QVERIFY(apply(&document, setValue({"fund_rules", "currency"}, s("USD")), &problem));

        const CatalogueParser::Result result = parseObject(document);
        QVERIFY(!result.ok());
        QVERIFY(!result.catalogue.has_value());
        const QStringList expected{s("projects[3].status: unknown status \"fertig\""), s("areas.city.name: missing"),
                                   s("fund_rules.currency: only \"EUR\" is supported")};
        for (const QString &message : expected)
            QVERIFY2(result.errors.contains(message), qPrintable(message + QStringLiteral(" not among:\n  ") + joined(result.errors)));
        QCOMPARE(result.errors.size(), 3);
    }

    void hubPublicKeyIsDecoded()
    {
        QByteArray key(32, '\0');
        for (int i = 0; i < key.size(); ++i)
            key[i] = static_cast<char>(0xe0 + i); // 0xe0..0xff: bytes with the high bit set
        QJsonObject document = bundledDocument();
        QString problem;
        QVERIFY(apply(&document, setValue({"hub_public_key"}, QString::fromLatin1(key.toBase64())), &problem));

        const CatalogueParser::Result result = parseObject(document);
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QCOMPARE(result.catalogue->hubPublicKey.size(), 32);
        QCOMPARE(result.catalogue->hubPublicKey, key);
    }

    void moneyInCents_data()
    {
        QTest::addColumn<double>("euros");
        QTest::addColumn<qint64>("cents");

        QTest::newRow("12.5") << 12.5 << qint64(1250);
        QTest::newRow("19.99") << 19.99 << qint64(1999);
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << qint64(30);
        QTest::newRow("0.07") << 0.07 << qint64(7);
        QTest::newRow("1.15") << 1.15 << qint64(115);
        QTest::newRow("4.35") << 4.35 << qint64(435);
        QTest::newRow("0") << 0.0 << qint64(0);
        QTest::newRow("15") << 15.0 << qint64(1500);
        QTest::newRow("99999.99") << 99999.99 << qint64(9999999);
    }

    void moneyInCents()
    {
        QFETCH(double, euros);
        QFETCH(qint64, cents);

        QJsonObject document = bundledDocument();
        QString problem;
        QVERIFY(apply(&document, setValue({"fund_rules", "hourly_rate_eur"}, euros), &problem));
        const CatalogueParser::Result result = parseObject(document);
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        QCOMPARE(result.catalogue->fundRules.hourlyRateCents, cents);
    }

    void versionedPartsRoundTrip()
    {
        const CatalogueParser::Result result = CatalogueParser::parse(bundledBytes());
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        const Catalogue &c = *result.catalogue;

        const QJsonObject stored{{s("criteria_set"), c.criteriaSet.toJson()}, {s("fund_rules"), c.fundRules.toJson()}};
        // Through text, as storage keeps it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(stored).toJson()).object();
        const CatalogueParser::VersionedParts parts = CatalogueParser::parseVersionedParts(reread, c.languages);
        QVERIFY2(parts.errors.isEmpty(), qPrintable(joined(parts.errors)));
        QVERIFY(parts.criteriaSet == c.criteriaSet);
        QVERIFY(parts.fundRules == c.fundRules);
        QCOMPARE(parts.criteriaSet.themes.size(), 14);
        QCOMPARE(parts.fundRules.maxFundingCents, qint64(2500000));
        QCOMPARE(parts.fundRules.minOwnShareBasisPoints, 2000);
        QCOMPARE(parts.fundRules.annualBudgetCents, c.fundRules.annualBudgetCents);
        QCOMPARE(parts.fundRules.categories.size(), c.fundRules.categories.size());
    }

    void versionedPartsAreValidated()
    {
        const CatalogueParser::Result result = CatalogueParser::parse(bundledBytes());
        QVERIFY(result.ok());
        QJsonObject criteria = result.catalogue->criteriaSet.toJson();
        criteria.insert(s("text_max_length"), 0);
        const QJsonObject stored{{s("criteria_set"), criteria}, {s("fund_rules"), result.catalogue->fundRules.toJson()}};
        const CatalogueParser::VersionedParts parts = CatalogueParser::parseVersionedParts(stored, result.catalogue->languages);
        QVERIFY(parts.errors.contains(s("criteria_set.text_max_length: 0 is out of range (1 to 4000)")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueParser)
#include "tst_catalogueparser.moc"
