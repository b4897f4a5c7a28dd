// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "engagement/LotteryDraw.h"
#include "messaging/Messaging.h"

#include "HttpSink.h"
#include "TestMain.h"

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

using namespace Club::Core;
using Club::Test::LoyaltyFixture;

namespace {
const QDateTime kStart(QDate(2026, 5, 1), QTime(6, 0), Qt::UTC);
const QDateTime kFrom(QDate(2026, 5, 10), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2026, 5, 20), QTime(0, 0), Qt::UTC);
const QString kSeed = QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
constexpr int kMembers = 10;
constexpr Points kPointsPerTicket = 150;
constexpr qint64 kMaxTickets = 6; // member 8 (index 7) earns 7 tickets: capped
constexpr Points kPrizePoints = 500;
constexpr Points kGiftPoints = 50;

// What each member's period activity should give, worked out from the sales as they were made.
struct Expected
{
    qint64 purchases = 0;
    Money spent = 0;
    Points points = 0;
};

struct Store : LoyaltyFixture
{
    explicit Store(Database::Engine engine)
        : LoyaltyFixture(engine, kStart)
    {
        if (!LoyaltyFixture::ok())
            return;
        members << member;
        for (int n = 2; n <= kMembers; ++n)
            members << newMember(n);
        Product g;
        g.code = QStringLiteral("G1");
        g.nameEn = QStringLiteral("Mug");
        g.isGift = true;
        g.giftPoints = kGiftPoints;
        g.tracksStock = false;
        Result<Product> made = hub.catalog().createProduct(admin, g);
        gift = made ? made->id : kNoId;
    }
    bool ok() const
    {
        if (!LoyaltyFixture::ok() || gift == kNoId)
            return false;
        for (const Member &m : members) {
            if (m.id == kNoId)
                return false;
        }
        return true;
    }

    // The generated dataset: a sale before the period (never counted), then member i
    // (0-based) buys (i % 4) times, (i % 3) + 1 units each, inside the period.
    bool makeSales()
    {
        clock.set(kFrom.addDays(-1));
        if (!sell(members.at(1), 5))
            return false;
        clock.set(kFrom.addSecs(3600));
        for (int i = 0; i < members.size(); ++i) {
            for (int k = 0; k < i % 4; ++k) {
                clock.advanceSecs(600);
                Result<Sale> s = sell(members.at(i), i % 3 + 1);
                if (!s)
                    return false;
                Expected &e = expected[members.at(i).id];
                ++e.purchases;
                e.spent += s->net;
                e.points += s->pointsEarned;
            }
        }
        return true;
    }

    Lottery draft() const
    {
        Lottery l;
        l.name = QStringLiteral("Spring draw");
        l.from = kFrom;
        l.to = kTo;
        l.rules.pointsPerTicket = kPointsPerTicket;
        l.rules.ticketsPerPurchase = 1;
        l.rules.maxTickets = kMaxTickets;
        l.winners = 3;
        l.prizePoints = kPrizePoints;
        l.prizeProductId = gift;
        return l;
    }

    qint64 tickets(const Expected &e) const { return qMin(kMaxTickets, e.points / kPointsPerTicket + e.purchases); }

    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char *table : {"lotteries", "lottery_entries", "lottery_winners", "journal_transactions",
                                  "journal_entries", "points_lots"})
            out << count(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        out << count(QStringLiteral("SELECT COUNT(*) FROM lotteries WHERE status = 'drawn'"));
        return out;
    }

    // The member numbers (memberDraft n) of the winners, the same on both engines.
    QList<int> numbers(const QList<Id> &ids) const
    {
        QList<int> out;
        for (Id id : ids) {
            for (int i = 0; i < members.size(); ++i) {
                if (members.at(i).id == id)
                    out << i + 1;
            }
        }
        return out;
    }

    QList<Member> members;
    Id gift = kNoId;
    QMap<Id, Expected> expected;
};

// The winners as the shipped Python verifier draws them from the exported entries.
QList<Id> pythonDraw(const QList<LotteryEntry> &entries, const QString &seed, int winners)
{
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("entries.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write(LotteryService::entriesCsv(entries));
    csv.close();
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CLUB_LOTTERY_VERIFY), seed,
                                                 QString::number(winners), csv.fileName()});
    if (!p.waitForFinished(30'000) || p.exitCode() != 0)
        return {};
    QList<Id> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed().toLongLong();
    }
    return out;
}

QList<int> s_sqliteWinners; // what the first engine drew, for the second to compare
} // namespace

