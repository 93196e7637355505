// SPDX-License-Identifier: GPL-3.0-or-later
// Never loaded. Qt's deploy script (qmlimportscanner, see cmake/StadtlaborInstall.cmake) reads
// only the QML files beside the executable's CMakeLists.txt, and the kiosk's pages live in the
// QML module Stadtlabor (qml/). This import makes the scanner follow the module's pages to every
// QML module they import, so `cmake --install` deploys those on Windows and macOS.
import QtQml
import Stadtlabor

QtObject {}
