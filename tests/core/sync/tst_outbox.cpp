// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's outbox (migration 0011): its state machine, its order, the offline floor
// limit, and the sealed connection settings. Both engines.
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "sync/Outbox.h"
#include "sync/RequestSigning.h"
#include "sync/SyncSettings.h"
#include "TestMain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);

OutboxEntry draft(const QString &key, const QString &card, Points points = 0, Money stored = 0)
{
    OutboxEntry e;
    e.idempotencyKey = key;
    e.requestJson = QByteArrayLiteral("{\"idempotencyKey\":\"") + key.toLatin1() + QByteArrayLiteral("\"}");
    e.cardNumber = card;
    e.pointsRedeemed = points;
    e.storedValue = stored;
    return e;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateMachine_data() { CLUB_ADD_ENGINE_ROWS(); }
    void stateMachine()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        ManualClock clock(kStart);
        const Actor admin = t.admin();
        const Actor staff = t.actorWithRole(Role::Staff);
        const Actor manager = t.actorWithRole(Role::Manager);
        const Actor accountant = t.actorWithRole(Role::Accountant);
        Outbox outbox(t.db(), clock);
        QSignalSpy changed(&outbox, &Outbox::changed);

        QList<Id> ids;
        for (int i = 1; i <= 3; ++i) {
            clock.advanceSecs(10);
            Result<OutboxEntry> e = outbox.add(staff, draft(QStringLiteral("key-%1-aaaaaaaaaaaa").arg(i),
                                                            QStringLiteral("6280001"), i));
            QVERIFY2(e, qPrintable(e ? QString() : e.error().detail));
            QCOMPARE(e->state, OutboxEntry::State::Pending);
            QCOMPARE(e->recordedBy, staff.username);
            QCOMPARE(e->createdAt, clock.nowUtc());
            ids << e->id;
        }
        QCOMPARE(changed.count(), 3);
        // The same key again is the first entry, not a second one.
        Result<OutboxEntry> again = outbox.add(staff, draft(QStringLiteral("key-2-aaaaaaaaaaaa"), QStringLiteral("x")));
        QVERIFY(again);
        QCOMPARE(again->id, ids.at(1));
        QCOMPARE(again->cardNumber, QStringLiteral("6280001"));

        Result<QList<OutboxEntry>> pending = outbox.pending(staff);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pending->at(i).id, ids.at(i)); // oldest first

        // pending -> sent, once.
        QVERIFY(outbox.markSent(staff, ids.at(0), 501, 77));
        Status twice = outbox.markSent(staff, ids.at(0), 502, 78);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        QVERIFY(!outbox.markConflict(staff, ids.at(0), QStringLiteral("conflict"), QStringLiteral("x")));
        Result<OutboxEntry> sent = outbox.entry(staff, ids.at(0));
        QVERIFY(sent);
        QCOMPARE(sent->state, OutboxEntry::State::Sent);
        QCOMPARE(sent->serverSaleId, 501);
        QCOMPARE(sent->serverReceiptNo, 77);

        // pending -> conflict -> resolved (by a manager, with a note).
        QVERIFY(outbox.markConflict(staff, ids.at(1), QStringLiteral("card_not_usable"), QStringLiteral("blocked")));
        QVERIFY(!outbox.markSent(staff, ids.at(1), 1, 1));
        Result<Outbox::Counts> counts = outbox.counts(accountant);
        QVERIFY(counts);
        QCOMPARE(counts->pending, 1);
        QCOMPARE(counts->conflicts, 1);
        QCOMPARE(outbox.conflicts(staff).error().code, Error::Code::Forbidden);
        Result<QList<OutboxEntry>> conflicts = outbox.conflicts(manager);
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().serverCode, QStringLiteral("card_not_usable"));
        QCOMPARE(outbox.resolve(staff, ids.at(1), QStringLiteral("called")).error().code, Error::Code::Forbidden);
        QCOMPARE(outbox.resolve(manager, ids.at(1), QStringLiteral("  ")).error().field, QStringLiteral("note"));
        QVERIFY(outbox.resolve(manager, ids.at(1), QStringLiteral("customer paid cash")));
        QVERIFY(!outbox.resolve(manager, ids.at(1), QStringLiteral("again")));
        QVERIFY(!outbox.resolve(manager, ids.at(2), QStringLiteral("a pending one"))); // not a conflict
        QCOMPARE(outbox.conflicts(manager)->size(), 0);
        QCOMPARE(outbox.conflicts(manager, true)->size(), 1);
        QCOMPARE(outbox.conflicts(manager, true)->first().message, QStringLiteral("customer paid cash"));
        QCOMPARE(outbox.pending(staff)->size(), 1);
        QCOMPARE(outbox.pending(staff)->first().id, ids.at(2));

        // Nothing is edited or deleted behind the outbox's back.
        SqlQuery update(t.db(), QStringLiteral("UPDATE sync_outbox SET card_number = 'x'"));
        QVERIFY(!update.exec());
        SqlQuery remove(t.db(), QStringLiteral("DELETE FROM sync_outbox_events"));
        QVERIFY(!remove.exec());

        // The desk's operator adds; an accountant reads counts only.
        QCOMPARE(outbox.add(Actor{}, draft(QStringLiteral("key-9-aaaaaaaaaaaa"), {})).error().code,
                 Error::Code::Forbidden);
        QVERIFY(outbox.add(admin, draft(QStringLiteral("key-9-aaaaaaaaaaaa"), {})));
    }

    void floorLimit_data() { CLUB_ADD_ENGINE_ROWS(); }
    void floorLimit()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        ManualClock clock(kStart);
        const Actor staff = t.actorWithRole(Role::Staff);
        Outbox outbox(t.db(), clock);
        const QString a = QStringLiteral("6280000000000001");
        const QString b = QStringLiteral("6280000000000002");
        const OfflineLimits limits{100, 50'000};

        // Nothing spent: up to the limit, not past it.
        QVERIFY(outbox.checkFloorLimit(staff, a, 100, 50'000, limits));
        Status over = outbox.checkFloorLimit(staff, a, 101, 0, limits);
        QVERIFY(!over);
        QCOMPARE(over.error().detail, Outbox::kFloorLimit);
        QCOMPARE(over.error().field, QStringLiteral("pointsToRedeem"));
        QCOMPARE(outbox.checkFloorLimit(staff, a, 0, 50'001, limits).error().field, QStringLiteral("storedValue"));

        // Pending entries of the card count; other cards' do not.
        QVERIFY(outbox.add(staff, draft(QStringLiteral("fl-1-aaaaaaaaaaaaaa"), a, 40, 20'000)));
        QVERIFY(outbox.add(staff, draft(QStringLiteral("fl-2-aaaaaaaaaaaaaa"), a, 20, 10'000)));
        QVERIFY(outbox.add(staff, draft(QStringLiteral("fl-3-aaaaaaaaaaaaaa"), b, 90, 0)));
        QVERIFY(outbox.checkFloorLimit(staff, a, 40, 20'000, limits));
        QVERIFY(!outbox.checkFloorLimit(staff, a, 41, 0, limits));
        QVERIFY(!outbox.checkFloorLimit(staff, a, 0, 20'001, limits));
        QVERIFY(outbox.checkFloorLimit(staff, b, 10, 0, limits));
        QVERIFY(!outbox.checkFloorLimit(staff, b, 11, 0, limits));

        // Once the server has a sale, it no longer counts against the floor.
        Result<QList<OutboxEntry>> pending = outbox.pending(staff);
        QVERIFY(pending);
        QVERIFY(outbox.markSent(staff, pending->first().id, 1, 1));
        QVERIFY(outbox.checkFloorLimit(staff, a, 80, 40'000, limits));
        QVERIFY(!outbox.checkFloorLimit(staff, a, 81, 0, limits));

        // A sale that spends nothing is never limited; spending without a card is refused.
        QVERIFY(outbox.checkFloorLimit(staff, {}, 0, 0, limits));
        QVERIFY(!outbox.checkFloorLimit(staff, {}, 1, 0, limits));
        QVERIFY(!outbox.checkFloorLimit(staff, a, 1, 0, OfflineLimits{}));
    }

    void connectionSettings_data() { CLUB_ADD_ENGINE_ROWS(); }
    void connectionSettings()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("terminal.key"));
        const Actor admin = t.admin();
        const Actor manager = t.actorWithRole(Role::Manager);
        const Actor staff = t.actorWithRole(Role::Staff);
        SyncSettings settings(t.db(), keyFile);

        Result<ConnectionSettings> empty = settings.settings(staff);
        QVERIFY(empty);
        QVERIFY(!empty->configured());
        QVERIFY(settings.serverConfig());
        QVERIFY(!settings.serverConfig()->isComplete());

        const QByteArray raw = RequestSigning::randomBytes(RequestSigning::kSecretSize);
        const QString secret = QString::fromLatin1(RequestSigning::toBase64Url(raw));
        ConnectionSettings s;
        s.url = QUrl(QStringLiteral("https://club.example:8443"));
        s.terminalId = QStringLiteral("t_0123");
        s.offline = {200, 1'000'000};
        QCOMPARE(settings.save(manager, s, secret).error().code, Error::Code::Forbidden);
        QCOMPARE(settings.save(admin, s, {}).error().field, QStringLiteral("secret")); // none saved yet
        QCOMPARE(settings.save(admin, s, QStringLiteral("short")).error().field, QStringLiteral("secret"));
        ConnectionSettings badUrl = s;
        badUrl.url = QUrl(QStringLiteral("ftp://x"));
        QCOMPARE(settings.save(admin, badUrl, secret).error().field, QStringLiteral("url"));
        QSignalSpy saved(&settings, &SyncSettings::saved);
        QVERIFY(settings.save(admin, s, secret));
        QCOMPARE(saved.count(), 1);

        Result<ConnectionSettings> back = settings.settings(staff);
        QVERIFY(back);
        QVERIFY(back->configured());
        QCOMPARE(back->url, s.url);
        QCOMPARE(back->terminalId, s.terminalId);
        QCOMPARE(back->offline.points, 200);
        QCOMPARE(back->offline.storedValue, 1'000'000);
        Result<ServerConfig> config = settings.serverConfig();
        QVERIFY(config);
        QCOMPARE(config->secret, raw);
        QVERIFY((QFile(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

        // The store holds the secret sealed: neither its text nor its bytes are in it.
        SqlQuery q(t.db(), QStringLiteral("SELECT value FROM settings WHERE key = 'sync.terminal_secret'"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        const QString stored = q.value(0).toString();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(secret));
        QVERIFY(!RequestSigning::fromBase64Url(stored.toLatin1()).value_or(QByteArray()).contains(raw));

        // Saving without a secret keeps it; another computer's key cannot open it.
        s.offline.points = 50;
        QVERIFY(settings.save(admin, s, {}));
        QCOMPARE(settings.serverConfig()->secret, raw);
        QVERIFY(QFile::remove(keyFile));
        QFile other(keyFile);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(RequestSigning::randomBytes(32));
        other.close();
        QVERIFY(!settings.serverConfig());

        QCOMPARE(settings.clear(manager).error().code, Error::Code::Forbidden);
        QVERIFY(settings.clear(admin));
        QVERIFY(!settings.settings(staff)->configured());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
