// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueparser.h"

#include "jsonreader.h"
#include "projectstatus.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

namespace stadtlabor {

namespace {

constexpr int maxTitle = 200;
constexpr int maxLabel = 200;
constexpr int maxSummary = 600;
constexpr int maxBody = 20000;
constexpr int maxParagraph = 4000;
constexpr int maxThemes = 30;

// Remembers ids seen in one scope and reports the second use with the place of the first.
class IdScope
{
public:
    bool claim(JsonReader &r, const QString &id, const QString &path)
    {
        const auto it = m_seen.constFind(id);
        if (it != m_seen.constEnd()) {
            r.error(path, QStringLiteral("duplicate id \"%1\" (also %2)").arg(id, *it));
            return false;
        }
        m_seen.insert(id, path);
        return true;
    }

private:
    QHash<QString, QString> m_seen;
};

} // namespace

CatalogueParser::Result CatalogueParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())}};
    if (file.size() > maxDocumentBytes)
        return {std::nullopt, {QStringLiteral("%1: too large (%2 bytes, at most %3)").arg(path).arg(file.size()).arg(maxDocumentBytes)}};
    return parse(file.readAll());
}

CatalogueParser::Result CatalogueParser::parse(const QByteArray &json)
{
    if (json.size() > maxDocumentBytes)
        return {std::nullopt, {QStringLiteral("catalogue: too large (%1 bytes, at most %2)").arg(json.size()).arg(maxDocumentBytes)}};

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, {QStringLiteral("catalogue: not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)}};
    if (!doc.isObject())
        return {std::nullopt, {QStringLiteral("catalogue: expected an object at the top")}};

    const QJsonObject root = doc.object();
    JsonReader r;
    r.allowKeys(root, QString(), {"format_version", "version", "published_at", "languages", "statuses",
                                  "projects", "areas", "criteria_set", "fund_rules", "hub_public_key"});

    int format = 0;
    if (r.integer(root, QString(), "format_version", &format, 0, 1000000) && format != Catalogue::formatVersion) {
        // A different format means every other key may mean something else: stop here.
        return {std::nullopt, {QStringLiteral("format_version: %1 is not supported (this kiosk reads %2)").arg(format).arg(Catalogue::formatVersion)}};
    }

    Catalogue c;
    r.string(root, QString(), "version", &c.version, 64);
    r.date(root, QString(), "published_at", &c.publishedAt);

    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2}$"));
    QJsonArray languages;
    if (r.array(root, QString(), "languages", &languages)) {
        for (int i = 0; i < languages.size(); ++i) {
            const QString code = languages.at(i).toString();
            const QString p = JsonReader::join(QStringLiteral("languages"), i);
            if (!languageCode.match(code).hasMatch())
                r.error(p, QStringLiteral("expected a two-letter language code such as \"de\""));
            else if (c.languages.contains(code))
                r.error(p, QStringLiteral("language \"%1\" listed twice").arg(code));
            else
                c.languages.append(code);
        }
        if (!c.languages.contains(LocalizedText::fallbackLanguage))
            r.error(QStringLiteral("languages"), QStringLiteral("must contain \"de\", the fallback language"));
    }
    // German is checked for in every text anyway; listing it here keeps a languages list that
    // lacks it from burying the real problem under one error per text.
    QStringList textLanguages = c.languages;
    if (!textLanguages.contains(LocalizedText::fallbackLanguage))
        textLanguages.append(LocalizedText::fallbackLanguage);
    r.setLanguages(textLanguages);

    readStatuses(r, root, &c);
    readProjects(r, root, &c);
    readAreas(r, root, &c);
    readCriteriaSet(r, root, &c);
    readFundRules(r, root, &c);
    readHubKey(r, root, &c);

    if (r.hasErrors())
        return {std::nullopt, r.errors()};
    return {c, {}};
}

CatalogueParser::VersionedParts CatalogueParser::parseVersionedParts(const QJsonObject &document,
                                                                  const QStringList &languages)
{
    JsonReader r(languages);
    Catalogue c;
    readCriteriaSet(r, document, &c);
    readFundRules(r, document, &c);
    return {c.criteriaSet, c.fundRules, r.errors()};
}

void CatalogueParser::readStatuses(JsonReader &r, const QJsonObject &root, Catalogue *c)
{
    QJsonArray array;
    if (!r.array(root, QString(), "statuses", &array))
        return;
    const QStringList known = ProjectStatuses::ids();
    QHash<QString, StatusInfo> byId;
    IdScope scope;
    for (int i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::join(QStringLiteral("statuses"), i);
        QJsonObject o;
        if (!r.asObject(array.at(i), path, &o))
            continue;
        r.allowKeys(o, path, {"id", "label", "explanation"});
        StatusInfo s;
        if (r.id(o, path, "id", &s.id)) {
            if (!known.contains(s.id))
                r.error(JsonReader::join(path, QStringLiteral("id")),
                        QStringLiteral("unknown status \"%1\" (known: %2)").arg(s.id, known.join(QStringLiteral(", "))));
            else
                scope.claim(r, s.id, JsonReader::join(path, QStringLiteral("id")));
        }
        r.localized(o, path, "label", &s.label, maxLabel);
        r.localized(o, path, "explanation", &s.explanation, maxParagraph, JsonReader::TextShape::Paragraph);
        byId.insert(s.id, s);
    }
    // Kept in programme order whatever order the document uses.
    for (const QString &id : known) {
        if (!byId.contains(id))
            r.error(QStringLiteral("statuses"), QStringLiteral("status \"%1\" missing").arg(id));
        else
            c->statuses.append(byId.value(id));
    }
}

void CatalogueParser::readProjects(JsonReader &r, const QJsonObject &root, Catalogue *c)
{
    QJsonArray array;
    if (!r.array(root, QString(), "projects", &array))
        return;
    const QStringList known = ProjectStatuses::ids();
    IdScope scope;
    for (int i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::join(QStringLiteral("projects"), i);
        QJsonObject o;
        if (!r.asObject(array.at(i), path, &o))
            continue;
        r.allowKeys(o, path, {"id", "status", "title", "summary", "body", "link_url", "image", "updated_at", "flow"});
        Project p;
        if (r.id(o, path, "id", &p.id))
            scope.claim(r, p.id, JsonReader::join(path, QStringLiteral("id")));
        if (r.id(o, path, "status", &p.status) && !known.contains(p.status))
            r.error(JsonReader::join(path, QStringLiteral("status")), QStringLiteral("unknown status \"%1\"").arg(p.status));
        r.localized(o, path, "title", &p.title, maxTitle);
        r.localized(o, path, "summary", &p.summary, maxSummary);
        r.localized(o, path, "body", &p.body, maxBody, JsonReader::TextShape::Paragraph);
        r.url(o, path, "link_url", &p.linkUrl, false, JsonReader::UrlScheme::HttpOrHttps);
        r.url(o, path, "image", &p.image, false, JsonReader::UrlScheme::HttpsOnly);
        if (r.string(o, path, "flow", &p.flow, 16, false) && !p.flow.isEmpty() && !Project::flows().contains(p.flow))
            r.error(JsonReader::join(path, QStringLiteral("flow")),
                    QStringLiteral("expected one of \"%1\"").arg(Project::flows().join(QStringLiteral("\", \""))));
        r.date(o, path, "updated_at", &p.updatedAt);
        c->projects.append(p);
    }
}

void CatalogueParser::readAreas(JsonReader &r, const QJsonObject &root, Catalogue *c)
{
    QJsonObject areas;
    if (!r.object(root, QString(), "areas", &areas))
        return;
    const QString areasPath = QStringLiteral("areas");
    r.allowKeys(areas, areasPath, {"city", "districts"});
    IdScope scope;

    QJsonObject city;
    Area cityArea;
    if (r.object(areas, areasPath, "city", &city)) {
        const QString path = JsonReader::join(areasPath, QStringLiteral("city"));
        r.allowKeys(city, path, {"id", "name"});
        if (r.id(city, path, "id", &cityArea.id))
            scope.claim(r, cityArea.id, JsonReader::join(path, QStringLiteral("id")));
        r.localized(city, path, "name", &cityArea.name, maxLabel);
    }
    c->areas.append(cityArea);

    QJsonArray districts;
    if (!r.array(areas, areasPath, "districts", &districts))
        return;
    if (districts.isEmpty())
        r.error(JsonReader::join(areasPath, QStringLiteral("districts")), QStringLiteral("at least one Stadtbezirk is needed"));
    for (int i = 0; i < districts.size(); ++i) {
        const QString path = JsonReader::join(JsonReader::join(areasPath, QStringLiteral("districts")), i);
        QJsonObject o;
        if (!r.asObject(districts.at(i), path, &o))
            continue;
        r.allowKeys(o, path, {"id", "name", "statistical_districts"});
        Area district{QString(), Area::Kind::District, cityArea.id, {}};
        if (r.id(o, path, "id", &district.id))
            scope.claim(r, district.id, JsonReader::join(path, QStringLiteral("id")));
        r.localized(o, path, "name", &district.name, maxLabel);
        c->areas.append(district);

        QJsonArray stats;
        if (!r.array(o, path, "statistical_districts", &stats))
            continue;
        if (stats.isEmpty())
            r.error(JsonReader::join(path, QStringLiteral("statistical_districts")), QStringLiteral("at least one statistical district is needed"));
        for (int j = 0; j < stats.size(); ++j) {
            const QString spath = JsonReader::join(JsonReader::join(path, QStringLiteral("statistical_districts")), j);
            QJsonObject so;
            if (!r.asObject(stats.at(j), spath, &so))
                continue;
            r.allowKeys(so, spath, {"id", "name"});
            Area stat{QString(), Area::Kind::StatisticalDistrict, district.id, {}};
            if (r.id(so, spath, "id", &stat.id))
                scope.claim(r, stat.id, JsonReader::join(spath, QStringLiteral("id")));
            r.localized(so, spath, "name", &stat.name, maxLabel);
            c->areas.append(stat);
        }
    }
}

void CatalogueParser::readCriteriaSet(JsonReader &r, const QJsonObject &root, Catalogue *c)
{
    QJsonObject o;
    if (!r.object(root, QString(), "criteria_set", &o))
        return;
    const QString path = QStringLiteral("criteria_set");
    r.allowKeys(o, path, {"id", "version", "title", "scale", "text_max_length", "groups", "themes"});
    CriteriaSet &s = c->criteriaSet;
    r.id(o, path, "id", &s.id);
    r.integer(o, path, "version", &s.version, 1, 1000000);
    r.localized(o, path, "title", &s.title, maxLabel);
    r.integer(o, path, "text_max_length", &s.textMaxLength, 1, 4000, false);

    QJsonObject scale;
    if (r.object(o, path, "scale", &scale)) {
        const QString sp = JsonReader::join(path, QStringLiteral("scale"));
        r.allowKeys(scale, sp, {"min", "max", "min_label", "max_label"});
        const bool okMin = r.integer(scale, sp, "min", &s.scaleMin, 0, 10);
        const bool okMax = r.integer(scale, sp, "max", &s.scaleMax, 0, 10);
        if (okMin && okMax && s.scaleMin >= s.scaleMax)
            r.error(JsonReader::join(sp, QStringLiteral("max")), QStringLiteral("must be greater than min (%1)").arg(s.scaleMin));
        r.localized(scale, sp, "min_label", &s.minLabel, maxLabel);
        r.localized(scale, sp, "max_label", &s.maxLabel, maxLabel);
    }

    QJsonArray groups;
    IdScope groupScope;
    if (r.array(o, path, "groups", &groups)) {
        for (int i = 0; i < groups.size(); ++i) {
            const QString gp = JsonReader::join(JsonReader::join(path, QStringLiteral("groups")), i);
            QJsonObject go;
            if (!r.asObject(groups.at(i), gp, &go))
                continue;
            r.allowKeys(go, gp, {"id", "label"});
            ThemeGroup g;
            if (r.id(go, gp, "id", &g.id))
                groupScope.claim(r, g.id, JsonReader::join(gp, QStringLiteral("id")));
            r.localized(go, gp, "label", &g.label, maxLabel);
            s.groups.append(g);
        }
    }

    QJsonArray themes;
    if (!r.array(o, path, "themes", &themes))
        return;
    const QString tpath = JsonReader::join(path, QStringLiteral("themes"));
    if (themes.isEmpty() || themes.size() > maxThemes)
        r.error(tpath, QStringLiteral("%1 themes; a set has 1 to %2").arg(themes.size()).arg(maxThemes));
    IdScope themeScope;
    for (int i = 0; i < themes.size(); ++i) {
        const QString tp = JsonReader::join(tpath, i);
        QJsonObject to;
        if (!r.asObject(themes.at(i), tp, &to))
            continue;
        r.allowKeys(to, tp, {"id", "group", "label", "question", "prompts"});
        Theme t;
        if (r.id(to, tp, "id", &t.id))
            themeScope.claim(r, t.id, JsonReader::join(tp, QStringLiteral("id")));
        if (r.id(to, tp, "group", &t.groupId)) {
            const bool known = std::any_of(s.groups.cbegin(), s.groups.cend(),
                                           [&](const ThemeGroup &g) { return g.id == t.groupId; });
            if (!known)
                r.error(JsonReader::join(tp, QStringLiteral("group")), QStringLiteral("unknown group \"%1\"").arg(t.groupId));
        }
        r.localized(to, tp, "label", &t.label, maxLabel);
        r.localized(to, tp, "question", &t.question, maxParagraph, JsonReader::TextShape::Paragraph);
        QJsonArray prompts;
        if (r.array(to, tp, "prompts", &prompts)) {
            for (int j = 0; j < prompts.size(); ++j) {
                LocalizedText prompt;
                if (r.localizedValue(prompts.at(j), JsonReader::join(JsonReader::join(tp, QStringLiteral("prompts")), j),
                                     &prompt, maxParagraph, JsonReader::TextShape::Paragraph))
                    t.prompts.append(prompt);
            }
        }
        s.themes.append(t);
    }
}

void CatalogueParser::readFundRules(JsonReader &r, const QJsonObject &root, Catalogue *c)
{
    QJsonObject o;
    if (!r.object(root, QString(), "fund_rules", &o))
        return;
    const QString path = QStringLiteral("fund_rules");
    r.allowKeys(o, path, {"version", "currency", "annual_budget_eur", "max_funding_eur",
                          "small_application_limit_eur", "min_own_share_percent", "hourly_rate_eur",
                          "categories", "privacy_notice", "fund_url"});
    FundRules &f = c->fundRules;
    r.integer(o, path, "version", &f.version, 1, 1000000);
    if (r.string(o, path, "currency", &f.currency, 3) && o.value(QLatin1String("currency")).toString() != QLatin1String("EUR"))
        r.error(JsonReader::join(path, QStringLiteral("currency")), QStringLiteral("only \"EUR\" is supported"));
    r.money(o, path, "annual_budget_eur", &f.annualBudgetCents, 0, false);
    const bool okMax = r.money(o, path, "max_funding_eur", &f.maxFundingCents, 1);
    const bool okSmall = r.money(o, path, "small_application_limit_eur", &f.smallApplicationLimitCents, 1);
    if (okMax && okSmall && f.smallApplicationLimitCents > f.maxFundingCents)
        r.error(JsonReader::join(path, QStringLiteral("small_application_limit_eur")),
                QStringLiteral("must not exceed max_funding_eur"));
    r.percent(o, path, "min_own_share_percent", &f.minOwnShareBasisPoints);
    r.money(o, path, "hourly_rate_eur", &f.hourlyRateCents, 0);
    r.localized(o, path, "privacy_notice", &f.privacyNotice, maxBody, JsonReader::TextShape::Paragraph);
    r.url(o, path, "fund_url", &f.fundUrl, true, JsonReader::UrlScheme::HttpsOnly);

    QJsonArray categories;
    if (!r.array(o, path, "categories", &categories))
        return;
    const QString cpath = JsonReader::join(path, QStringLiteral("categories"));
    if (categories.isEmpty())
        r.error(cpath, QStringLiteral("at least one category is needed"));
    IdScope scope;
    for (int i = 0; i < categories.size(); ++i) {
        const QString cp = JsonReader::join(cpath, i);
        QJsonObject co;
        if (!r.asObject(categories.at(i), cp, &co))
            continue;
        r.allowKeys(co, cp, {"id", "label"});
        FundCategory cat;
        if (r.id(co, cp, "id", &cat.id))
            scope.claim(r, cat.id, JsonReader::join(cp, QStringLiteral("id")));
        r.localized(co, cp, "label", &cat.label, maxLabel);
        f.categories.append(cat);
    }
}

void CatalogueParser::readHubKey(JsonReader &r, const QJsonObject &root, Catalogue *c)
{
    QString text;
    if (!root.contains(QLatin1String("hub_public_key")) || !r.string(root, QString(), "hub_public_key", &text, 100))
        return;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32) {
        r.error(QStringLiteral("hub_public_key"), QStringLiteral("expected 32 bytes in base64 (an X25519 public key)"));
        return;
    }
    c->hubPublicKey = decoded.decoded;
}

} // namespace stadtlabor
