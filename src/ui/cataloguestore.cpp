// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguestore.h"

#include "projectstatus.h"

#include "dateformat.h"

namespace stadtlabor {

CatalogueStore::CatalogueStore(QObject *parent)
    : QObject(parent)
{
}

void CatalogueStore::setCatalogue(const Catalogue &catalogue)
{
    m_catalogue = catalogue;
    Q_EMIT changed();
}

QStringList CatalogueStore::statusIds() const
{
    return ProjectStatuses::ids();
}

QString CatalogueStore::statusLabel(const QString &statusId, const QString &language) const
{
    const StatusInfo *s = m_catalogue.status(statusId);
    return s ? s->label.text(language) : statusId;
}

QString CatalogueStore::statusExplanation(const QString &statusId, const QString &language) const
{
    const StatusInfo *s = m_catalogue.status(statusId);
    return s ? s->explanation.text(language) : QString();
}

bool CatalogueStore::hasProject(const QString &projectId) const
{
    return m_catalogue.project(projectId) != nullptr;
}

QVariantMap CatalogueStore::project(const QString &projectId, const QString &language) const
{
    const Project *p = m_catalogue.project(projectId);
    if (!p)
        return {};
    return {
        {QStringLiteral("id"), p->id},
        {QStringLiteral("status"), p->status},
        {QStringLiteral("statusLabel"), statusLabel(p->status, language)},
        {QStringLiteral("statusExplanation"), statusExplanation(p->status, language)},
        {QStringLiteral("title"), p->title.text(language)},
        {QStringLiteral("summary"), p->summary.text(language)},
        {QStringLiteral("body"), p->body.text(language)},
        {QStringLiteral("linkUrl"), p->linkUrl.toString()},
        {QStringLiteral("linkLabel"), p->linkUrl.host()},
        {QStringLiteral("image"), p->image},
        {QStringLiteral("updatedAt"), readableDate(p->updatedAt, language)},
        {QStringLiteral("flow"), p->flow},
    };
}

CatalogueStore *CatalogueStoreForeign::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(instance, "CatalogueStore", "main() must create the store before QML uses it");
    // main() owns the store; the engine must not delete it.
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace stadtlabor
