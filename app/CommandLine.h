// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Club {

// What the command line asks of this start.
struct StartOptions
{
    QString dataFile;       // absolute path of the store file
    QString language;       // "fa", "ar", "en"; empty: the choice saved in Settings
    bool smokeTest = false; // hidden: open the window on a new store, report, exit
    // Scripted maintenance instead of the windows (app/MaintenanceCommands.h): at most one.
    QString backupFile;  // --backup FILE
    QString restoreFile; // --restore FILE
    bool check = false;  // --check
    bool maintenance() const { return !backupFile.isEmpty() || !restoreFile.isEmpty() || check; }
};

// clubmanager's options. Kept apart from main.cpp so the parsing is tested on its own;
// nothing here opens the store or shows a window.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Club::CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    struct Outcome
    {
        Action action = Action::Run;
        StartOptions options;
        QString text; // help, version, or the error for Fail
    };

    // The store file's name inside a data folder.
    static QString dataFileName();
    // ~/.local/share/CustomerClubManager/clubmanager/club.sqlite on Linux.
    static QString defaultDataFile();

    // --lang (or --language) as written, read before anything is translated so that
    // --help and the errors below can speak the language asked for. Empty when not given.
    static QString requestedLanguage(const QStringList &arguments);

    // True when these arguments are answered with text only (--help, --version, a mistake),
    // so no window, no display and no QApplication is needed. Needs no application object.
    // Always false on Windows, where a GUI program has no console and answers in a message box.
    static bool answersWithText(int argc, char **argv);

    // arguments include the program name first, as QCoreApplication::arguments().
    static Outcome parse(const QStringList &arguments, const QString &defaultFile = defaultDataFile());
};

} // namespace Club
