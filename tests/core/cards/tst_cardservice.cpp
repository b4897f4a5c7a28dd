// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardFixture.h"
#include "auth/AuditLog.h"
#include "domain/CardNumber.h"
#include "util/Log.h"
#include "TestMain.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::CardFixture;

namespace {
QStringList events(CardService &cards, const Actor &actor, Id cardId)
{
    QStringList out;
    const Result<QList<CardEvent>> h = cards.history(actor, cardId);
    if (h) {
        for (const CardEvent &e : *h)
            out << e.event;
    }
    return out;
}

QString toPersianDigits(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? QChar(0x06F0 + c.digitValue()) : c;
    return out;
}
} // namespace

class TestCardService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreLuhnValidPrefixedAndUnique_data() { CLUB_ADD_ENGINE_ROWS(); }
    void numbersAreLuhnValidPrefixedAndUnique()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType open = CardFixture::typeDraft(QStringLiteral("Open"), QStringLiteral("6280"), 16);
        open.maxPerMember = 0;
        const Id sixteen = f.type(open);
        CardType longer = CardFixture::typeDraft(QStringLiteral("Long"), QStringLiteral("۵۰۲۲۹"), 19);
        longer.maxPerMember = 0;
        const Id nineteen = f.type(longer);
        QVERIFY(sixteen != kNoId && nineteen != kNoId);
        const Id a = f.member(1);
        const Id b = f.member(2);

        QSignalSpy issued(&f.cards, &CardService::cardIssued);
        QSet<QString> seen;
        for (int i = 0; i < 120; ++i) {
            const bool odd = i % 2 != 0;
            Result<Card> card = f.cards.issue(f.admin, odd ? b : a, odd ? nineteen : sixteen);
            QVERIFY2(card.ok(), qPrintable(card ? QString() : card.error().message));
            QVERIFY2(CardNumber::isValid(card->number), qPrintable(card->number));
            QVERIFY(card->number.startsWith(odd ? QLatin1String("50229") : QLatin1String("6280")));
            QCOMPARE(card->number.size(), odd ? 19 : 16);
            QVERIFY(!seen.contains(card->number));
            seen.insert(card->number);
            QCOMPARE(card->status, CardStatus::Active);
            QCOMPARE(card->sequenceNo, 1);
            QCOMPARE(card->accountId, f.accountOf(odd ? b : a));
            QCOMPARE(card->memberName, odd ? QStringLiteral("Test Member 2") : QStringLiteral("Test Member 1"));
            QCOMPARE(card->branchId, f.admin.branchId);
            QCOMPARE(card->issuedAt, f.clock.nowUtc());
        }
        QCOMPARE(issued.count(), 120);
        QCOMPARE(issued.first().at(1).toLongLong(), a);
        QCOMPARE(events(f.cards, f.admin, issued.last().at(0).toLongLong()), QStringList{QStringLiteral("issued")});
    }

    void overlappingPrefixTakesTheNextSerial_data() { CLUB_ADD_ENGINE_ROWS(); }
    void overlappingPrefixTakesTheNextSerial()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        // "6280" serial 1 and "62800" serial 1 give the same 16-digit number.
        const Id a = f.type(CardFixture::typeDraft(QStringLiteral("A"), QStringLiteral("6280")));
        const Id b = f.type(CardFixture::typeDraft(QStringLiteral("B"), QStringLiteral("62800")));
        const Id member = f.member(1);
        Result<Card> first = f.cards.issue(f.admin, member, a);
        QVERIFY(first.ok());
        QCOMPARE(first->number, CardNumber::compose(QStringLiteral("6280"), 1, 16));
        QCOMPARE(CardNumber::compose(QStringLiteral("62800"), 1, 16), first->number);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already in use; taking the next")));
        Result<Card> second = f.cards.issue(f.admin, member, b);
        QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().detail));
        QCOMPARE(second->number, CardNumber::compose(QStringLiteral("62800"), 2, 16));
    }

    void exhaustedSerialsAreAClearConflict_data() { CLUB_ADD_ENGINE_ROWS(); }
    void exhaustedSerialsAreAClearConflict()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType tight = CardFixture::typeDraft(QStringLiteral("Tight"), QStringLiteral("12345678"), 12);
        tight.maxPerMember = 0;
        const Id type = f.type(tight); // three serial digits: 1..999
        const Id member = f.member(1);
        QVERIFY(f.cards.issue(f.admin, member, type).ok()); // creates the counter
        SqlQuery jump(f.db(), QStringLiteral("UPDATE card_number_sequences SET next_serial = 999"));
        QVERIFY(jump.exec().ok());
        Result<Card> last = f.cards.issue(f.admin, member, type);
        QVERIFY(last.ok());
        QCOMPARE(last->number, CardNumber::compose(QStringLiteral("12345678"), 999, 12));
        Result<Card> none = f.cards.issue(f.admin, member, type);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::Conflict);
        QVERIFY(none.error().message.contains(QLatin1String("12345678")));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards")), 2);
    }

    void perMemberLimit_data() { CLUB_ADD_ENGINE_ROWS(); }
    void perMemberLimit()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType two = CardFixture::typeDraft(QStringLiteral("Two"));
        two.maxPerMember = 2;
        const Id type = f.type(two);
        const Id other = f.type(CardFixture::typeDraft(QStringLiteral("Other"), QStringLiteral("6281")));
        const Id member = f.member(1);
        Result<Card> first = f.cards.issue(f.admin, member, type);
        QVERIFY(first.ok());
        QVERIFY(f.cards.issue(f.admin, member, type).ok());
        Result<Card> third = f.cards.issue(f.admin, member, type);
        QVERIFY(!third);
        QCOMPARE(third.error().code, Error::Code::Conflict);
        QVERIFY(third.error().message.contains(QLatin1String("Two")));
        // Other types and other members are not affected.
        QVERIFY(f.cards.issue(f.admin, member, other).ok());
        QVERIFY(f.cards.issue(f.admin, f.member(2), type).ok());
        // A blocked card is not an active one.
        QVERIFY(f.cards.block(f.admin, first->id, BlockReason::Lost).ok());
        QVERIFY(f.cards.issue(f.admin, member, type).ok());
        // Unblocking it now would make three; replacing the blocked card would too.
        QCOMPARE(f.cards.replace(f.admin, first->id, BlockReason::Lost).error().code, Error::Code::Conflict);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards")), 5);
    }

    void memberAndTypeMustBeUsable_data() { CLUB_ADD_ENGINE_ROWS(); }
    void memberAndTypeMustBeUsable()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType draft = CardFixture::typeDraft(QStringLiteral("Gold"));
        const Id type = f.type(draft);
        QCOMPARE(f.cards.issue(f.admin, 424242, type).error().code, Error::Code::NotFound);
        QCOMPARE(f.cards.issue(f.admin, f.member(1, false), type).error().code, Error::Code::Conflict);
        QCOMPARE(f.cards.issue(f.admin, f.member(2), 424242).error().code, Error::Code::NotFound);
        draft.id = type;
        draft.active = false;
        QVERIFY(f.cards.updateCardType(f.admin, draft).ok());
        QCOMPARE(f.cards.issue(f.admin, f.member(3), type).error().code, Error::Code::Conflict);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards")), 0);
    }

    void expiryFollowsTheType_data() { CLUB_ADD_ENGINE_ROWS(); }
    void expiryFollowsTheType()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType yearly = CardFixture::typeDraft(QStringLiteral("Yearly"));
        yearly.validityMonths = 12;
        const Id expiring = f.type(yearly);
        const Id endless = f.type(CardFixture::typeDraft(QStringLiteral("Forever"), QStringLiteral("6281")));
        const Id member = f.member(1);
        Result<Card> a = f.cards.issue(f.admin, member, expiring);
        QVERIFY(a.ok());
        QCOMPARE(a->expiresOn, QDate(2027, 3, 10));
        QVERIFY(!a->isExpired(QDate(2027, 3, 10)));
        QVERIFY(a->isExpired(QDate(2027, 3, 11)));
        Result<Card> b = f.cards.issue(f.admin, member, endless);
        QVERIFY(b.ok());
        QVERIFY(!b->expiresOn.isValid());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards WHERE expires_at IS NULL")), 1);
        // A replacement keeps the old expiry.
        f.clock.advanceDays(100);
        Result<Card> again = f.cards.replace(f.admin, a->id, BlockReason::Damaged);
        QVERIFY(again.ok());
        QCOMPARE(again->expiresOn, QDate(2027, 3, 10));
    }

    void blankStock_data() { CLUB_ADD_ENGINE_ROWS(); }
    void blankStock()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType stocked = CardFixture::typeDraft(QStringLiteral("Plastic"));
        stocked.trackStock = true;
        stocked.maxPerMember = 0;
        const Id type = f.type(stocked);
        const Id branch = f.admin.branchId;
        const Id member = f.member(1);
        const Actor staff = f.t.actorWithRole(Role::Staff);

        Result<Card> none = f.cards.issue(f.admin, member, type);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::Conflict);
        QCOMPARE(none.error().message, QStringLiteral("No blank cards of this type are left in this branch."));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards")), 0);

        QSignalSpy stockSpy(&f.cards, &CardService::stockChanged);
        QCOMPARE(f.cards.addStock(staff, branch, type, 5, QStringLiteral("delivery")).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(f.cards.addStock(f.admin, branch, type, 0, QStringLiteral("delivery")).error().field,
                 QStringLiteral("quantity"));
        QCOMPARE(f.cards.addStock(f.admin, branch, type, 2, QStringLiteral("  ")).error().field,
                 QStringLiteral("reason"));
        QCOMPARE(f.cards.addStock(f.admin, branch, type, -1, QStringLiteral("broken")).error().code,
                 Error::Code::Conflict);
        QVERIFY(f.cards.addStock(f.admin, branch, type, 3, QStringLiteral("delivery 1404/01")).ok());
        QVERIFY(f.cards.addStock(f.admin, branch, type, -1, QStringLiteral("printed crooked")).ok());
        QCOMPARE(*f.cards.stock(staff, branch, type), 2);
        QCOMPARE(stockSpy.count(), 2);

        Result<Card> one = f.cards.issue(staff, member, type);
        QVERIFY(one.ok());
        QVERIFY(f.cards.issue(staff, member, type).ok());
        QCOMPARE(*f.cards.stock(staff, branch, type), 0);
        QCOMPARE(stockSpy.count(), 4);
        Result<Card> empty = f.cards.issue(staff, member, type);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Conflict);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards")), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_events")), 2);
        // A replacement takes a blank too.
        QCOMPARE(f.cards.replace(staff, one->id, BlockReason::Damaged).error().code, Error::Code::Conflict);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards WHERE status = 'replaced'")), 0);

        // The level is the sum of the movements; each issue names its card.
        QCOMPARE(f.count(QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM card_stock_movements")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_stock_movements WHERE card_id IS NOT NULL")), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT card_id FROM card_stock_movements WHERE delta = -1 AND card_id "
                                        "IS NOT NULL ORDER BY id LIMIT 1")),
                 one->id);
        // Another branch has its own stock.
        QCOMPARE(*f.cards.stock(f.admin, branch + 1000, type), 0);
    }

    void pinRequiredAtIssue_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pinRequiredAtIssue()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType secured = CardFixture::typeDraft(QStringLiteral("Secured"));
        secured.pinRequired = true;
        secured.maxPerMember = 0;
        const Id type = f.type(secured);
        const Id member = f.member(1);

        for (const QString &bad : {QString(), QStringLiteral("  "), QStringLiteral("1234"), QStringLiteral("9999"),
                                   QStringLiteral("12"), QStringLiteral("12ab")}) {
            Result<Card> refused = f.cards.issue(f.admin, member, type, bad);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Invalid);
            QCOMPARE(refused.error().field, QStringLiteral("pin"));
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards")), 0);

        Result<Card> card = f.cards.issue(f.admin, member, type, QStringLiteral("۲۵۸۰"));
        QVERIFY(card.ok());
        QVERIFY(card->hasPin);
        QVERIFY(!card->pinLocked);
        QVERIFY(f.cards.verifyPin(f.admin, card->id, QStringLiteral("2580")).ok());
        QCOMPARE(events(f.cards, f.admin, card->id),
                 (QStringList{QStringLiteral("issued"), QStringLiteral("pin.set")}));
        SqlQuery q(f.db(), QStringLiteral("SELECT pin_hash FROM cards"));
        Result<QVariant> hash = q.scalar();
        QVERIFY(hash.ok());
        QVERIFY(hash->toString().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash->toString().contains(QLatin1String("2580")));

        // A type without a PIN may still get one, and none when not given.
        const Id plain = f.type(CardFixture::typeDraft(QStringLiteral("Plain"), QStringLiteral("6281")));
        QVERIFY(!f.cards.issue(f.admin, member, plain)->hasPin);
    }

    void replacementChain_data() { CLUB_ADD_ENGINE_ROWS(); }
    void replacementChain()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Id type = f.type(CardFixture::typeDraft(QStringLiteral("Gold")));
        const Id member = f.member(1);
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor manager = f.t.actorWithRole(Role::Manager);
        Result<Card> first = f.cards.issue(staff, member, type, QStringLiteral("2580"));
        QVERIFY(first.ok());
        QCOMPARE(f.cards.verifyPin(staff, first->id, QStringLiteral("1470")).error().code, Error::Code::Forbidden);

        QSignalSpy issued(&f.cards, &CardService::cardIssued);
        QSignalSpy changed(&f.cards, &CardService::cardChanged);
        Result<Card> second = f.cards.replace(staff, first->id, BlockReason::Lost, QStringLiteral("left in a taxi"));
        QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().message));
        QCOMPARE(issued.count(), 1);
        QCOMPARE(issued.first().at(0).toLongLong(), second->id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), first->id);

        Result<Card> old = f.cards.card(staff, first->id);
        QVERIFY(old.ok());
        QCOMPARE(old->status, CardStatus::Replaced);
        QCOMPARE(old->blockReason, QStringLiteral("lost: left in a taxi"));
        QVERIFY(second->number != first->number);
        QVERIFY(CardNumber::isValid(second->number));
        QCOMPARE(second->status, CardStatus::Active);
        QCOMPARE(second->sequenceNo, 2);
        QCOMPARE(second->replacesCardId, first->id);
        QCOMPARE(second->memberId, member);
        QCOMPARE(second->cardTypeId, type);
        QCOMPARE(second->accountId, first->accountId);
        // The PIN and its failure count come along.
        QVERIFY(second->hasPin);
        QCOMPARE(second->pinFailures, 1);
        QVERIFY(f.cards.verifyPin(staff, second->id, QStringLiteral("2580")).ok());

        Result<Card> third = f.cards.replace(staff, second->id, BlockReason::Damaged);
        QVERIFY(third.ok());
        QCOMPARE(third->sequenceNo, 3);
        QCOMPARE(third->replacesCardId, second->id);
        QCOMPARE(third->accountId, first->accountId);
        QCOMPARE(f.cards.card(staff, second->id)->blockReason, QStringLiteral("damaged"));

        const QStringList oldEvents = events(f.cards, staff, first->id);
        QCOMPARE(oldEvents.first(), QStringLiteral("issued"));
        QCOMPARE(oldEvents.last(), QStringLiteral("replaced"));
        const QList<CardEvent> oldHistory = *f.cards.history(staff, first->id);
        QVERIFY(oldHistory.last().detail.contains(maskCardNumber(second->number)));
        QVERIFY(!oldHistory.last().detail.contains(second->number));
        QCOMPARE(oldHistory.last().operatorName, staff.fullName);
        QCOMPARE(events(f.cards, staff, second->id),
                 (QStringList{QStringLiteral("replacement"), QStringLiteral("replaced")}));
        QCOMPARE(events(f.cards, staff, third->id), QStringList{QStringLiteral("replacement")});

        // A replaced card is finished: no unblock, block or second replacement.
        QCOMPARE(f.cards.unblock(manager, first->id).error().code, Error::Code::Conflict);
        QCOMPARE(f.cards.block(manager, first->id, BlockReason::Other).error().code, Error::Code::Conflict);
        QCOMPARE(f.cards.replace(manager, first->id, BlockReason::Lost).error().code, Error::Code::Conflict);
        QCOMPARE(f.cards.verifyPin(manager, first->id, QStringLiteral("2580")).error().code, Error::Code::Conflict);

        // A blocked card may be replaced.
        QVERIFY(f.cards.block(staff, third->id, BlockReason::Stolen).ok());
        Result<Card> fourth = f.cards.replace(staff, third->id, BlockReason::Stolen, QStringLiteral("police report"));
        QVERIFY(fourth.ok());
        QCOMPARE(fourth->sequenceNo, 4);
        QCOMPARE(f.cards.card(staff, third->id)->blockReason, QStringLiteral("stolen: police report"));

        Result<QList<Card>> all = f.cards.cardsOfMember(staff, member);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->first().id, fourth->id); // newest first
        QCOMPARE(all->last().id, first->id);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards WHERE status = 'active'")), 1);
    }

    void replacementKeepsTheBalance_data() { CLUB_ADD_ENGINE_ROWS(); }
    void replacementKeepsTheBalance()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Id type = f.type(CardFixture::typeDraft(QStringLiteral("Gold")));
        Result<Card> card = f.cards.issue(f.admin, f.member(1), type);
        QVERIFY(card.ok());
        QVERIFY(f.ledger.earnPoints(f.admin, card->accountId, 750, EarnOptions{}, QStringLiteral("sale-1")).ok());
        Result<Card> fresh = f.cards.replace(f.admin, card->id, BlockReason::Lost);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->accountId, card->accountId);
        Result<AccountBalance> balance = f.ledger.balance(f.admin, fresh->accountId);
        QVERIFY(balance.ok());
        QCOMPARE(balance->points, Points(750));
        QCOMPARE(balance->pointsAvailable, Points(750));
        // Found by its number, the new card leads to the same points.
        Result<Card> found = f.cards.findByNumber(f.admin, fresh->number);
        QVERIFY(found.ok());
        QCOMPARE(f.ledger.balance(f.admin, found->accountId)->points, Points(750));
    }

    void blockUnblockAndRoles_data() { CLUB_ADD_ENGINE_ROWS(); }
    void blockUnblockAndRoles()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Id type = f.type(CardFixture::typeDraft(QStringLiteral("Gold")));
        const Id member = f.member(1);
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor manager = f.t.actorWithRole(Role::Manager);
        const Actor accountant = f.t.actorWithRole(Role::Accountant);

        Result<Card> refused = f.cards.issue(accountant, member, type);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cards")), 0);
        Result<Card> card = f.cards.issue(staff, member, type);
        QVERIFY(card.ok());
        QVERIFY(f.cards.card(accountant, card->id).ok());
        QCOMPARE(f.cards.block(accountant, card->id, BlockReason::Lost).error().code, Error::Code::Forbidden);
        QCOMPARE(f.cards.replace(accountant, card->id, BlockReason::Lost).error().code, Error::Code::Forbidden);

        QSignalSpy changed(&f.cards, &CardService::cardChanged);
        QCOMPARE(f.cards.unblock(manager, card->id).error().code, Error::Code::Conflict); // not blocked
        QVERIFY(f.cards.block(staff, card->id, BlockReason::Stolen, QStringLiteral("  at the gym ")).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toLongLong(), member);
        QCOMPARE(f.cards.card(staff, card->id)->status, CardStatus::Blocked);
        QCOMPARE(f.cards.card(staff, card->id)->blockReason, QStringLiteral("stolen: at the gym"));
        QCOMPARE(f.cards.block(staff, card->id, BlockReason::Lost).error().code, Error::Code::Conflict);

        QCOMPARE(f.cards.unblock(staff, card->id).error().code, Error::Code::Forbidden);
        QCOMPARE(f.cards.card(staff, card->id)->status, CardStatus::Blocked);
        QVERIFY(f.cards.unblock(manager, card->id).ok());
        QCOMPARE(f.cards.card(staff, card->id)->status, CardStatus::Active);
        QCOMPARE(f.cards.card(staff, card->id)->blockReason, QString());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(events(f.cards, staff, card->id),
                 (QStringList{QStringLiteral("issued"), QStringLiteral("blocked"), QStringLiteral("unblocked")}));

        AuditLog audit(f.db());
        Result<QList<AuditEntry>> lines = audit.list(f.admin, QStringLiteral("card"), card->id);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 3);
        QCOMPARE(lines->at(0).action, QStringLiteral("card.unblock"));
        QCOMPARE(lines->at(0).operatorId, manager.operatorId);
        QCOMPARE(lines->at(1).action, QStringLiteral("card.block"));
        QCOMPARE(lines->at(2).action, QStringLiteral("card.issue"));
        QCOMPARE(f.cards.card(Actor{}, card->id).error().code, Error::Code::Forbidden);
    }

    void pinLockout_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pinLockout()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Id type = f.type(CardFixture::typeDraft(QStringLiteral("Gold")));
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor manager = f.t.actorWithRole(Role::Manager);
        Result<Card> card = f.cards.issue(staff, f.member(1), type);
        QVERIFY(card.ok());
        const Id id = card->id;
        QCOMPARE(f.cards.verifyPin(staff, id, QStringLiteral("2580")).error().code, Error::Code::Conflict); // no PIN

        for (const QString &weak :
             {QStringLiteral("1111"), QStringLiteral("4321"), QStringLiteral("۱۲۳۴۵۶"), QStringLiteral("123")}) {
            Status s = f.cards.setPin(staff, id, weak);
            QVERIFY(!s);
            QCOMPARE(s.error().code, Error::Code::Invalid);
            QCOMPARE(s.error().field, QStringLiteral("pin"));
            QVERIFY(!s.error().message.isEmpty());
        }
        QVERIFY(!f.cards.card(staff, id)->hasPin);
        QVERIFY(f.cards.setPin(staff, id, QStringLiteral("2580")).ok());

        // Two wrong tries, each recorded although the call fails; a right one resets.
        for (int i = 1; i <= 2; ++i) {
            Status wrong = f.cards.verifyPin(staff, id, QStringLiteral("0852"));
            QCOMPARE(wrong.error().code, Error::Code::Forbidden);
            QCOMPARE(wrong.error().field, QStringLiteral("pin"));
            QCOMPARE(f.cards.card(staff, id)->pinFailures, i);
        }
        QVERIFY(f.cards.verifyPin(staff, id, QStringLiteral("٢٥٨٠")).ok());
        QCOMPARE(f.cards.card(staff, id)->pinFailures, 0);

        // A wrong current PIN in a change counts as a failure too.
        Status badChange = f.cards.changePin(staff, id, QStringLiteral("0000"), QStringLiteral("3691"));
        QCOMPARE(badChange.error().field, QStringLiteral("currentPin"));
        QCOMPARE(f.cards.changePin(staff, id, QStringLiteral("2580"), QStringLiteral("5555")).error().field,
                 QStringLiteral("newPin"));
        QCOMPARE(f.cards.card(staff, id)->pinFailures, 1);
        QCOMPARE(f.cards.verifyPin(staff, id, QStringLiteral("0852")).error().code, Error::Code::Forbidden);
        QSignalSpy changed(&f.cards, &CardService::cardChanged);
        Status third = f.cards.verifyPin(staff, id, QStringLiteral("0852"));
        QCOMPARE(third.error().code, Error::Code::Locked);
        QCOMPARE(changed.count(), 1);
        QVERIFY(f.cards.card(staff, id)->pinLocked);
        QCOMPARE(f.cards.card(staff, id)->pinFailures, CardService::kMaxPinFailures);

        // Locked: even the right PIN is refused, and staff can neither unlock nor set a new one.
        QCOMPARE(f.cards.verifyPin(staff, id, QStringLiteral("2580")).error().code, Error::Code::Locked);
        QCOMPARE(f.cards.setPin(staff, id, QStringLiteral("3691")).error().code, Error::Code::Locked);
        QCOMPARE(f.cards.changePin(staff, id, QStringLiteral("2580"), QStringLiteral("3691")).error().code,
                 Error::Code::Locked);
        QCOMPARE(f.cards.unlockPin(staff, id).error().code, Error::Code::Forbidden);
        QCOMPARE(f.cards.card(staff, id)->pinFailures, CardService::kMaxPinFailures);
        QVERIFY(events(f.cards, staff, id).contains(QStringLiteral("pin.locked")));

        QVERIFY(f.cards.unlockPin(manager, id).ok());
        QVERIFY(!f.cards.card(staff, id)->pinLocked);
        QCOMPARE(f.cards.card(staff, id)->pinFailures, 0);
        QVERIFY(f.cards.verifyPin(staff, id, QStringLiteral("2580")).ok());
        QVERIFY(f.cards.changePin(staff, id, QStringLiteral("2580"), QStringLiteral("3691")).ok());
        QCOMPARE(f.cards.verifyPin(staff, id, QStringLiteral("2580")).error().code, Error::Code::Forbidden);
        QVERIFY(f.cards.verifyPin(staff, id, QStringLiteral("3691")).ok());

        // The PIN itself is written nowhere but as its hash.
        for (const QString &table : {QStringLiteral("card_events"), QStringLiteral("audit_log")}) {
            const QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table +
                                QStringLiteral(" WHERE detail LIKE '%2580%' OR detail LIKE '%3691%'");
            QCOMPARE(f.count(sql), 0);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card.pin_locked'")), 1);
    }

    void findByNumber_data() { CLUB_ADD_ENGINE_ROWS(); }
    void findByNumber()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Id type = f.type(CardFixture::typeDraft(QStringLiteral("Gold")));
        Result<Card> card = f.cards.issue(f.admin, f.member(1), type);
        QVERIFY(card.ok());
        const QString n = card->number;
        const Actor accountant = f.t.actorWithRole(Role::Accountant);

        const QString spaced = QStringList{n.mid(0, 4), n.mid(4, 4), n.mid(8, 4), n.mid(12, 4)}.join(QLatin1Char(' '));
        const QString dashed = QStringList{n.mid(0, 4), n.mid(4, 4), n.mid(8, 4), n.mid(12, 4)}.join(QLatin1Char('-'));
        for (const QString &typed : {n, spaced, dashed, toPersianDigits(spaced), QString(QChar(0x200E) + dashed)}) {
            Result<Card> found = f.cards.findByNumber(accountant, typed);
            QVERIFY2(found.ok(), qPrintable(typed));
            QCOMPARE(found->id, card->id);
        }
        for (const QString &wrong : {n.left(15), QString(n + QLatin1Char('0')), QString(), QStringLiteral("abc")}) {
            Result<Card> missing = f.cards.findByNumber(accountant, wrong);
            QVERIFY(!missing);
            QCOMPARE(missing.error().code, Error::Code::NotFound);
            QVERIFY(!missing.error().message.isEmpty());
        }
        QCOMPARE(f.cards.findByNumber(Actor{}, n).error().code, Error::Code::Forbidden);
    }

    void auditNeverHoldsAFullNumber_data() { CLUB_ADD_ENGINE_ROWS(); }
    void auditNeverHoldsAFullNumber()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Id type = f.type(CardFixture::typeDraft(QStringLiteral("Gold")));
        Result<Card> card = f.cards.issue(f.admin, f.member(1), type, QStringLiteral("2580"));
        QVERIFY(card.ok());
        QVERIFY(f.cards.block(f.admin, card->id, BlockReason::Lost).ok());
        QVERIFY(f.cards.unblock(f.admin, card->id).ok());
        QVERIFY(!f.cards.verifyPin(f.admin, card->id, QStringLiteral("1470")));
        Result<Card> next = f.cards.replace(f.admin, card->id, BlockReason::Damaged);
        QVERIFY(next.ok());
        QVERIFY(f.cards.setPin(f.admin, next->id, QStringLiteral("3691")).ok());
        QVERIFY(f.cards.unlockPin(f.admin, next->id).ok());

        SqlQuery numbers(f.db(), QStringLiteral("SELECT number FROM cards"));
        QVERIFY(numbers.exec().ok());
        QStringList all;
        while (numbers.next())
            all << numbers.value(0).toString();
        QCOMPARE(all.size(), 2);
        SqlQuery details(f.db(), QStringLiteral("SELECT action, detail FROM audit_log UNION ALL "
                                                "SELECT event, detail FROM card_events"));
        QVERIFY(details.exec().ok());
        int lines = 0;
        bool masked = false;
        while (details.next()) {
            ++lines;
            const QString detail = details.value(1).toString();
            for (const QString &number : all) {
                QVERIFY2(!detail.contains(number), qPrintable(details.value(0).toString()));
                masked = masked || detail.contains(maskCardNumber(number));
            }
        }
        QVERIFY(lines >= 12);
        QVERIFY(masked);
    }
};

QTEST_GUILESS_MAIN(TestCardService)
#include "tst_cardservice.moc"
