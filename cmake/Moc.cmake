# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# AUTOMOC hands moc every include folder of a target, Qt's and the C++ library's among them, and
# moc then preprocesses every Qt and standard header the file includes: 1 to 2 seconds a header,
# minutes of a cold build (most of it the ~110 test files and the ui library). moc needs none of
# them — Q_OBJECT, signals, slots, properties and enums are its own keywords — so with
# CLUB_FAST_MOC (default ON) every AUTOMOC target runs moc through a small script that passes on
# only the project's own include folders: 0.05 s a header. Its output was compared byte for byte
# with full-path moc for all 258 moc files of the build when this was introduced: the same but for
# one #include that Qt's qlineedit.h asks (Q_MOC_INCLUDE) for QLineEdit's own properties, which a
# subclass's moc code does not use (were one needed, the build would fail, not go wrong). Set
# CLUB_FAST_MOC=OFF to go back, and compare, if a header ever needs a Qt macro to be understood.

option(CLUB_FAST_MOC "Run moc with the project's include folders only (cmake/Moc.cmake)" ON)

function(club_fast_moc_in dir)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(automoc ${target} AUTOMOC)
        if(automoc)
            set_target_properties(${target} PROPERTIES AUTOMOC_EXECUTABLE ${CLUB_FAST_MOC_SCRIPT})
        endif()
    endforeach()
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        club_fast_moc_in(${subdir})
    endforeach()
endfunction()

if(CLUB_FAST_MOC)
    get_target_property(CLUB_QT_MOC Qt6::moc LOCATION)
    set(CLUB_FAST_MOC_SCRIPT ${PROJECT_BINARY_DIR}/moc-project-includes.sh)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/moc-project-includes.sh.in ${CLUB_FAST_MOC_SCRIPT} @ONLY
                   FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                    WORLD_READ WORLD_EXECUTE)
    # After every folder has made its targets.
    cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL club_fast_moc_in ${PROJECT_SOURCE_DIR})
endif()
