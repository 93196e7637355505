// SPDX-License-Identifier: GPL-3.0-or-later
// stadtlabor-hub: the central endpoint the kiosks sync with. See `stadtlabor-hub --help`.
#include "hubcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtlabor-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTLABOR_VERSION));
    return stadtlabor::hub::runCli(QCoreApplication::arguments());
}