#define LOTTERY_FIXTURE()                                                                                              \
    QFETCH(int, engine);                                                                                               \
    Store f{Database::Engine(engine)};                                                                                 \
    QVERIFY2(f.ok(), qPrintable(f.problem()));                                                                         \
    QVERIFY(f.makeSales())

class TestLottery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawAlgorithmKnownVector()
    {
        // Worked out with scripts/lottery_verify.py (Python's hmac module), not with this code.
        const QByteArray seed = LotteryDraw::seedFromHex(kSeed);
        QCOMPARE(seed.size(), 32);
        const QList<LotteryDraw::Entry> entries{{4, 3}, {1, 5}, {2, 1}, {3, 10}, {7, 0}, {9, 2}};
        QCOMPARE(LotteryDraw::run(seed, entries, 4), (QList<Id>{3, 9, 1, 4}));
        QCOMPARE(LotteryDraw::run(seed, entries, 10), (QList<Id>{3, 9, 1, 4, 2}));
        QVERIFY(LotteryDraw::run(QByteArray(31, 'x'), entries, 3).isEmpty());
        QVERIFY(LotteryDraw::seedFromHex(QStringLiteral("xyz")).isEmpty());
        QCOMPARE(LotteryDraw::newSeed().size(), 32);
        QVERIFY(LotteryDraw::newSeed() != LotteryDraw::newSeed());
    }

    void entriesFromDataset_data() { CLUB_ADD_ENGINE_ROWS(); }
    void entriesFromDataset()
    {
        LOTTERY_FIXTURE();
        // Bad input first: nothing is written.
        Lottery bad = f.draft();
        bad.to = bad.from;
        QCOMPARE(f.hub.lotteries().create(f.manager, bad).error().code, Error::Code::Invalid);
        bad = f.draft();
        bad.rules = {};
        QCOMPARE(f.hub.lotteries().create(f.manager, bad).error().code, Error::Code::Invalid);
        bad = f.draft();
        bad.prizeProductId = f.product; // not a gift
        QCOMPARE(f.hub.lotteries().create(f.manager, bad).error().field, QStringLiteral("prize"));
        QCOMPARE(f.hub.lotteries().create(f.staff, f.draft()).error().code, Error::Code::Forbidden);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM lotteries")), 0);

        const Result<Lottery> l = f.hub.lotteries().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(l);
        QCOMPARE(l->status, LotteryStatus::Draft);
        QVERIFY(l->seed.isEmpty());
        const Result<QList<LotteryEntry>> preview = f.hub.lotteries().previewEntries(f.manager, l->id);
        LOYALTY_VERIFY_OK(preview);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM lottery_entries")), 0);

        const Result<Lottery> frozen = f.hub.lotteries().freeze(f.manager, l->id);
        LOYALTY_VERIFY_OK(frozen);
        QCOMPARE(frozen->status, LotteryStatus::Frozen);
        QCOMPARE(frozen->seed.size(), 64);
        QCOMPARE(LotteryDraw::seedFromHex(frozen->seed).size(), 32);
        const Result<QList<LotteryEntry>> entries = f.hub.lotteries().entries(f.manager, l->id);
        LOYALTY_VERIFY_OK(entries);
        QCOMPARE(entries->size(), f.expected.size()); // members without a sale in the period are not entered
        QCOMPARE(entries->size(), preview->size());
        for (int i = 0; i < entries->size(); ++i) {
            const LotteryEntry &e = entries->at(i);
            QVERIFY(f.expected.contains(e.memberId));
            const Expected &x = f.expected.value(e.memberId);
            QCOMPARE(e.purchases, x.purchases);
            QCOMPARE(e.spent, x.spent);
            QCOMPARE(e.points, x.points);
            QCOMPARE(e.tickets, f.tickets(x));
            QCOMPARE(preview->at(i).tickets, e.tickets);
        }
        // The sale before the period counts for nothing: member 2 (index 1) bought once inside it.
        QCOMPARE(f.expected.value(f.members.at(1).id).purchases, 1);
        QVERIFY(!f.expected.contains(f.members.at(0).id));
        // The cap holds somewhere in the dataset.
        bool capped = false;
        for (const LotteryEntry &e : *entries)
            capped = capped || e.tickets == kMaxTickets;
        QVERIFY(capped);
    }

    void frozenEntriesCannotChange_data() { CLUB_ADD_ENGINE_ROWS(); }
    void frozenEntriesCannotChange()
    {
        LOTTERY_FIXTURE();
        const Result<Lottery> l = f.hub.lotteries().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(l);
        LOYALTY_VERIFY_OK(f.hub.lotteries().freeze(f.manager, l->id, kSeed));
        const Result<QList<LotteryEntry>> before = f.hub.lotteries().entries(f.manager, l->id);
        LOYALTY_VERIFY_OK(before);

        // Later sales inside the period, one by a member who had no entry.
        f.clock.set(kFrom.addDays(3));
        LOYALTY_VERIFY_OK(f.sell(f.members.at(0), 3));
        LOYALTY_VERIFY_OK(f.sell(f.members.at(5), 3));
        const Result<QList<LotteryEntry>> after = f.hub.lotteries().entries(f.manager, l->id);
        LOYALTY_VERIFY_OK(after);
        QCOMPARE(after->size(), before->size());
        for (int i = 0; i < after->size(); ++i) {
            QCOMPARE(after->at(i).memberId, before->at(i).memberId);
            QCOMPARE(after->at(i).tickets, before->at(i).tickets);
        }
        const Result<QList<LotteryEntry>> preview = f.hub.lotteries().previewEntries(f.manager, l->id);
        QCOMPARE(preview->size(), before->size()); // a frozen lottery shows its frozen entries

        // A second freeze is refused, the seed stays.
        const Result<Lottery> again = f.hub.lotteries().freeze(f.manager, l->id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(f.hub.lotteries().lottery(f.manager, l->id)->seed, kSeed);

        // The database itself refuses to change or delete an entry.
        SqlQuery update(f.t.db(), QStringLiteral("UPDATE lottery_entries SET tickets = tickets + 100"));
        QVERIFY(!update.exec());
        SqlQuery remove(f.t.db(), QStringLiteral("DELETE FROM lottery_entries"));
        QVERIFY(!remove.exec());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM lottery_entries")), qint64(before->size()));
    }

    void sameSeedSameWinners_data() { CLUB_ADD_ENGINE_ROWS(); }
    void sameSeedSameWinners()
    {
        LOTTERY_FIXTURE();
        const Result<Lottery> l = f.hub.lotteries().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(l);
        QCOMPARE(f.hub.lotteries().draw(f.manager, l->id).error().code, Error::Code::Conflict); // not frozen
        QCOMPARE(f.hub.lotteries().verify(f.manager, l->id).error().code, Error::Code::Conflict);
        QCOMPARE(f.hub.lotteries().freeze(f.manager, l->id, QStringLiteral("12ab")).error().field,
                 QStringLiteral("seed"));
        LOYALTY_VERIFY_OK(f.hub.lotteries().freeze(f.manager, l->id, kSeed.toUpper()));
        QCOMPARE(f.hub.lotteries().lottery(f.manager, l->id)->seed, kSeed);

        const Result<QList<LotteryWinner>> winners = f.hub.lotteries().draw(f.manager, l->id);
        LOYALTY_VERIFY_OK(winners);
        QCOMPARE(winners->size(), 3);
        QList<Id> ids;
        for (const LotteryWinner &w : *winners) {
            QCOMPARE(w.position, int(ids.size()) + 1);
            ids << w.memberId;
        }

        // Re-run from the frozen entries and the seed: here, by "Verify draw", and by the
        // independent Python verifier.
        const Result<DrawVerification> v = f.hub.lotteries().verify(f.manager, l->id);
        LOYALTY_VERIFY_OK(v);
        QVERIFY(v->matches);
        QCOMPARE(v->recomputed, ids);
        const Result<QList<LotteryEntry>> entries = f.hub.lotteries().entries(f.manager, l->id);
        QCOMPARE(pythonDraw(*entries, kSeed, 3), ids);

        // The same dataset and seed on the other engine draws the same members.
        const QList<int> numbers = f.numbers(ids);
        QCOMPARE(numbers.size(), 3);
        if (Database::Engine(engine) == Database::Engine::SQLite)
            s_sqliteWinners = numbers;
        else if (!s_sqliteWinners.isEmpty())
            QCOMPARE(numbers, s_sqliteWinners);

        // A tampered entry (behind the program's back) is caught by the verification.
        QVERIFY(f.t.liftAppendOnlyGuard(QStringLiteral("lottery_entries")));
        SqlQuery tamper(f.t.db(), QStringLiteral("UPDATE lottery_entries SET tickets = 1000 WHERE member_id = :m"));
        tamper.bind(QStringLiteral(":m"), entries->constLast().memberId == ids.first() ? entries->constFirst().memberId
                                                                                      : entries->constLast().memberId);
        LOYALTY_VERIFY_OK(tamper.exec());
        const Result<DrawVerification> v2 = f.hub.lotteries().verify(f.manager, l->id);
        LOYALTY_VERIFY_OK(v2);
        QVERIFY(!v2->matches);
    }

    void secondDrawRefusedPrizesPostedOnce_data() { CLUB_ADD_ENGINE_ROWS(); }
    void secondDrawRefusedPrizesPostedOnce()
    {
        LOTTERY_FIXTURE();
        const Result<Lottery> l = f.hub.lotteries().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(l);
        LOYALTY_VERIFY_OK(f.hub.lotteries().freeze(f.manager, l->id, kSeed));
        QMap<Id, Points> before;
        for (const Member &m : std::as_const(f.members))
            before.insert(m.id, f.balance(m).points);
        QCOMPARE(f.hub.lotteries().draw(f.staff, l->id).error().code, Error::Code::Forbidden);

        const Result<QList<LotteryWinner>> winners = f.hub.lotteries().draw(f.manager, l->id);
        LOYALTY_VERIFY_OK(winners);
        const QList<qint64> afterDraw = f.footprint();
        for (const LotteryWinner &w : *winners) {
            QVERIFY(w.prizeTransactionId != kNoId);
            QVERIFY(w.giftTransactionId != kNoId);
            Member m;
            for (const Member &x : std::as_const(f.members)) {
                if (x.id == w.memberId)
                    m = x;
            }
            // The prize points stay; the gift's points were given and redeemed through the gift path.
            QCOMPARE(f.balance(m).points, before.value(m.id) + kPrizePoints);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'lottery_prize'")), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift'")), 3);
        QCOMPARE(f.ledgerProblems(), QString());

        // A second draw is refused and writes nothing: no winners, no prizes.
        const Result<QList<LotteryWinner>> again = f.hub.lotteries().draw(f.manager, l->id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("once")));
        QCOMPARE(f.footprint(), afterDraw);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM lottery_winners")), 3);
    }

    void winnersNotified_data() { CLUB_ADD_ENGINE_ROWS(); }
    void winnersNotified()
    {
        LOTTERY_FIXTURE();
        Club::Test::HttpSink sink;
        MessageTemplate t;
        t.name = QStringLiteral("Winner");
        t.bodyFa = QStringLiteral("{first_name} عزیز، شما برنده قرعه‌کشی شدید.");
        const Result<MessageTemplate> tmpl = f.hub.campaigns().saveTemplate(f.manager, t);
        LOYALTY_VERIFY_OK(tmpl);
        Lottery d = f.draft();
        d.templateId = tmpl->id;
        const Result<Lottery> l = f.hub.lotteries().create(f.manager, d);
        LOYALTY_VERIFY_OK(l);
        LOYALTY_VERIFY_OK(f.hub.lotteries().freeze(f.manager, l->id, kSeed));
        LOYALTY_VERIFY_OK(f.hub.lotteries().draw(f.manager, l->id));
        // Messaging not set up yet: refused, nothing sent.
        QCOMPARE(f.hub.lotteries().notifyWinners(f.manager, l->id).error().code, Error::Code::Conflict);

        MessagingSettings s;
        s.language = QStringLiteral("fa");
        s.sms = SmsGatewaySettings::presetNamed(QStringLiteral("kavenegar"));
        s.sms.urlTemplate = sink.base() + QStringLiteral("/v1/{apikey}/sms/send.json");
        s.sms.apiKey = QStringLiteral("KEY");
        s.sms.sender = QStringLiteral("3000");
        s.sms.timeoutSecs = 5;
        LOYALTY_VERIFY_OK(f.hub.messagingSettings().save(f.manager, s));
        sink.answer = [](const Club::Test::HttpRequest &) {
            return Club::Test::HttpAnswer{200, R"({"return":{"status":200}})"};
        };
        const Result<QList<LotteryWinner>> notified = f.hub.lotteries().notifyWinners(f.manager, l->id);
        LOYALTY_VERIFY_OK(notified);
        QCOMPARE(sink.requests.size(), 3);
        for (const LotteryWinner &w : *notified)
            QCOMPARE(w.notifyStatus, QStringLiteral("sent"));
        // Never a second message to a winner.
        LOYALTY_VERIFY_OK(f.hub.lotteries().notifyWinners(f.manager, l->id));
        QCOMPARE(sink.requests.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLottery)
#include "tst_lottery.moc"
