// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriaset.h"

#include <QJsonArray>

namespace stadtlabor {

QJsonObject CriteriaSet::toJson() const
{
    QJsonArray groupArray;
    for (const ThemeGroup &g : groups)
        groupArray.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("label"), g.label.toJson()}});

    QJsonArray themeArray;
    for (const Theme &t : themes) {
        QJsonArray promptArray;
        for (const LocalizedText &p : t.prompts)
            promptArray.append(p.toJson());
        themeArray.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("group"), t.groupId},
            {QStringLiteral("label"), t.label.toJson()},
            {QStringLiteral("question"), t.question.toJson()},
            {QStringLiteral("prompts"), promptArray},
        });
    }

    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("title"), title.toJson()},
        {QStringLiteral("scale"), QJsonObject{
             {QStringLiteral("min"), scaleMin},
             {QStringLiteral("max"), scaleMax},
             {QStringLiteral("min_label"), minLabel.toJson()},
             {QStringLiteral("max_label"), maxLabel.toJson()},
         }},
        {QStringLiteral("text_max_length"), textMaxLength},
        {QStringLiteral("groups"), groupArray},
        {QStringLiteral("themes"), themeArray},
    };
}

} // namespace stadtlabor
