# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Unity builds of the libraries: their files are compiled a folder at a time, one translation unit
# per folder. Loading a precompiled header (cmake/Pch.cmake) costs 1.5 to 2 seconds of CPU by
# itself, measured with an empty file, so per file it was a third of the library build; per folder
# it is paid once. Names in anonymous namespaces must therefore be unique within a folder (the
# build fails at once if two files of a folder clash): share a helper in a header instead of
# copying it, or name it after what it does in that file. A folder is the unit so that a new file
# meets only its neighbours. CLUB_UNITY=OFF compiles file by file.
option(CLUB_UNITY "Compile the libraries' files a folder at a time (unity build)" ON)

# club_unity(target [SKIP file...]): one translation unit per folder of the target's sources,
# counted once the target's folder (and the subfolders adding to it) has been read. SKIP files
# (relative to the target's folder) are compiled on their own: files whose private helpers share
# a name with a neighbour's, until one of them is renamed or the helper is shared.
function(club_unity target)
    cmake_parse_arguments(U "" "" "SKIP" ${ARGN})
    if(CLUB_UNITY)
        set(skip)
        foreach(file IN LISTS U_SKIP)
            get_filename_component(file ${file} ABSOLUTE)
            list(APPEND skip ${file})
        endforeach()
        # A deferred call's arguments are read when it runs: spell them out now.
        cmake_language(EVAL CODE "cmake_language(DEFER CALL club_unity_group_by_folder ${target} ${skip})")
    endif()
endfunction()

function(club_unity_group_by_folder target)
    set(skip ${ARGN})
    get_target_property(sources ${target} SOURCES)
    get_target_property(target_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        get_filename_component(source ${source} ABSOLUTE BASE_DIR ${target_dir})
        if(source MATCHES "\\.cpp$" AND NOT source IN_LIST skip)
            get_filename_component(folder ${source} DIRECTORY)
            # The group's name names its generated file: core/sales → core_sales.
            file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${folder})
            string(REPLACE "/" "_" group "${folder}")
            set_source_files_properties(${source} PROPERTIES UNITY_GROUP "${group}")
        endif()
    endforeach()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
endfunction()
