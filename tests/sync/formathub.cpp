// SPDX-License-Identifier: GPL-3.0-or-later
// stadtlabor-hub with the payload format moved on by test-only steps (for tst_sync_formats):
// STADTLABOR_TEST_FORMAT_STEPS=N makes its current format N above this build's, each step
// the one tst_sync_formats gives the kiosk. The hub's code is the product's, unchanged.
#include "formatstep.h"
#include "hubcli.h"
#include "payloadformat.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stadtlabor-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STADTLABOR_VERSION));
    const int steps = qEnvironmentVariableIntValue("STADTLABOR_TEST_FORMAT_STEPS");
    for (int i = 0; i < steps; ++i)
        stadtlabor::PayloadFormat::bumpForTesting(&stadtlabor::synctest::nextTestFormat);
    return stadtlabor::hub::runCli(QCoreApplication::arguments());
}
