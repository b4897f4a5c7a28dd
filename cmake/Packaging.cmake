# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts where, and the packages CPack makes of it:
#   clubmanager  the desktop program (component "desktop")
#   clubserver   the central server, when the clubserver target exists (component "server")
# `cpack -G DEB` in the build folder writes clubmanager_<version>-1_<arch>.deb (and
# clubserver_…deb). Included from the end of the top-level CMakeLists.txt (deferred), so the
# targets of every folder are known here, wherever they are added.
include(GNUInstallDirs)

set(CLUB_INSTALLER_DIR ${PROJECT_SOURCE_DIR}/installer)
set(CLUB_APPSTREAM_ID org.customerclubmanager.clubmanager)
# Ui::Language::installedTranslationsDir() looks here, relative to the program's folder.
if(WIN32)
    set(CLUB_INSTALL_TRANSLATIONSDIR ${CMAKE_INSTALL_BINDIR}/translations)
else()
    set(CLUB_INSTALL_TRANSLATIONSDIR ${CMAKE_INSTALL_DATADIR}/clubmanager/translations)
endif()

# --- desktop ---------------------------------------------------------------------------
install(TARGETS clubmanager RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
# Our .qm files, found by Ui::Language::installedTranslationsDir() relative to the binary.
install(FILES ${CLUB_QM_FILES} DESTINATION ${CLUB_INSTALL_TRANSLATIONSDIR} COMPONENT desktop)
if(NOT WIN32)
    install(FILES ${CLUB_INSTALLER_DIR}/clubmanager.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    install(FILES ${CLUB_INSTALLER_DIR}/clubmanager.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo RENAME ${CLUB_APPSTREAM_ID}.metainfo.xml
            COMPONENT desktop)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME clubmanager.svg
            COMPONENT desktop)
endif()

if(NOT WIN32)
    install(FILES ${CLUB_INSTALLER_DIR}/debian/copyright ${PROJECT_SOURCE_DIR}/resources/fonts/OFL-Vazirmatn.txt
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/clubmanager COMPONENT desktop)
endif()

# The PNG sizes and the Windows .ico are rendered from app.svg at build time.
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
add_executable(club_render_icon ${CLUB_INSTALLER_DIR}/icons/render_icon.cpp)
target_link_libraries(club_render_icon PRIVATE Qt6::Gui Qt6::Svg)
set(CLUB_ICON_SIZES 16 22 24 32 48 64 128 256)
set(CLUB_ICON_DIR ${CMAKE_BINARY_DIR}/icons)
set(CLUB_ICON_OUTPUTS ${CLUB_ICON_DIR}/clubmanager.ico)
foreach(size IN LISTS CLUB_ICON_SIZES)
    list(APPEND CLUB_ICON_OUTPUTS ${CLUB_ICON_DIR}/hicolor/${size}x${size}/apps/clubmanager.png)
endforeach()
add_custom_command(OUTPUT ${CLUB_ICON_OUTPUTS}
                   COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                           $<TARGET_FILE:club_render_icon> ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
                           ${CLUB_ICON_DIR} ${CLUB_ICON_SIZES}
                   DEPENDS club_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
                   COMMENT "Rendering the app icon to PNG and ICO"
                   VERBATIM)
add_custom_target(club_icons ALL DEPENDS ${CLUB_ICON_OUTPUTS})
if(WIN32)
    # The .exe's own icon: Explorer, the task bar and the installer's shortcuts show it.
    file(WRITE ${CLUB_ICON_DIR}/clubmanager.rc "IDI_ICON1 ICON \"${CLUB_ICON_DIR}/clubmanager.ico\"\n")
    target_sources(clubmanager PRIVATE ${CLUB_ICON_DIR}/clubmanager.rc)
    set_source_files_properties(${CLUB_ICON_DIR}/clubmanager.rc TARGET_DIRECTORY clubmanager PROPERTIES OBJECT_DEPENDS
                                ${CLUB_ICON_DIR}/clubmanager.ico)
    add_dependencies(clubmanager club_icons)
else()
    install(DIRECTORY ${CLUB_ICON_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT desktop)
endif()

# --- server (helper S1's server/ folder) ----------------------------------------------------
if(TARGET clubserver)
    install(TARGETS clubserver RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
    if(NOT WIN32)
        # Absolute: /etc and the unit's folder are not under the /usr prefix.
        install(FILES ${PROJECT_SOURCE_DIR}/server/clubserver.conf DESTINATION /etc/clubserver
                PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT server)
        install(FILES ${CLUB_INSTALLER_DIR}/server/clubserver.service DESTINATION /lib/systemd/system
                COMPONENT server)
    endif()
endif()

# --- CPack ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME clubmanager)
set(CPACK_PACKAGE_VENDOR "Customer Club Manager developers")
set(CPACK_PACKAGE_CONTACT "Customer Club Manager developers <clubmanager@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Customer loyalty club back office (Persian, Arabic, English)")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Customer Club Manager")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
# The helper programs of the build (icon renderer, tests) are never packaged.
set(CPACK_COMPONENTS_ALL desktop)
if(TARGET clubserver)
    list(APPEND CPACK_COMPONENTS_ALL server)
endif()

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS OFF)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME clubmanager)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION
    "Customer Club Manager: loyalty club back office for stores\n"
    "Members, card types and cards (contactless and magnetic stripe), points and\n"
    "stored value in an append-only ledger, sales desk, returns, credit and\n"
    "installments. Right to left in Persian (Jalali dates) and Arabic; English.")
# Loaded at run time, so dpkg-shlibdeps cannot see them:
#  - libqt6sql6-sqlite: the QSQLITE driver of the embedded store;
#  - libqt6svg6: the SVG icon engine (the window's and the side bar's icons);
#  - qt6-translations-l10n: Qt's own Persian and Arabic texts (buttons, dialogs, calendar).
# The xcb and offscreen platform plugins are in libqt6gui6 on Debian 12, which shlibdeps
# finds; qt6-qpa-plugins holds only the VNC, linuxfb-input and touch plugins we do not use.
# pcscd is recommended, not required: without it the program runs and swipe readers,
# encoders and printers work; only contactless readers need it, and a desk may have none.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "pcscd")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME clubserver)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Customer Club Manager central server\n"
    "HTTP JSON API over the loyalty club's ledger on PostgreSQL, for the desktop\n"
    "terminals of a chain. Runs as the clubserver system user under systemd.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CLUB_INSTALLER_DIR}/server/conffiles ${CLUB_INSTALLER_DIR}/server/postinst
    ${CLUB_INSTALLER_DIR}/server/prerm ${CLUB_INSTALLER_DIR}/server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
