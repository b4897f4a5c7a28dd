// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QString>

#include <optional>

namespace Club::Maintenance {

// --backup FILE, --restore FILE and --check: scripted maintenance (cron on a shop PC)
// that runs instead of the windows. The passphrase comes from the environment variable
// CLUB_BACKUP_PASSPHRASE or, when that is unset, from the first line of standard input;
// never from the command line, where other users of the computer can read it.
//
// Exit codes (also in README.md):
enum MaintenanceExit {
    MaintenanceOk = 0,          // done; --check: everything is in order
    MaintenanceUsage = 1,       // wrong use: two commands at once, no passphrase
    MaintenanceInUse = 3,       // the program is open on this data file
    MaintenanceCannotOpen = 4,  // the data file is missing, damaged or cannot be opened
    MaintenanceBackupFailed = 6,  // the backup could not be written
    MaintenanceRefused = 7,     // restore refused: wrong passphrase, damaged or incomplete file
    MaintenanceNewer = 8,       // restore refused: the backup comes from a newer version
    MaintenanceRestoreFailed = 9, // the backup's data failed its check; the current data is kept
    MaintenanceProblems = 10,   // --check found problems (the report says which)
};

// Before the QApplication exists: a maintenance command needs no screen (cron has none),
// so it runs on the offscreen platform unless one was chosen.
void preferHeadless(int argc, char *argv[]);
// Runs the command given, if any, on `dataFile`; nullopt when none was given.
std::optional<int> runMaintenance(const StartOptions &options, const QString &dataFile);

} // namespace Club::Maintenance
