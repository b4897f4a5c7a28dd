// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that wires everything: options, the data file, the services, the window.
#include "ServiceHub.h"
#include "UiContext.h"
#include "devices/DeviceHub.h"
#include "jobs/DailyJobs.h"
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
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <functional>
#include <optional>

using namespace Club;

namespace {

class App
{
    Q_DECLARE_TR_FUNCTIONS(Club::App)

public:
    enum Exit { Ok = 0, BadData = 2, AlreadyRunning = 3, CannotOpen = 4, CannotUpgrade = 5 };

    static void fail(const QString &text, const Core::Error *error = nullptr)
    {
        qCWarning(lcUi).noquote() << "start-up refused:" << text;
        if (error && !error->detail.isEmpty())
            qCWarning(lcUi).noquote() << "detail:" << error->detail;
        Ui::MessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), text);
    }

    static QString defaultDataFile()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/club.sqlite");
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CustomerClubManager"));
    QCoreApplication::setApplicationName(QStringLiteral("clubmanager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer Club Manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("The store's data file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("Language of the program: fa, ar or en."), QStringLiteral("LANG"));
    parser.addOption(dataOption);
    parser.addOption(languageOption);
    parser.process(app);

    Ui::Language::install(Ui::Language::choose(parser.value(languageOption)));
    QGuiApplication::setApplicationDisplayName(App::tr("Customer Club Manager"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    const QString dataFile =
        QFileInfo(parser.isSet(dataOption) ? parser.value(dataOption) : App::defaultDataFile()).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(dataFile).absolutePath())) {
        App::fail(App::tr("The folder for the data file could not be created: %1")
                      .arg(QDir::toNativeSeparators(QFileInfo(dataFile).absolutePath())));
        return App::BadData;
    }

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
    const std::optional<Core::Actor> first = firstActor(hub, *needsSetup, &password);
    if (!first)
        return App::Ok;
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
        // Leave the menu's call stack before the window goes away.
        QObject::connect(window, &Ui::MainWindow::logoutRequested, &app, logOut, Qt::QueuedConnection);
        window->show();
        app.setQuitOnLastWindowClosed(true);
    };
    openWindow();
    return app.exec();
}
