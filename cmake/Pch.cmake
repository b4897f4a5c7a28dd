# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: the Qt and standard headers that nearly every file parses. Measured on
# the 2-core CI machine, a file spent about 40% of its compile time in them; a cold build of
# the libraries and ~110 test programs is what decides whether CI fits in its 30 minutes.
# Besides Qt and the standard library, a few of our own headers go in that nearly every file of
# the target includes anyway (so a change to them rebuilds what it rebuilt before): the
# storage/result basics for core; the service hub, UI context and formatting for ui and the
# tests, whose parse was over half of a test program's compile time.
#
# Every test program reuses one of four precompiled headers (club_pch_test_*), chosen by what
# it links, so the Qt macros in effect (QT_WIDGETS_LIB, QT_GUI_LIB, ...) are the same as when
# the header was made; GCC would otherwise ignore it (-Winvalid-pch says so in the build log).
option(CLUB_PCH "Precompile the Qt and standard headers (faster cold builds)" ON)

set(CLUB_PCH_STD <algorithm> <functional> <memory> <optional> <utility> <vector>)
set(CLUB_PCH_QTCORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap> <QObject> <QRegularExpression> <QSet>
    <QString> <QStringList> <QTimeZone> <QTimer> <QVariant>)
set(CLUB_PCH_QTSQL <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(CLUB_PCH_QTWIDGETS
    <QAbstractTableModel> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QGroupBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton>
    <QSpinBox> <QTableView> <QTableWidget> <QVBoxLayout> <QWidget>)
# No QtTest headers: the shared test headers are made without Qt6::Test, whose
# QT_TESTCASE_BUILDDIR differs per test folder (see tests/CMakeLists.txt).
set(CLUB_PCH_QTTEST <QTemporaryDir>)
set(CLUB_PCH_COREBASE [["util/Result.h"]] [["util/Log.h"]] [["auth/Actor.h"]] [["storage/Database.h"]]
    [["storage/SqlQuery.h"]] [["storage/Transaction.h"]])
set(CLUB_PCH_SERVICES [["ServiceHub.h"]])
set(CLUB_PCH_UIBASE [["UiContext.h"]] [["Format.h"]] [["widgets/ErrorDisplay.h"]] [["widgets/MessageBox.h"]])
set(CLUB_PCH_TESTBASE [["TestDatabase.h"]] [["MemberBuilders.h"]])

# club_precompile(target <header set names...>): e.g. club_precompile(clubcore STD QTCORE QTSQL COREBASE)
function(club_precompile target)
    if(NOT CLUB_PCH)
        return()
    endif()
    set(headers)
    foreach(set_name IN LISTS ARGN)
        list(APPEND headers ${CLUB_PCH_${set_name}})
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# club_reuse_precompiled(target host): compile target's files with host's precompiled header.
function(club_reuse_precompiled target host)
    if(CLUB_PCH)
        set_target_properties(${target} PROPERTIES PRECOMPILE_HEADERS_REUSE_FROM ${host})
    endif()
endfunction()

if(CLUB_PCH)
    # A precompiled header that does not fit is silently ignored by GCC: say so instead.
    add_compile_options($<$<CXX_COMPILER_ID:GNU>:-Winvalid-pch>)
endif()
