// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace stadtlabor {

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

QByteArray CsvWriter::line(const QStringList &cells)
{
    QString text;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text.append(QLatin1Char(','));
        text.append(cell(cells.at(i)));
    }
    text.append(QLatin1String("\r\n"));
    return text.toUtf8();
}

void CsvWriter::addRow(const QStringList &cells)
{
    m_data.append(line(cells));
    ++m_rows;
}

} // namespace stadtlabor
