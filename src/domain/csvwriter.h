// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace stadtlabor {

// RFC 4180 CSV in UTF-8 with CRLF line ends. A cell that a spreadsheet would take for a formula
// (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, so an
// exported idea cannot run anything on the admin's machine. The hub's export and the kiosk's
// data export both write through it.
class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    const QByteArray &data() const { return m_data; }
    int rows() const { return m_rows; }

    static QString cell(const QString &value);
    // One row with its CRLF, for writers that stream to a file instead of collecting data().
    static QByteArray line(const QStringList &cells);

private:
    QByteArray m_data;
    int m_rows = 0;
};

} // namespace stadtlabor
