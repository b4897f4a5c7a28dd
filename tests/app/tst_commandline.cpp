// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "TestMain.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using Club::CommandLine;

namespace {
const QString kDefault = QStringLiteral("/default/place/club.sqlite");

CommandLine::Outcome run(const QStringList &args)
{
    return CommandLine::parse(QStringList{QStringLiteral("clubmanager")} + args, kDefault);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("clubmanager"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void nothingGivenRunsOnTheDefaultStore()
    {
        const CommandLine::Outcome out = run({});
        QCOMPARE(out.action, CommandLine::Action::Run);
        QCOMPARE(out.options.dataFile, kDefault);
        QVERIFY(out.options.language.isEmpty());
        QVERIFY(!out.options.smokeTest);
    }

    void dataDirHoldsTheStoreFile()
    {
        QTemporaryDir dir;
        const CommandLine::Outcome out = run({QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(out.action, CommandLine::Action::Run);
        QCOMPARE(out.options.dataFile, QDir(dir.path()).filePath(QStringLiteral("club.sqlite")));

        // A folder that does not exist yet is made at start-up, not refused here.
        const CommandLine::Outcome later =
            run({QStringLiteral("--data-dir=") + dir.filePath(QStringLiteral("new/shop"))});
        QCOMPARE(later.action, CommandLine::Action::Run);
        QCOMPARE(later.options.dataFile, dir.filePath(QStringLiteral("new/shop/club.sqlite")));
    }

    void dataIsAFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(run({QStringLiteral("--data"), file}).options.dataFile, file);
        // Relative paths are made absolute against the working folder.
        QCOMPARE(run({QStringLiteral("--data"), QStringLiteral("x.sqlite")}).options.dataFile,
                 QDir::current().absoluteFilePath(QStringLiteral("x.sqlite")));
        QCOMPARE(run({QStringLiteral("--data"), dir.path()}).action, CommandLine::Action::Fail);
    }

    void dataAndDataDirTogetherAreRefused()
    {
        const CommandLine::Outcome out = run({QStringLiteral("--data"), QStringLiteral("/a/b.sqlite"),
                                              QStringLiteral("--data-dir"), QStringLiteral("/c")});
        QCOMPARE(out.action, CommandLine::Action::Fail);
        QVERIFY(out.text.contains(QLatin1String("--data-dir")));
    }

    void dataDirThatIsAFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(run({QStringLiteral("--data-dir"), file}).action, CommandLine::Action::Fail);
    }

    void language_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("language");
        QTest::newRow("--lang fa") << QStringList{QStringLiteral("--lang"), QStringLiteral("fa")}
                                   << QStringLiteral("fa");
        QTest::newRow("--lang=ar") << QStringList{QStringLiteral("--lang=ar")} << QStringLiteral("ar");
        QTest::newRow("--language EN") << QStringList{QStringLiteral("--language"), QStringLiteral("EN")}
                                       << QStringLiteral("en");
    }
    void language()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, language);
        const CommandLine::Outcome out = run(args);
        QCOMPARE(out.action, CommandLine::Action::Run);
        QCOMPARE(out.options.language, language);
        QCOMPARE(CommandLine::requestedLanguage(QStringList{QStringLiteral("clubmanager")} + args), language);
    }

    void unknownLanguageIsRefused()
    {
        const CommandLine::Outcome out = run({QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(out.action, CommandLine::Action::Fail);
        QVERIFY(out.text.contains(QLatin1String("de")));
    }

    void requestedLanguageSurvivesOtherErrors()
    {
        // Read before the real parse, so its error can be shown in that language.
        QCOMPARE(CommandLine::requestedLanguage({QStringLiteral("clubmanager"), QStringLiteral("--bogus"),
                                                 QStringLiteral("--lang"), QStringLiteral("ar")}),
                 QStringLiteral("ar"));
        QVERIFY(CommandLine::requestedLanguage({QStringLiteral("clubmanager")}).isEmpty());
    }

    void helpAndVersion()
    {
        const CommandLine::Outcome version = run({QStringLiteral("--version")});
        QCOMPARE(version.action, CommandLine::Action::ShowVersion);
        QCOMPARE(version.text, QStringLiteral("clubmanager 9.8.7"));

        const CommandLine::Outcome help = run({QStringLiteral("--help")});
        QCOMPARE(help.action, CommandLine::Action::ShowHelp);
        for (const char *option : {"--data-dir", "--data ", "--lang", "--language", "--version"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
        QVERIFY(!help.text.contains(QLatin1String("smoke")));
    }

    void smokeTestIsHiddenButWorks() { QVERIFY(run({QStringLiteral("--smoke-test")}).options.smokeTest); }

    void textAnswersNeedNoWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("textOnly");
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("--lang ar --data-dir") << QStringList{QStringLiteral("--lang"), QStringLiteral("ar"),
                                                             QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")}
                                              << false;
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << true;
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << true;
        QTest::newRow("--help-all") << QStringList{QStringLiteral("--help-all")} << true;
        QTest::newRow("--bogus") << QStringList{QStringLiteral("--bogus")} << true;
        QTest::newRow("--lang de") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")} << true;
    }
    void textAnswersNeedNoWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, textOnly);
        QList<QByteArray> bytes{QByteArrayLiteral("clubmanager")};
        for (const QString &arg : args)
            bytes << arg.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
#ifdef Q_OS_WIN
        textOnly = false; // a GUI program on Windows answers in a message box
#endif
        QCOMPARE(CommandLine::answersWithText(int(argv.size()), argv.data()), textOnly);
    }

    void strayArgumentsAreRefused()
    {
        QCOMPARE(run({QStringLiteral("--bogus")}).action, CommandLine::Action::Fail);
        QCOMPARE(run({QStringLiteral("club.sqlite")}).action, CommandLine::Action::Fail);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
