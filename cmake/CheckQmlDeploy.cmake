# SPDX-License-Identifier: GPL-3.0-or-later
# ctest qml_deploy: the QML part of the kiosk's deploy script, run on Linux where Qt 6.4 skips it.
# On Windows and macOS `cmake --install` copies the QML modules qmlimportscanner found for the
# kiosk; this runs that same step (qt_deploy_qml_imports) into a scratch folder and fails unless
# every module a page in qml/ imports arrived there with its qmldir and its plugin.
# cmake -DDEPLOY_SUPPORT=... -DQML_SOURCE_DIR=... -DPREFIX=... -P CheckQmlDeploy.cmake
file(REMOVE_RECURSE "${PREFIX}")
file(MAKE_DIRECTORY "${PREFIX}")
set(QT_DEPLOY_PREFIX "${PREFIX}")
include("${DEPLOY_SUPPORT}")
qt_deploy_qml_imports(TARGET stadtlabor-kiosk PLUGINS_FOUND plugins)

file(GLOB_RECURSE pages "${QML_SOURCE_DIR}/*.qml")
set(imports)
foreach(page IN LISTS pages)
    file(STRINGS "${page}" lines REGEX "^import [A-Za-z]")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^import ([A-Za-z.]+).*" "\\1" module "${line}")
        if(NOT module STREQUAL "Stadtlabor") # our own module is compiled into the kiosk
            list(APPEND imports "${module}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES imports)
if(NOT imports)
    message(FATAL_ERROR "no imports found in ${QML_SOURCE_DIR}")
endif()

set(missing)
foreach(module IN LISTS imports)
    string(REPLACE "." "/" dir "${module}")
    file(GLOB libraries "${PREFIX}/qml/${dir}/*.so" "${PREFIX}/qml/${dir}/*.dll" "${PREFIX}/qml/${dir}/*.dylib")
    if(NOT EXISTS "${PREFIX}/qml/${dir}/qmldir" OR NOT libraries)
        list(APPEND missing "${module}")
    endif()
endforeach()
list(LENGTH plugins count)
if(missing)
    message(FATAL_ERROR "the deploy script would not bring: ${missing} (it brought ${count} plugins)")
endif()
message(STATUS "qml_deploy: all ${count} QML plugins, including every module qml/ imports (${imports})")
