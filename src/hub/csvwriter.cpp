// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace stadtlabor::hub {

QString CsvWriter::cell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
            // Negative numbers stay numbers: only text is defused.
            bool number = false;
            v.toDouble(&number);
            if (!number)
                v.prepend(QLatin1Char('\''));
        }
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char(';'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(cell(cells.at(i)));
    }
    line.append(QLatin1String("\r\n"));
    m_data.append(line.toUtf8());
    ++m_rows;
}

} // namespace stadtlabor::hub
