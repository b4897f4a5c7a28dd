// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A connected desk as a process of its own, for tst_syncrecovery to kill -9 at the worst
// moment. It opens the desk's SQLite store (set up and connected by the test), logs in as
// the admin and then:
//   record <prefix> <count> <memberId> <cardId> <productId>: commits that many sales (keys
//       <prefix>-<i>), prints "recorded <i> pending|online" for each, and exits;
//   drain: opens a server session (prints "session"), waits for a line on standard input,
//       lets the outbox worker replay until nothing is pending, prints "drained", exits.
// Exit 2 on a setup failure, 3 when a sale is refused, 4 when draining takes over 60 s.
#include "ServiceHub.h"
#include "storage/Database.h"
#include "sync/ConnectedDesk.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Club::Core;

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        say(QStringLiteral("usage: syncdesk_helper <store.sqlite> <terminal.key> record|drain ..."));
        return 2;
    }
    Database db;
    Database::Config config;
    config.path = args.at(1);
    if (Status s = db.open(config); !s) {
        say(QStringLiteral("open failed: ") + s.error().message);
        return 2;
    }
    ServiceHub hub(db);
    Result<Actor> admin = hub.auth().login(QStringLiteral("admin"), QStringLiteral("admin-pass"), QStringLiteral("helper"));
    if (!admin) {
        say(QStringLiteral("login failed"));
        return 2;
    }
    ConnectedDesk desk(db, hub.sales(), hub.catalog(), hub.cards(), hub.members(), args.at(2));
    desk.worker().setDelays(50, 300);
    desk.worker().setPollInterval(100);
    desk.puller().setInterval(0);
    if (Status s = desk.applySettings(); !s) {
        say(QStringLiteral("settings failed"));
        return 2;
    }
    const QString mode = args.at(3);
    if (mode == QLatin1String("record") && args.size() >= 9) {
        // Nobody replays while recording: the test decides when the outbox drains.
        desk.worker().setActor({});
        const QString prefix = args.at(4);
        const int count = args.at(5).toInt();
        QuoteRequest basket;
        basket.memberId = args.at(6).toLongLong();
        basket.cardId = args.at(7).toLongLong();
        basket.lines = {{args.at(8).toLongLong(), 1, 0}};
        for (int i = 0; i < count; ++i) {
            Result<Sale> sale = desk.commit(*admin, basket, QStringLiteral("%1-%2").arg(prefix).arg(i), {});
            if (!sale) {
                say(QStringLiteral("refused ") + sale.error().detail);
                return 3;
            }
            say(QStringLiteral("recorded %1 %2").arg(i).arg(sale->pendingSync ? QStringLiteral("pending") : QStringLiteral("online")));
        }
        return 0;
    }
    if (mode == QLatin1String("drain")) {
        // The session first, then a line on standard input before anything is replayed: the
        // test pauses the server in between, so the first replay waits on the wire.
        if (Result<RemoteSession> session = desk.client().login(QStringLiteral("admin"), QStringLiteral("admin-pass"));
            !session) {
            say(QStringLiteral("no session: ") + session.error().detail);
            return 2;
        }
        say(QStringLiteral("session"));
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 2;
        QElapsedTimer clock;
        clock.start();
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &app, [&] {
            Result<Outbox::Counts> c = desk.outbox().counts(*admin);
            if (c && c->pending == 0) {
                say(QStringLiteral("drained"));
                app.exit(0);
            } else if (clock.elapsed() > 60000) {
                app.exit(4);
            }
        });
        check.start(100);
        desk.worker().setActor(*admin);
        say(QStringLiteral("draining"));
        return app.exec();
    }
    say(QStringLiteral("unknown mode"));
    return 2;
}
