// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "reports/ReportService.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QSet>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr Money kPreloaded = 500'000;

struct Fixture
{
    explicit Fixture(Database::Engine engine)
        : t{engine}
        , clock(kStart)
        , admin(t.admin())
        , hub(t.db(), clock)
    {
        if (admin.operatorId == kNoId)
            return;
        staff = t.actorWithRole(Role::Staff);
        loyalty = makeType(QStringLiteral("Loyalty"), CardKind::Loyalty, QStringLiteral("6280"));
        gift = makeType(QStringLiteral("Gift"), CardKind::Gift, QStringLiteral("6282"));
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO branches (code, name, created_at) VALUES ('north', 'North', "
                                          "'2026-01-01T00:00:00Z') RETURNING id"));
        const Result<QVariant> id = q.scalar();
        north = id ? id->toLongLong() : kNoId;
    }
    bool ok() const
    {
        return t.ok() && admin.operatorId != kNoId && staff.operatorId != kNoId && loyalty != kNoId && gift != kNoId &&
               north != kNoId;
    }
    Id makeType(const QString &name, CardKind kind, const QString &prefix)
    {
        CardType d;
        d.name = name;
        d.kind = kind;
        d.prefix = prefix;
        Result<CardType> made = hub.cards().createCardType(admin, d);
        return made ? made->id : kNoId;
    }
    Result<StockBatch> batch(Id type, int quantity, Money preloaded = 0)
    {
        StockBatchDraft d;
        d.cardTypeId = type;
        d.quantity = quantity;
        d.preloadedValue = preloaded;
        return stock().createBatch(admin, d);
    }
    CardStockService &stock() { return hub.cardStock(); }
    QList<StockCard> cards(Id batchId) { return *stock().cardsOfBatch(admin, batchId); }
    Result<int> handOut(Id batchId, int from = 1, int to = 0, Id toBranch = kNoId)
    {
        StockDistribution d;
        d.batchId = batchId;
        d.fromSeq = from;
        d.toSeq = to;
        d.toBranchId = toBranch;
        d.recipient = toBranch == kNoId ? QStringLiteral("Spring fair") : QString();
        d.note = QStringLiteral("stand 4");
        return stock().distribute(admin, d);
    }
    StockActivation newMember(Id stockCardId, int n)
    {
        const Member m = Club::Test::memberDraft(n);
        StockActivation a;
        a.stockCardId = stockCardId;
        a.firstName = m.firstName;
        a.lastName = m.lastName;
        a.mobile = m.mobile;
        return a;
    }
    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }
    // Rows of everything an activation may write: nothing may change when it is refused.
    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char *table : {"members", "member_accounts", "cards", "card_events", "journal_transactions",
                                  "journal_entries", "gift_card_charges"})
            out << count(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        out << count(QStringLiteral("SELECT COUNT(*) FROM card_stock_cards WHERE status = 'bound'"));
        return out;
    }
    QString ledgerProblems()
    {
        Result<LedgerCheck> check = hub.ledger().verify(admin);
        if (!check)
            return check.error().message;
        return check->problems.join(QLatin1Char('\n'));
    }
    qint64 countOf(const QList<StockCount> &counts, Id branch, StockCardStatus status)
    {
        qint64 n = 0;
        for (const StockCount &c : counts) {
            if (c.branchId == branch && c.status == status)
                n += c.count;
        }
        return n;
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    ServiceHub hub;
    Id loyalty = kNoId;
    Id gift = kNoId;
    Id north = kNoId;
};

template<typename T> QString why(const Result<T> &r)
{
    return r ? QString() : QString(r.error().message + QLatin1Char(' ') + r.error().detail);
}

template<typename T> QString codeOf(const Result<T> &r)
{
    return r ? QStringLiteral("<ok>") : r.error().detail;
}

CardPresentation presented(const QString &number, const QString &uid = {})
{
    CardPresentation p;
    p.cardNumber = number;
    p.chipUid = uid;
    p.source = uid.isEmpty() ? QStringLiteral("keyboard") : QStringLiteral("pcsc");
    return p;
}
} // namespace

