// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that wires everything: options, the data file, the services, the window.
#include "CommandLine.h"
#include "MaintenanceCommands.h"
#include "ServiceHub.h"
#include "UiContext.h"
#include "backup/BackupService.h"
#include "devices/DeviceHub.h"
#include "jobs/DailyJobs.h"
#include "pages/settings/ScheduledBackups.h"
#include "pages/settings/SettingsPage.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SetupWizard.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "sync/ConnectedDesk.h"
#include "widgets/MessageBox.h"
#include "widgets/UiLog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QWindow>

#include <cstdio>

#include <functional>
#include <optional>

using namespace Club;

namespace {

class App
{
    Q_DECLARE_TR_FUNCTIONS(Club::App)

public:
    enum Exit {
        Ok = 0,
        BadArguments = 1,
        BadData = 2,
        AlreadyRunning = 3,
        CannotOpen = 4,
        CannotUpgrade = 5,
        NotShown = 6
    };

    static void fail(const QString &text, const Core::Error *error = nullptr)
    {
        qCWarning(lcUi).noquote() << "start-up refused:" << text;
        if (error && !error->detail.isEmpty())
            qCWarning(lcUi).noquote() << "detail:" << error->detail;
        Ui::MessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), text);
    }

    // --help, --version and command-line errors. A Windows GUI program has no console to
    // print to, so there they come in a message box.
    static void print(const QString &text, FILE *stream)
    {
#ifdef Q_OS_WIN
        if (stream == stderr)
            Ui::MessageBox::warning(nullptr, QGuiApplication::applicationDisplayName(), text);
        else
            Ui::MessageBox::information(nullptr, QGuiApplication::applicationDisplayName(), text);
#else
        const QByteArray bytes = text.toLocal8Bit() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fflush(stream);
#endif
    }
};

// First run: the wizard (again in another language if one is chosen); later: log in.
std::optional<Core::Actor> firstActor(Core::ServiceHub &hub, bool needsSetup, QString *password)
{
    if (!needsSetup)
        return Ui::LoginDialog::login(hub.auth(), nullptr, password);
    for (;;) {
        Ui::SetupWizard wizard(hub);
        const int result = wizard.exec();
        if (result == Ui::SetupWizard::LanguageChanged) {
            Ui::Language::install(wizard.language());
            QGuiApplication::setApplicationDisplayName(App::tr("Customer Club Manager"));
            continue;
        }
        if (result != QDialog::Accepted)
            return std::nullopt;
        return wizard.actor();
    }
}

// --smoke-test (the packaging test): a store made on the spot in an empty data folder,
// with an administrator whose password is random and thrown away.
std::optional<Core::Actor> smokeTestActor(Core::ServiceHub &hub, bool needsSetup)
{
    if (!needsSetup)
        return std::nullopt;
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(char('a' + QRandomGenerator::system()->bounded(26)));
    const Core::StoreSetup setup{QStringLiteral("Smoke test"), QStringLiteral("smoke"),
                                 QStringLiteral("Smoke test"), QStringLiteral("smoketest"),
                                 QStringLiteral("Smoke test"), password};
    Core::Result<Core::Actor> admin = hub.setUpStore(setup, QStringLiteral("Smoke test"));
    if (!admin) {
        qCWarning(lcUi).noquote() << "smoke test: set-up failed:" << admin.error().message << admin.error().detail;
        return std::nullopt;
    }
    return *admin;
}

