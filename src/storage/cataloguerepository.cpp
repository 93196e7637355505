// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguerepository.h"

#include "catalogueparser.h"
#include "database.h"
#include "storagelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace stadtlabor {

namespace {

QString json(const LocalizedText &text)
{
    return QString::fromUtf8(QJsonDocument(text.toJson()).toJson(QJsonDocument::Compact));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

LocalizedText localized(const QVariant &value)
{
    return LocalizedText::fromJson(parseObject(value));
}

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant optionalUrl(const QUrl &url)
{
    return url.isEmpty() ? QVariant() : QVariant(url.toString());
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

CatalogueRepository::CatalogueRepository(const Database &db)
    : m_db(db.connection())
{
}

bool CatalogueRepository::hasCatalogue() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM catalogue_meta WHERE key = 'version'")) && q.next();
}

bool CatalogueRepository::replace(const Catalogue &catalogue, QString *error)
{
    const bool ok = inTransaction(m_db, [&](QString *why) { return write(catalogue, why); }, error);
    if (ok)
        qCInfo(lcStorage).noquote() << "catalogue" << catalogue.version << "stored with"
                                    << catalogue.projects.size() << "projects";
    else
        qCWarning(lcStorage).noquote() << "catalogue" << catalogue.version << "not stored:" << *error;
    return ok;
}

bool CatalogueRepository::writeVersioned(const QString &table, const QStringList &keyColumns,
                                         const QVariantList &keyValues, const QString &label,
                                         const QJsonObject &document, QString *error)
{
    QStringList conditions;
    for (const QString &column : keyColumns)
        conditions.append(column + QStringLiteral(" = ?"));
    const QString where = conditions.join(QStringLiteral(" AND "));
    const auto bindKey = [&](QSqlQuery &query) {
        for (const QVariant &v : keyValues)
            query.addBindValue(v);
    };

    // A version once stored keeps its meaning: stored responses and ideas point at it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT document FROM %1 WHERE %2").arg(table, where));
    bindKey(q);
    if (!exec(q, error))
        return false;
    if (q.next()) {
        if (parseObject(q.value(0)) != document) {
            *error = QStringLiteral("%1 already exists with different content; publish the change under a new version").arg(label);
            return false;
        }
        q.finish();
        q.prepare(QStringLiteral("UPDATE %1 SET is_current = 1 WHERE %2").arg(table, where));
        bindKey(q);
        return exec(q, error);
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, document, imported_at, is_current) VALUES (%3?, ?, 1)")
                  .arg(table, keyColumns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(keyColumns.size())));
    bindKey(q);
    q.addBindValue(json(document));
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    return exec(q, error);
}

bool CatalogueRepository::write(const Catalogue &c, QString *error)
{
    QSqlQuery q(m_db);
    // Children before parents, so the foreign keys hold at every statement.
    for (const char *sql : {"DELETE FROM projects", "DELETE FROM statuses", "DELETE FROM areas",
                            "DELETE FROM catalogue_meta", "UPDATE criteria_sets SET is_current = 0",
                            "UPDATE fund_rules SET is_current = 0"}) {
        if (!q.exec(QLatin1String(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }

    q.prepare(QStringLiteral("INSERT INTO catalogue_meta (key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> meta = {
        {QStringLiteral("format_version"), QString::number(Catalogue::formatVersion)},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("published_at"), isoUtc(c.publishedAt)},
        {QStringLiteral("languages"), c.languages.join(u',')},
        {QStringLiteral("hub_public_key"), QString::fromLatin1(c.hubPublicKey.toBase64())},
        {QStringLiteral("imported_at"), isoUtc(QDateTime::currentDateTimeUtc())},
    };
    for (const auto &[key, value] : meta) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!exec(q, error))
            return false;
    }

    q.prepare(QStringLiteral("INSERT INTO statuses (id, position, label, explanation) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < c.statuses.size(); ++i) {
        const StatusInfo &s = c.statuses.at(i);
        q.addBindValue(s.id);
        q.addBindValue(i);
        q.addBindValue(json(s.label));
        q.addBindValue(json(s.explanation));
        if (!exec(q, error))
            return false;
    }

    q.prepare(QStringLiteral("INSERT INTO projects (id, position, status, title, summary, body, link_url, image, updated_at, flow)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.projects.size(); ++i) {
        const Project &p = c.projects.at(i);
        q.addBindValue(p.id);
        q.addBindValue(i);
        q.addBindValue(p.status);
        q.addBindValue(json(p.title));
        q.addBindValue(json(p.summary));
        q.addBindValue(json(p.body));
        q.addBindValue(optionalUrl(p.linkUrl));
        q.addBindValue(optionalUrl(p.image));
        q.addBindValue(isoUtc(p.updatedAt));
        q.addBindValue(p.flow.isEmpty() ? QVariant() : QVariant(p.flow));
        if (!exec(q, error)) {
            *error = QStringLiteral("project %1: %2").arg(p.id, *error);
            return false;
        }
    }

    q.prepare(QStringLiteral("INSERT INTO areas (id, position, kind, parent_id, name) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.areas.size(); ++i) {
        const Area &a = c.areas.at(i);
        q.addBindValue(a.id);
        q.addBindValue(i);
        q.addBindValue(Area::kindId(a.kind));
        q.addBindValue(a.parentId.isEmpty() ? QVariant() : QVariant(a.parentId));
        q.addBindValue(json(a.name));
        if (!exec(q, error))
            return false;
    }
    q.finish();

    const CriteriaSet &s = c.criteriaSet;
    return writeVersioned(QStringLiteral("criteria_sets"), {QStringLiteral("id"), QStringLiteral("version")},
                          {s.id, s.version},
                          QStringLiteral("criteria set \"%1\" version %2").arg(s.id).arg(s.version), s.toJson(), error)
        && writeVersioned(QStringLiteral("fund_rules"), {QStringLiteral("version")}, {c.fundRules.version},
                          QStringLiteral("fund rules version %1").arg(c.fundRules.version), c.fundRules.toJson(), error);
}

std::optional<Catalogue> CatalogueRepository::load(QString *error) const
{
    Catalogue c;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM catalogue_meta"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("version"))
            c.version = value;
        else if (key == QLatin1String("published_at"))
            c.publishedAt = fromIso(value);
        else if (key == QLatin1String("languages"))
            c.languages = value.split(u',', Qt::SkipEmptyParts);
        else if (key == QLatin1String("hub_public_key"))
            c.hubPublicKey = QByteArray::fromBase64(value.toLatin1());
    }
    if (c.version.isEmpty()) {
        *error = QStringLiteral("no catalogue has been imported");
        return std::nullopt;
    }

    q.exec(QStringLiteral("SELECT id, label, explanation FROM statuses ORDER BY position"));
    while (q.next())
        c.statuses.append({q.value(0).toString(), localized(q.value(1)), localized(q.value(2))});

    q.exec(QStringLiteral("SELECT id, status, title, summary, body, link_url, image, updated_at, flow FROM projects ORDER BY position"));
    while (q.next()) {
        Project p;
        p.id = q.value(0).toString();
        p.status = q.value(1).toString();
        p.title = localized(q.value(2));
        p.summary = localized(q.value(3));
        p.body = localized(q.value(4));
        p.linkUrl = QUrl(q.value(5).toString());
        p.image = QUrl(q.value(6).toString());
        p.updatedAt = fromIso(q.value(7));
        p.flow = q.value(8).toString();
        c.projects.append(p);
    }

    q.exec(QStringLiteral("SELECT id, kind, parent_id, name FROM areas ORDER BY position"));
    while (q.next()) {
        Area a;
        a.id = q.value(0).toString();
        Area::kindFromId(q.value(1).toString(), &a.kind);
        a.parentId = q.value(2).toString();
        a.name = localized(q.value(3));
        c.areas.append(a);
    }

    // The versioned parts are read back through the parser, so what storage returns is
    // exactly what validation accepted.
    QJsonObject document;
    if (q.exec(QStringLiteral("SELECT document FROM criteria_sets WHERE is_current = 1")) && q.next())
        document.insert(QStringLiteral("criteria_set"), parseObject(q.value(0)));
    if (q.exec(QStringLiteral("SELECT document FROM fund_rules WHERE is_current = 1")) && q.next())
        document.insert(QStringLiteral("fund_rules"), parseObject(q.value(0)));
    const auto parts = CatalogueParser::parseVersionedParts(document, c.languages);
    if (!parts.errors.isEmpty()) {
        *error = QStringLiteral("stored catalogue is damaged: %1").arg(parts.errors.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    c.criteriaSet = parts.criteriaSet;
    c.fundRules = parts.fundRules;
    return c;
}

} // namespace stadtlabor