class TestCardStock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle_data() { CLUB_ADD_ENGINE_ROWS(); }
    void lifecycle()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        // An issued card first: stock numbers continue the same counter and never clash.
        Result<Member> first = f.hub.members().create(f.admin, Club::Test::memberDraft(1));
        QVERIFY(first.ok());
        Result<Card> issued = f.hub.cards().issue(f.admin, first->id, f.loyalty);
        QVERIFY(issued.ok());

        Result<StockBatch> b = f.batch(f.loyalty, 5);
        QVERIFY2(b.ok(), qPrintable(why(b)));
        QCOMPARE(b->quantity, 5);
        QCOMPARE(b->inStock, 5);
        const QList<StockCard> cards = f.cards(b->id);
        QCOMPARE(cards.size(), 5);
        QSet<QString> numbers{issued->number};
        for (const StockCard &c : cards) {
            QCOMPARE(c.status, StockCardStatus::InStock);
            QCOMPARE(c.number.size(), 16);
            QVERIFY(c.number.startsWith(QLatin1String("6280")));
            numbers.insert(c.number);
        }
        QCOMPARE(numbers.size(), 6);
        // The next issued card takes the number after the batch.
        Result<Member> second = f.hub.members().create(f.admin, Club::Test::memberDraft(2));
        Result<Card> after = f.hub.cards().issue(f.admin, second->id, f.loyalty);
        QVERIFY(after.ok());
        QVERIFY(!numbers.contains(after->number));

        // Never distributed: refused, nothing written.
        const QList<qint64> before = f.footprint();
        QCOMPARE(codeOf(f.stock().checkActivation(f.staff, presented(cards[0].number))),
                 CardStockService::kNotDistributed);
        QCOMPARE(codeOf(f.stock().activate(f.staff, f.newMember(cards[0].id, 3))), CardStockService::kNotDistributed);
        QCOMPARE(f.footprint(), before);

        // Staff may not hand cards out; a manager may.
        QVERIFY(!f.stock().distribute(f.staff, StockDistribution{b->id, 1, 2, kNoId, QStringLiteral("x"), {}}).ok());
        Result<int> out = f.handOut(b->id, 1, 3);
        QVERIFY2(out.ok(), qPrintable(why(out)));
        QCOMPARE(*out, 3);
        // A range that is no longer all in stock is refused as a whole.
        QCOMPARE(codeOf(f.handOut(b->id, 3, 5)), QStringLiteral("card_stock.range_not_in_stock"));
        QCOMPARE(f.stock().stockCard(f.admin, cards[3].id)->status, StockCardStatus::InStock);
        QCOMPARE(f.stock().stockCard(f.admin, cards[0].id)->distributedTo, QStringLiteral("Spring fair"));

        // Typed with Persian digits and spaces, as a desk may.
        QString typed;
        for (QChar c : cards[0].number)
            typed += QChar(0x06F0 + c.digitValue());
        typed.insert(4, QLatin1Char(' '));
        Result<StockCard> check = f.stock().checkActivation(f.staff, presented(typed));
        QVERIFY2(check.ok(), qPrintable(why(check)));
        QCOMPARE(check->id, cards[0].id);
        // An issued card is not a stock card: the desk identifies it as usual.
        QCOMPARE(codeOf(f.stock().checkActivation(f.staff, presented(issued->number))), CardStockService::kNotStock);

        // Activation registers a new member and makes the card theirs.
        Result<StockActivationResult> act = f.stock().activate(f.staff, f.newMember(cards[0].id, 3));
        QVERIFY2(act.ok(), qPrintable(why(act)));
        QVERIFY(act->memberId != kNoId);
        QCOMPARE(act->card.number, cards[0].number);
        QCOMPARE(act->card.memberId, act->memberId);
        QCOMPARE(act->card.status, CardStatus::Active);
        QCOMPARE(act->charged, Money(0));
        const StockCard bound = *f.stock().stockCard(f.admin, cards[0].id);
        QCOMPARE(bound.status, StockCardStatus::Bound);
        QCOMPARE(bound.activatedAt, kStart);
        QCOMPARE(bound.boundAt, kStart);
        QCOMPARE(bound.memberId, act->memberId);
        QCOMPARE(bound.cardId, act->card.id);
        // Now it is a card like any other.
        Result<Card> identified = f.hub.cards().identify(f.staff, presented(cards[0].number));
        QVERIFY2(identified.ok(), qPrintable(why(identified)));
        QCOMPARE(identified->memberId, act->memberId);

        // Already bound: refused, nothing written.
        const QList<qint64> boundBefore = f.footprint();
        QCOMPARE(codeOf(f.stock().checkActivation(f.staff, presented(cards[0].number))),
                 CardStockService::kAlreadyBound);
        QCOMPARE(codeOf(f.stock().activate(f.staff, f.newMember(cards[0].id, 4))), CardStockService::kAlreadyBound);
        StockActivation existing;
        existing.stockCardId = cards[0].id;
        existing.memberId = second->id;
        QCOMPARE(codeOf(f.stock().activate(f.staff, existing)), CardStockService::kAlreadyBound);
        QCOMPARE(f.footprint(), boundBefore);

        // Bound to an existing member.
        existing.stockCardId = cards[1].id;
        Result<StockActivationResult> toExisting = f.stock().activate(f.staff, existing);
        // The second member already holds a loyalty card and the type allows one.
        QVERIFY(!toExisting.ok());
        QCOMPARE(f.footprint(), boundBefore);
        Result<Member> third = f.hub.members().create(f.admin, Club::Test::memberDraft(5));
        existing.memberId = third->id;
        toExisting = f.stock().activate(f.staff, existing);
        QVERIFY2(toExisting.ok(), qPrintable(why(toExisting)));
        QCOMPARE(toExisting->memberId, third->id);
        QCOMPARE(f.ledgerProblems(), QString());
    }

    void preloadedValue_data() { CLUB_ADD_ENGINE_ROWS(); }
    void preloadedValue()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        // Only gift cards carry a value.
        QCOMPARE(f.batch(f.loyalty, 2, kPreloaded).error().field, QStringLiteral("preloadedValue"));
        Result<StockBatch> b = f.batch(f.gift, 3, kPreloaded);
        QVERIFY2(b.ok(), qPrintable(why(b)));
        QCOMPARE(b->preloadedValue, kPreloaded);
        // Nothing is stored value while the cards are in stock or handed out.
        QVERIFY(f.handOut(b->id).ok());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM gift_card_charges")), 0);

        const QList<StockCard> cards = f.cards(b->id);
        Result<StockActivationResult> act = f.stock().activate(f.staff, f.newMember(cards[0].id, 1));
        QVERIFY2(act.ok(), qPrintable(why(act)));
        QCOMPARE(act->charged, kPreloaded);
        QVERIFY(act->chargeTransactionId != kNoId);
        const Id account = f.hub.members().member(f.admin, act->memberId)->accountId;
        QCOMPARE(f.hub.ledger().balance(f.admin, account)->storedValue, kPreloaded);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift_card.charge'")),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM gift_card_charges")), 1);
        // A second activation of the same card posts nothing more.
        QVERIFY(!f.stock().activate(f.staff, f.newMember(cards[0].id, 2)).ok());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM gift_card_charges")), 1);
        QCOMPARE(f.hub.ledger().balance(f.admin, account)->storedValue, kPreloaded);
        // Spendable now, and no more than it holds.
        QVERIFY(!f.hub.ledger()
                     .spendStoredValue(f.staff, account, kPreloaded + 1, QStringLiteral("sale:x"), QStringLiteral("k1"))
                     .ok());
        QVERIFY(f.hub.ledger()
                    .spendStoredValue(f.staff, account, kPreloaded, QStringLiteral("sale:x"), QStringLiteral("k2"))
                    .ok());
        QCOMPARE(f.hub.ledger().balance(f.admin, account)->storedValue, Money(0));
        QCOMPARE(f.ledgerProblems(), QString());
    }

    // A batch whose value the club gives away: activation books it as a promotion cost,
    // no money is taken, and it is never paid back in money. A customer-paid batch beside it
    // books money taken, as before.
    void promotionalValue_data() { CLUB_ADD_ENGINE_ROWS(); }
    void promotionalValue()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        auto balanceOf = [&f](const char *code) {
            return f.count(QStringLiteral("SELECT COALESCE(SUM(e.amount), 0) FROM journal_entries e JOIN "
                                          "ledger_accounts a ON a.id = e.ledger_account_id WHERE a.code = '") +
                           QLatin1String(code) + QLatin1Char('\''));
        };
        StockBatchDraft d;
        d.cardTypeId = f.gift;
        d.quantity = 2;
        d.promotional = true;
        // A promotion with no value to give is refused, nothing made.
        QCOMPARE(f.stock().createBatch(f.admin, d).error().field, QStringLiteral("preloadedValue"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_stock_batches")), 0);
        d.preloadedValue = kPreloaded;
        Result<StockBatch> promo = f.stock().createBatch(f.admin, d);
        QVERIFY2(promo.ok(), qPrintable(why(promo)));
        QVERIFY(promo->promotional);
        QVERIFY(f.stock().batch(f.admin, promo->id)->promotional);
        Result<StockBatch> paid = f.batch(f.gift, 1, kPreloaded);
        QVERIFY2(paid.ok(), qPrintable(why(paid)));
        QVERIFY(!paid->promotional);
        QVERIFY(f.handOut(promo->id).ok());
        QVERIFY(f.handOut(paid->id).ok());

        const StockCard promoCard = f.cards(promo->id).first();
        QVERIFY(promoCard.promotional);
        Result<StockActivationResult> act = f.stock().activate(f.staff, f.newMember(promoCard.id, 1));
        QVERIFY2(act.ok(), qPrintable(why(act)));
        QCOMPARE(act->charged, kPreloaded);
        QVERIFY(act->promotional);
        const Id account = f.hub.members().member(f.admin, act->memberId)->accountId;
        QCOMPARE(f.hub.ledger().balance(f.admin, account)->storedValue, kPreloaded);
        QCOMPARE(balanceOf("system:promotions"), kPreloaded);
        QCOMPARE(balanceOf("system:cash"), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift_card.promotion'")),
                 1);
        // The promotional value is never paid out in money, and nothing is written for trying.
        const Result<QList<GiftCardCharge>> charges = f.hub.credit().giftCardCharges(f.admin, act->memberId);
        QVERIFY(charges.ok());
        QCOMPARE(charges->size(), 1);
        QVERIFY(charges->first().promotional);
        const QList<qint64> before = f.footprint();
        const Result<GiftCardChargeReturn> back =
            f.hub.credit().returnGiftCardCharge(f.admin, charges->first().id, QStringLiteral("return-promo"));
        QCOMPARE(codeOf(back), QStringLiteral("gift_card.promotional"));
        QCOMPARE(f.footprint(), before);

        // The customer-paid card beside it takes money, as a sold gift card does.
        Result<StockActivationResult> sold =
            f.stock().activate(f.staff, f.newMember(f.cards(paid->id).first().id, 2));
        QVERIFY2(sold.ok(), qPrintable(why(sold)));
        QVERIFY(!sold->promotional);
        QCOMPARE(balanceOf("system:cash"), kPreloaded);
        QCOMPARE(balanceOf("system:promotions"), kPreloaded);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'gift_card.charge'")), 1);
        QCOMPARE(f.ledgerProblems(), QString());

        // The promotion costs report shows the given value, not the one the customer paid.
        ReportFilters range;
        range.from = kStart.addDays(-1);
        range.to = kStart.addDays(1);
        const Result<ReportTable> report = f.hub.reports().run(f.admin, ReportKind::Promotions, range);
        QVERIFY2(report.ok(), qPrintable(why(report)));
        QCOMPARE(report->rows.size(), 1);
        QCOMPARE(report->rows.first().at(1).toString(), QStringLiteral("Gift"));
        QCOMPARE(report->rows.first().at(2).toLongLong(), 1);
        QCOMPARE(report->rows.first().at(3).toLongLong(), kPreloaded);
    }

    void blockedBatch_data() { CLUB_ADD_ENGINE_ROWS(); }
    void blockedBatch()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        Result<StockBatch> b = f.batch(f.gift, 6, kPreloaded);
        QVERIFY2(b.ok(), qPrintable(why(b)));
        QVERIFY(f.handOut(b->id).ok());
        const QList<StockCard> cards = f.cards(b->id);
        QVERIFY(f.stock().activate(f.staff, f.newMember(cards[5].id, 1)).ok());

        QCOMPARE(f.stock().block(f.admin, b->id, 1, 0, QString()).error().field, QStringLiteral("reason"));
        QVERIFY(!f.stock().block(f.staff, b->id, 1, 0, QStringLiteral("lost")).ok());
        // A range first, then the whole batch: the bound card stays its member's.
        Result<int> range = f.stock().block(f.admin, b->id, 2, 3, QStringLiteral("lost in the post"));
        QVERIFY2(range.ok(), qPrintable(why(range)));
        QCOMPARE(*range, 2);
        QCOMPARE(f.stock().stockCard(f.admin, cards[0].id)->status, StockCardStatus::Distributed);
        Result<int> all = f.stock().block(f.admin, b->id, 1, 0, QStringLiteral("batch lost"));
        QVERIFY2(all.ok(), qPrintable(why(all)));
        QCOMPARE(*all, 3);
        QCOMPARE(codeOf(f.stock().block(f.admin, b->id, 2, 3, QStringLiteral("again"))),
                 QStringLiteral("card_stock.nothing_to_block"));
        QCOMPARE(f.stock().stockCard(f.admin, cards[5].id)->status, StockCardStatus::Bound);

        const QList<qint64> before = f.footprint();
        QCOMPARE(codeOf(f.stock().checkActivation(f.staff, presented(cards[0].number))),
                 CardStockService::kStockBlocked);
        QCOMPARE(codeOf(f.stock().activate(f.staff, f.newMember(cards[0].id, 2))), CardStockService::kStockBlocked);
        QCOMPARE(f.footprint(), before);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM gift_card_charges")), 1);
        // A blocked card cannot be handed out either.
        QCOMPARE(codeOf(f.handOut(b->id, 1, 1)), QStringLiteral("card_stock.range_not_in_stock"));
    }

    void chipMustMatch_data() { CLUB_ADD_ENGINE_ROWS(); }
    void chipMustMatch()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        Result<StockBatch> b = f.batch(f.loyalty, 2);
        QVERIFY(b.ok());
        const QList<StockCard> cards = f.cards(b->id);
        QCOMPARE(codeOf(f.stock().recordEncoding(f.staff, cards[0].id, QStringLiteral("zz"))),
                 QStringLiteral("card.bad_chip_uid"));
        QVERIFY(f.stock().recordEncoding(f.staff, cards[0].id, QStringLiteral("04:a1:b2:c3")).ok());
        QCOMPARE(codeOf(f.stock().recordEncoding(f.staff, cards[1].id, QStringLiteral("04a1b2c3"))),
                 QStringLiteral("card.chip_uid_taken"));
        QVERIFY(f.handOut(b->id).ok());
        const QList<qint64> before = f.footprint();
        QCOMPARE(codeOf(f.stock().checkActivation(f.staff, presented(cards[0].number, QStringLiteral("04A1B2C4")))),
                 CardStockService::kForged);
        StockActivation a = f.newMember(cards[0].id, 1);
        a.chipUid = QStringLiteral("04A1B2C4");
        QCOMPARE(codeOf(f.stock().activate(f.staff, a)), CardStockService::kForged);
        QCOMPARE(f.footprint(), before);
        a.chipUid = QStringLiteral("04A1B2C3");
        Result<StockActivationResult> act = f.stock().activate(f.staff, a);
        QVERIFY2(act.ok(), qPrintable(why(act)));
        QCOMPARE(act->card.chipUid, QStringLiteral("04A1B2C3"));
        QVERIFY(f.hub.cards().identify(f.staff, presented(cards[0].number, QStringLiteral("04A1B2C3"))).ok());
    }

    void countsPerBranch_data() { CLUB_ADD_ENGINE_ROWS(); }
    void countsPerBranch()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        Result<StockBatch> b = f.batch(f.loyalty, 10);
        QVERIFY(b.ok());
        QVERIFY(f.handOut(b->id, 1, 4, f.north).ok()); // moved to North
        QVERIFY(f.handOut(b->id, 5, 6).ok());          // to an event, still counted here
        QVERIFY(f.stock().block(f.admin, b->id, 10, 10, QStringLiteral("damaged")).ok());
        QVERIFY(f.stock().activate(f.staff, f.newMember(f.cards(b->id)[0].id, 1)).ok());

        const QList<StockCount> all = *f.stock().counts(f.admin);
        const Id main = f.admin.branchId;
        QCOMPARE(f.countOf(all, main, StockCardStatus::InStock), 3);
        QCOMPARE(f.countOf(all, main, StockCardStatus::Distributed), 2);
        QCOMPARE(f.countOf(all, main, StockCardStatus::Blocked), 1);
        QCOMPARE(f.countOf(all, f.north, StockCardStatus::Distributed), 3);
        QCOMPARE(f.countOf(all, f.north, StockCardStatus::Bound), 1);
        const QList<StockCount> north = *f.stock().counts(f.admin, f.north);
        QCOMPARE(f.countOf(north, main, StockCardStatus::InStock), 0);
        QCOMPARE(f.countOf(north, f.north, StockCardStatus::Distributed), 3);
        const StockBatch now = *f.stock().batch(f.admin, b->id);
        QCOMPARE(now.inStock, 3);
        QCOMPARE(now.distributed, 5);
        QCOMPARE(now.bound, 1);
        QCOMPARE(now.blocked, 1);
    }

    void badBatches_data() { CLUB_ADD_ENGINE_ROWS(); }
    void badBatches()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        QCOMPARE(f.batch(f.loyalty, 0).error().field, QStringLiteral("quantity"));
        StockBatchDraft d;
        d.cardTypeId = f.loyalty;
        d.quantity = 1;
        QVERIFY(!f.stock().createBatch(f.staff, d).ok());
        // A type that tracks blank stock takes the blanks with the batch.
        CardType tracked;
        tracked.name = QStringLiteral("Tracked");
        tracked.prefix = QStringLiteral("6283");
        tracked.trackStock = true;
        const Id type = f.hub.cards().createCardType(f.admin, tracked)->id;
        QVERIFY(f.hub.cards().addStock(f.admin, f.admin.branchId, type, 5, QStringLiteral("delivery")).ok());
        QCOMPARE(codeOf(f.batch(type, 6)), QStringLiteral("card_stock.no_blanks"));
        QVERIFY(f.batch(type, 5).ok());
        QCOMPARE(*f.hub.cards().stock(f.admin, f.admin.branchId, type), 0);
        // Cancelling through the progress callback writes nothing.
        d.quantity = 60;
        int calls = 0;
        Result<StockBatch> cancelled = f.stock().createBatch(f.admin, d, [&calls](int done) {
            ++calls;
            return done < 50;
        });
        QCOMPARE(codeOf(cancelled), QStringLiteral("card_stock.cancelled"));
        QCOMPARE(calls, 2);
        QCOMPARE(f.stock().batches(f.admin)->size(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_stock_cards")), 5);
    }
};

QTEST_GUILESS_MAIN(TestCardStock)
#include "tst_cardstock.moc"