// Exits 0 once the main window is on screen (exposed), 6 when it is not within 30 s.
void reportWhenShown(QPointer<Ui::MainWindow> window)
{
    auto *poll = new QTimer(QCoreApplication::instance());
    QElapsedTimer waited;
    waited.start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, waited, window] {
        const bool shown =
            window && window->isVisible() && window->windowHandle() && window->windowHandle()->isExposed();
        if (!shown && waited.elapsed() < 30000)
            return;
        poll->stop();
        if (!shown) {
            App::print(QStringLiteral("smoke test: the main window was not shown"), stderr);
            QCoreApplication::exit(App::NotShown);
            return;
        }
        // The packaging test reads this line: keep its words.
        App::print(QStringLiteral("smoke test: main window shown; language %1, %2, %3 pages; translations from %4; "
                                  "title %5")
                       .arg(Ui::Language::current(), QGuiApplication::layoutDirection() == Qt::RightToLeft
                                                         ? QStringLiteral("right to left")
                                                         : QStringLiteral("left to right"))
                       .arg(window->pages().size())
                       .arg(QDir::toNativeSeparators(Ui::Language::translationsSource()), window->windowTitle()),
                   stdout);
        QCoreApplication::exit(App::Ok);
    });
    poll->start(50);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerClubManager"));
    QCoreApplication::setApplicationName(QStringLiteral("clubmanager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUB_VERSION));
}

// --help, --version and mistakes on the command line, answered on the console without a
// display: from an ssh session, a script or the package's test.
int answerOnConsole(int argc, char *argv[])
{
    QCoreApplication console(argc, argv);
    setIdentity();
    // Only the answer on the console; the start-up's log lines would bury it.
    QLoggingCategory::setFilterRules(QStringLiteral("club.*.info=false"));
    const QStringList arguments = QCoreApplication::arguments();
    Ui::Language::install(Ui::Language::choose(CommandLine::requestedLanguage(arguments)));
    const CommandLine::Outcome command = CommandLine::parse(arguments);
    const bool failed = command.action == CommandLine::Action::Fail;
    App::print(command.text, failed ? stderr : stdout);
    return failed ? App::BadArguments : App::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::answersWithText(argc, argv))
        return answerOnConsole(argc, argv);
    Maintenance::preferHeadless(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    // The menu entry's name: Wayland's app id, so the desktop shows our icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("clubmanager"));

    // The language first, so the command line's answers (on Windows) speak it.
    const QStringList arguments = QCoreApplication::arguments();
    Ui::Language::install(Ui::Language::choose(CommandLine::requestedLanguage(arguments)));
    QGuiApplication::setApplicationDisplayName(App::tr("Customer Club Manager"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    const CommandLine::Outcome command = CommandLine::parse(arguments);
    switch (command.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        App::print(command.text, stdout);
        return App::Ok;
    case CommandLine::Action::Fail:
        App::print(command.text, stderr);
        return App::BadArguments;
    case CommandLine::Action::Run:
        break;
    }
    const StartOptions &options = command.options;
    const QString &dataFile = options.dataFile;
    if (options.smokeTest && QFileInfo::exists(dataFile)) {
        // The smoke test makes a store with an administrator nobody knows: never in a real one.
        App::print(QStringLiteral("--smoke-test needs a data folder without a store; %1 exists.")
                       .arg(QDir::toNativeSeparators(dataFile)),
                   stderr);
        return App::BadArguments;
    }
    if (!QDir().mkpath(QFileInfo(dataFile).absolutePath())) {
        App::fail(App::tr("The folder for the data file could not be created: %1")
                      .arg(QDir::toNativeSeparators(QFileInfo(dataFile).absolutePath())));
        return App::BadData;
    }
    // --backup, --restore, --check: scripted maintenance instead of the windows.
    if (const std::optional<int> code = Maintenance::runMaintenance(options, dataFile))
        return *code;

    // One copy per data file: two would fight over the same store.
    QLockFile lock(dataFile + QStringLiteral(".lock"));
    if (!lock.tryLock(200)) {
        if (lock.error() == QLockFile::LockFailedError)
            App::fail(App::tr("Customer Club Manager is already open on this data file. Switch to the open "
                              "window, or close it first."));
        else
            App::fail(App::tr("The data file's folder cannot be written to: %1")
                          .arg(QDir::toNativeSeparators(QFileInfo(dataFile).absolutePath())));
        return App::AlreadyRunning;
    }

    // A restore chosen in Settings waits beside the store until the store is closed.
    if (QFile::exists(Core::BackupService::pendingRestorePath(dataFile))) {
        const Core::Result<Core::BackupService::Applied> restored = Core::BackupService::applyPendingRestore(dataFile);
        if (!restored)
            App::fail(restored.error().message, &restored.error());
        else
            Ui::MessageBox::information(nullptr, QGuiApplication::applicationDisplayName(),
                                        App::tr("The backup was restored. The previous data was kept as %1.")
                                            .arg(QDir::toNativeSeparators(restored->savedAside)));
    }

    Core::Database db;
    Core::Database::Config config;
    config.engine = Core::Database::Engine::SQLite;
    config.path = dataFile;
    if (Core::Status opened = db.open(config); !opened) {
        App::fail(opened.error().message, &opened.error());
        return App::CannotOpen;
    }
    if (Core::Status migrated = Core::Migrator(db).migrate(); !migrated) {
        App::fail(migrated.error().message, &migrated.error());
        return App::CannotUpgrade;
    }
    qCInfo(lcUi) << "store opened:" << QDir::toNativeSeparators(dataFile);

    Core::ServiceHub hub(db);
    Ui::UiContext context(Ui::UiContext::servicesOf(hub));
    Ui::DeviceHub devices;
    context.setDevices(&devices);
    // The card keys are unlocked for one operator's session only.
    QObject::connect(&context, &Ui::UiContext::actorChanged, &devices, [&] {
        if (context.actor().operatorId == Core::kNoId)
            devices.clearKeys();
    });
    Ui::SettingsPage::setDataLocation(dataFile);
    // Daily backups into the folder chosen in Settings → Backups, and the status bar's warning.
    Ui::ScheduledBackups scheduledBackups(context);

    // The central server, when one is set up (Settings → Central server). The key that seals
    // the terminal secret lives in the user's configuration folder, apart from the store.
    Core::ConnectedDesk desk(db, hub.sales(), hub.catalog(), hub.cards(), hub.members(),
                             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                                 + QStringLiteral("/terminal.key"),
                             hub.clock());
    if (Core::Status applied = desk.applySettings(); !applied)
        qCWarning(lcUi) << "central server settings not applied:" << applied.error().detail;
    context.setConnectedDesk(&desk);
    const auto logIn = [&](const Core::Actor &actor, QString &password) {
        context.setActor(actor);
        desk.setOperator(actor, password);
        password.fill(QLatin1Char(' ')); // the client keeps its own copy for the session only
        password.clear();
    };
    QObject::connect(&context, &Ui::UiContext::actorChanged, &desk, [&] {
        if (context.actor().operatorId == Core::kNoId)
            desk.setOperator({});
    });

    // Points expiry and tier reviews run once a store-local day, for the first operator
    // who may run them (LedgerExpire); a failed run is tried again at the next check.
    Core::DailyJobs dailyJobs(hub.ledger(), hub.tiers(), hub.clock());
    dailyJobs.setOccasions(&hub.occasions()); // birthdays, anniversaries, expiring points, tier changes
    const auto runDailyJobs = [&] {
        const Core::Result<Core::DailyJobs::Summary> done =
            dailyJobs.runIfDue(context.actor(), hub.sales().settings().zone);
        if (!done)
            qCWarning(lcUi) << "daily jobs did not run:" << done.error().message;
    };
    QObject::connect(&context, &Ui::UiContext::actorChanged, &dailyJobs, runDailyJobs, Qt::QueuedConnection);
    QTimer dailyCheck;
    dailyCheck.setInterval(std::chrono::minutes(10));
    QObject::connect(&dailyCheck, &QTimer::timeout, &dailyJobs, runDailyJobs);
    dailyCheck.start();

    const Core::Result<bool> needsSetup = hub.auth().needsSetup();
    if (!needsSetup) {
        App::fail(needsSetup.error().message, &needsSetup.error());
        return App::CannotOpen;
    }

    // Dialogs come and go before and between main windows; only closing the window quits.
    app.setQuitOnLastWindowClosed(false);
    QString password;
    const std::optional<Core::Actor> first =
        options.smokeTest ? smokeTestActor(hub, *needsSetup) : firstActor(hub, *needsSetup, &password);
    if (!first)
        return options.smokeTest ? App::NotShown : App::Ok;
    logIn(*first, password);

    QPointer<Ui::MainWindow> window;
    std::function<void()> openWindow;
    const auto logOut = [&] {
        app.setQuitOnLastWindowClosed(false);
        window->hide();
        window->deleteLater();
        context.setActor({});
        QString typed;
        const std::optional<Core::Actor> next = Ui::LoginDialog::login(hub.auth(), nullptr, &typed);
        if (!next) {
            QCoreApplication::quit();
            return;
        }
        logIn(*next, typed);
        openWindow();
    };
    openWindow = [&] {
        window = Ui::MainWindow::create(context);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->statusBar()->addPermanentWidget(scheduledBackups.statusLabel(window));
        // Leave the menu's call stack before the window goes away.
        QObject::connect(window, &Ui::MainWindow::logoutRequested, &app, logOut, Qt::QueuedConnection);
        window->show();
        app.setQuitOnLastWindowClosed(true);
    };
    openWindow();
    if (options.smokeTest)
        reportWhenShown(window);
    return app.exec();
}
