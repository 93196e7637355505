# SPDX-License-Identifier: GPL-3.0-or-later
# stadtlabor_install_app(TARGET t COMPONENT c [QML]): the install rules of an executable of ours.
#
# Windows and macOS: `cmake --install` yields a folder that runs on a machine without Qt. Qt's
# deploy script (qt_generate_deploy_[qml_]app_script, windeployqt / macdeployqt underneath)
# copies the Qt libraries, the plugins (platform, SQL drivers, image formats) and, with QML, the
# QML modules the pages import (the on-screen keyboard, Charts ...) next to the executable.
# windeployqt copies Qt's DLLs only, so on Windows libsodium's and libqrencode's come from a
# runtime dependency set. macOS wants app bundles for this, so both executables are bundles there.
# Linux with Qt 6.4: the deploy script only says "Skipping runtime deployment steps"
# (NO_UNSUPPORTED_PLATFORM_ERROR); the Debian packages depend on the distribution's Qt.
# Built by design only: Windows and macOS are not tested (README, "Platforms").
function(stadtlabor_install_app)
    cmake_parse_arguments(A "QML" "TARGET;COMPONENT" "" ${ARGN})
    set_target_properties(${A_TARGET} PROPERTIES MACOSX_BUNDLE TRUE)
    set(dll_set)
    if(WIN32)
        set(dll_set RUNTIME_DEPENDENCY_SET ${A_TARGET}_dlls)
    endif()
    install(TARGETS ${A_TARGET} ${dll_set}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${A_COMPONENT}
        BUNDLE DESTINATION . COMPONENT ${A_COMPONENT})
    if(WIN32)
        # Qt's own DLLs and the compiler's runtime are the deploy script's; the system's stay.
        install(RUNTIME_DEPENDENCY_SET ${A_TARGET}_dlls
            DIRECTORIES ${SODIUM_PREFIX}/bin ${QRENCODE_PREFIX}/bin
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^lib(stdc\\+\\+|gcc_s|winpthread)" "^(vcruntime|msvcp)"
            POST_EXCLUDE_REGEXES "[Ss]ystem32"
            DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${A_COMPONENT})
    endif()
    if(A_QML)
        qt_generate_deploy_qml_app_script(TARGET ${A_TARGET} FILENAME_VARIABLE deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${A_TARGET} FILENAME_VARIABLE deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${deploy_script} COMPONENT ${A_COMPONENT})
endfunction()
