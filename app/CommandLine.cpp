// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "shell/Language.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Club {

namespace {
const QString kData = QStringLiteral("data");
const QString kDataDir = QStringLiteral("data-dir");
const QString kLang = QStringLiteral("lang");
const QString kSmokeTest = QStringLiteral("smoke-test");
const QString kBackup = QStringLiteral("backup");
const QString kRestore = QStringLiteral("restore");
const QString kCheck = QStringLiteral("check");

// One list of options for the early language scan and the real parse; the descriptions
// are translated when this runs, so the real parse comes after the language is installed.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLine::tr("Customer Club Manager: the loyalty club's back office."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({kData, CommandLine::tr("Open the store in FILE instead of the default one."),
                      //: The value's name in --help: keep it short, in capitals where the script has them.
                      CommandLine::tr("FILE")});
    parser.addOption(
        {kDataDir,
         CommandLine::tr("Keep the store in the folder DIR (the file %1 in it).").arg(CommandLine::dataFileName()),
         //: The value's name in --help: keep it short, in capitals where the script has them.
         CommandLine::tr("DIR")});
    parser.addOption({{kLang, QStringLiteral("language")},
                      CommandLine::tr("Language for this start: fa (Persian), ar (Arabic) or en (English)."),
                      //: The value's name in --help: keep it short, in capitals where the script has them.
                      CommandLine::tr("LANG")});
    // For the packaging test: set up a throwaway store in a new folder, open the main
    // window, report that it is shown and exit. Not for people, so not in --help.
    QCommandLineOption smoke(kSmokeTest, QStringLiteral("Open the main window on a new store and exit."));
    smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smoke);
    // Scripted maintenance (cron on a shop PC); the passphrase never comes from here.
    parser.addOption({kBackup, CommandLine::tr("Back the store up into the encrypted file FILE and exit."),
                      CommandLine::tr("FILE")});
    parser.addOption({kRestore, CommandLine::tr("Restore the store from the backup FILE and exit."),
                      CommandLine::tr("FILE")});
    parser.addOption({kCheck, CommandLine::tr("Check the store (SQLite, ledger, stock) and exit.")});
}

CommandLine::Outcome failure(const QString &text)
{
    CommandLine::Outcome out;
    out.action = CommandLine::Action::Fail;
    out.text = text;
    return out;
}
} // namespace

QString CommandLine::dataFileName()
{
    return QStringLiteral("club.sqlite");
}

QString CommandLine::defaultDataFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') + dataFileName();
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    (void)parser.parse(arguments); // errors are reported by parse() below, in the right language
    return parser.value(kLang).trimmed().toLower();
}

bool CommandLine::answersWithText(int argc, char **argv)
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return false;
#else
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return true;
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
           parser.isSet(QStringLiteral("version")) || parse(arguments, QStringLiteral("/")).action != Action::Run;
#endif
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments, const QString &defaultFile)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return {Action::ShowHelp, {}, parser.helpText()};
    if (parser.isSet(QStringLiteral("version")))
        return {Action::ShowVersion,
                {},
                QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return failure(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    Outcome out;
    if (parser.isSet(kLang)) {
        const QString code = parser.value(kLang).trimmed().toLower();
        if (!Ui::Language::codes().contains(code))
            return failure(tr("Unknown language \"%1\". Use fa, ar or en.").arg(parser.value(kLang)));
        out.options.language = code;
    }

    if (parser.isSet(kData) && parser.isSet(kDataDir))
        return failure(tr("Give either --data or --data-dir, not both."));
    QString file = defaultFile;
    if (parser.isSet(kData)) {
        file = parser.value(kData);
        if (file.trimmed().isEmpty() || QFileInfo(file).isDir())
            return failure(tr("--data needs the store's file, not a folder: %1").arg(file));
    } else if (parser.isSet(kDataDir)) {
        const QString dir = parser.value(kDataDir);
        if (dir.trimmed().isEmpty())
            return failure(tr("--data-dir needs a folder."));
        if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
            return failure(
                tr("%1 is a file, not a folder. Use --data to open a store file.").arg(QDir::toNativeSeparators(dir)));
        file = QDir(dir).filePath(dataFileName());
    }
    out.options.dataFile = QFileInfo(file).absoluteFilePath();
    out.options.smokeTest = parser.isSet(kSmokeTest);
    out.options.backupFile = parser.value(kBackup);
    out.options.restoreFile = parser.value(kRestore);
    out.options.check = parser.isSet(kCheck);
    if (int(parser.isSet(kBackup)) + int(parser.isSet(kRestore)) + int(out.options.check) > 1)
        return failure(tr("Give only one of --backup, --restore and --check."));
    return out;
}

} // namespace Club
