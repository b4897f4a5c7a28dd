// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// clubserver: the central loyalty server. See server/clubserver.conf and README "Central server".
#include "ClubServer.h"
#include "ServerAdmin.h"
#include "ServerConfig.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Club;

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "clubserver: " << message << '\n';
    return 1;
}

// The admin password: from a file, or the first line of stdin; never from argv, where
// every user of the machine could read it.
QString readPassword(const QString &file)
{
    QFile f;
    if (!file.isEmpty()) {
        f.setFileName(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
    } else if (!f.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readLine()).trimmed();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clubserver"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Server::ClubServer::version()));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Customer Club Manager central loyalty server (HTTP API v1)."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Configuration file."),
                                    QStringLiteral("FILE"), Server::ServerConfig::defaultPath());
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                    QStringLiteral("ADDRESS"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free port)."),
                                  QStringLiteral("PORT"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QStringLiteral("Requests answered at once (worker threads; default: one per "
                                                    "core)."),
                                     QStringLiteral("N"));
    const QCommandLineOption initDb(QStringLiteral("init-db"),
                                    QStringLiteral("Migrate an empty database and create the store."));
    const QCommandLineOption migrate(QStringLiteral("migrate"), QStringLiteral("Migrate the database and exit."));
    const QCommandLineOption storeName(QStringLiteral("store-name"), QStringLiteral("--init-db: store name."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption branchCode(QStringLiteral("branch-code"), QStringLiteral("--init-db: first branch code."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption branchName(QStringLiteral("branch-name"), QStringLiteral("--init-db: first branch name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption adminUser(QStringLiteral("admin-username"), QStringLiteral("--init-db: admin user name."),
                                       QStringLiteral("USER"), QStringLiteral("admin"));
    const QCommandLineOption adminName(QStringLiteral("admin-fullname"), QStringLiteral("--init-db: admin full name."),
                                       QStringLiteral("NAME"), QStringLiteral("Administrator"));
    const QCommandLineOption passwordFile(
        QStringLiteral("admin-password-file"),
        QStringLiteral("--init-db: file holding the admin password (default: first line of stdin)."),
        QStringLiteral("FILE"));
    const QCommandLineOption createTerminal(QStringLiteral("create-terminal"),
                                            QStringLiteral("Create a terminal; prints its id and secret once."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption branch(QStringLiteral("branch"), QStringLiteral("--create-terminal: branch code."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption disableTerminal(QStringLiteral("disable-terminal"),
                                             QStringLiteral("Disable a terminal by id."), QStringLiteral("ID"));
    p.addOptions({config, listen, port, workers, initDb, migrate, storeName, branchCode, branchName, adminUser, adminName,
                  passwordFile, createTerminal, branch, disableTerminal});
    p.process(app);

    Core::Result<Server::ServerConfig> loaded = Server::ServerConfig::load(p.value(config));
    if (!loaded)
        return fail(loaded.error().message);
    Server::ServerConfig cfg = *loaded;
    if (p.isSet(listen))
        cfg.listen = p.value(listen);
    if (p.isSet(port))
        cfg.port = quint16(p.value(port).toUInt());
    if (p.isSet(workers)) {
        bool ok = false;
        cfg.workers = p.value(workers).toInt(&ok);
        if (!ok || cfg.workers < 1)
            return fail(QStringLiteral("--workers takes a number from 1 to %1.").arg(Server::ServerConfig::kMaxWorkers));
    }

    Core::Database db;
    if (Core::Status s = db.open(cfg.database); !s)
        return fail(s.error().message + QLatin1Char(' ') + s.error().detail);

    if (p.isSet(initDb)) {
        Core::StoreSetup setup;
        setup.storeName = p.value(storeName);
        setup.branchCode = p.value(branchCode);
        setup.branchName = p.value(branchName);
        setup.adminUsername = p.value(adminUser);
        setup.adminFullName = p.value(adminName);
        setup.adminPassword = readPassword(p.value(passwordFile));
        if (setup.storeName.isEmpty() || setup.branchCode.isEmpty() || setup.branchName.isEmpty())
            return fail(QStringLiteral("--init-db needs --store-name, --branch-code and --branch-name."));
        if (Core::Status s = Server::ServerAdmin::initDb(db, setup, cfg.masterKeyFile); !s)
            return fail(s.error().message);
        QTextStream(stdout) << "Database initialised; master key in " << cfg.masterKeyFile << '\n';
        return 0;
    }
    if (p.isSet(migrate)) {
        if (Core::Status s = Server::ServerAdmin::migrate(db); !s)
            return fail(s.error().message);
        return 0;
    }
    if (p.isSet(createTerminal)) {
        Core::Result<Server::ServerAdmin::NewTerminal> t =
            Server::ServerAdmin::createTerminal(db, cfg.masterKeyFile, p.value(createTerminal), p.value(branch));
        if (!t)
            return fail(t.error().message);
        QTextStream out(stdout);
        out << "terminal_id=" << t->terminalId << '\n' << "secret=" << QString::fromLatin1(t->secret) << '\n';
        out << "# The secret is shown only this once. Enter it in the terminal's server settings.\n";
        return 0;
    }
    if (p.isSet(disableTerminal)) {
        if (Core::Status s = Server::ServerAdmin::disableTerminal(db, p.value(disableTerminal)); !s)
            return fail(s.error().message);
        return 0;
    }

    if (Core::Status s = Server::ServerAdmin::checkSchema(db); !s)
        return fail(s.error().message);
    Server::ClubServer server(db, cfg, Core::Clock::system());
    Core::Result<quint16> bound = server.start();
    if (!bound)
        return fail(bound.error().message);
    // The chosen port on stdout, so a supervisor (or a test) started with --port 0 finds it.
    QTextStream(stdout) << "listening " << cfg.listen << ' ' << *bound << Qt::endl;
    return app.exec();
}
