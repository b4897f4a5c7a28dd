// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// main() of a shared test executable (TestMain.h): `club_tests_core tst_ledgerservice [QTest
// options and test functions]` runs that one test, exactly as its own program would.

#include "TestMain.h"

#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace club::test {
namespace {

std::map<std::string, Entry> &registry()
{
    static std::map<std::string, Entry> tests;
    return tests;
}

std::string &currentTest()
{
    static std::string name;
    return name;
}

} // namespace

bool registerTest(const char *sourceFile, Entry entry)
{
    const std::string name = QFileInfo(QString::fromUtf8(sourceFile)).completeBaseName().toStdString();
    if (!registry().emplace(name, entry).second) {
        std::fprintf(stderr, "Two tests are named %s\n", name.c_str());
        std::abort();
    }
    return true;
}

QStringList selfArguments()
{
    return {QString::fromStdString(currentTest())};
}

} // namespace club::test

int main(int argc, char *argv[])
{
    using namespace club::test;
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "Usage: %s TEST [QTest options and functions]\nTests:\n", argv[0]);
        for (const auto &[name, entry] : registry())
            std::fprintf(stderr, "  %s\n", name.c_str());
        return argc < 2 || std::strcmp(argv[1], "--list") != 0 ? 2 : 0;
    }
    const auto found = registry().find(argv[1]);
    if (found == registry().end()) {
        std::fprintf(stderr, "No test named %s in %s\n", argv[1], argv[0]);
        return 2;
    }
    currentTest() = found->first;
    // The test sees its own name as the program's (QCoreApplication::applicationName(), QTest's
    // messages) and only its own arguments after it.
    std::vector<char *> args;
    args.push_back(argv[1]);
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    return found->second(argc - 1, args.data());
}
