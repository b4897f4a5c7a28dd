// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test programs are linked many to one executable (club_add_test in tests/CMakeLists.txt): per
// test, a separate program cost a code generator run, a link and a precompiled-header load of
// its own, about as much build time as the test's code. Include this header after <QTest>: a
// test file's QTEST_MAIN / QTEST_GUILESS_MAIN then registers the test under the file's name
// (tst_name.cpp → "tst_name") instead of defining main(), and the executable's main
// (TestRunner.cpp) runs the test its first argument names, as if it were the whole program.

#include <QStringList>
#include <QTest>

namespace club::test {

using Entry = int (*)(int argc, char *argv[]);

// Registers the test of sourceFile (its __FILE__). Returns true, for a static initialiser.
bool registerTest(const char *sourceFile, Entry entry);

// The arguments that start this same test again in a child process of the executable.
QStringList selfArguments();

} // namespace club::test

// Qt's QTEST_MAIN and QTEST_GUILESS_MAIN expand to QTEST_MAIN_WRAPPER; the body is Qt 6.4's, in
// a function of its own instead of main().
#undef QTEST_MAIN_WRAPPER
#define QTEST_MAIN_WRAPPER(TestObject, ...)                                                        \
    namespace {                                                                                    \
    int clubTestMain(int argc, char *argv[])                                                       \
    {                                                                                              \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                         \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }                                                                                              \
    const bool clubTestRegistered = club::test::registerTest(__FILE__, clubTestMain);              \
    }
