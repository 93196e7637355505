// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

namespace stadtlabor {

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

const StatusInfo *Catalogue::status(const QString &id) const { return findById(statuses, id); }
const Project *Catalogue::project(const QString &id) const { return findById(projects, id); }
const Area *Catalogue::area(const QString &id) const { return findById(areas, id); }

} // namespace stadtlabor
