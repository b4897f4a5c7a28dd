// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr Money kPrice = 100'000;

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
        accountant = t.actorWithRole(Role::Accountant);
        tv = makeProduct(QStringLiteral("TV"));
        fridge = makeProduct(QStringLiteral("FRIDGE"));
        Result<Member> m = hub.members().create(admin, Club::Test::memberDraft(1));
        member = m ? m->id : kNoId;
        Result<Member> other = hub.members().create(admin, Club::Test::memberDraft(2));
        otherMember = other ? other->id : kNoId;
        warrantyType = makeType(QStringLiteral("Warranty"), CardKind::Warranty, QStringLiteral("6287"));
        loyaltyType = makeType(QStringLiteral("Loyalty"), CardKind::Loyalty, QStringLiteral("6280"));
        if (member != kNoId && warrantyType != kNoId && loyaltyType != kNoId) {
            Result<Card> w = hub.cards().issue(admin, member, warrantyType);
            warrantyCard = w ? w->id : kNoId;
            Result<Card> l = hub.cards().issue(admin, member, loyaltyType);
            loyaltyCard = l ? l->id : kNoId;
        }
    }
    bool ok() const
    {
        return t.ok() && staff.operatorId != kNoId && tv != kNoId && fridge != kNoId && member != kNoId &&
               otherMember != kNoId && warrantyCard != kNoId && loyaltyCard != kNoId;
    }
    Id makeProduct(const QString &code)
    {
        Product d;
        d.code = code;
        d.nameEn = code;
        d.tracksStock = false;
        Result<Product> made = hub.catalog().createProduct(admin, d);
        if (!made || !hub.catalog().setPrice(admin, made->id, kNoId, kPrice, kStart))
            return kNoId;
        return made->id;
    }
    Id makeType(const QString &name, CardKind kind, const QString &prefix)
    {
        CardType d;
        d.name = name;
        d.kind = kind;
        d.prefix = prefix;
        d.maxPerMember = 0;
        Result<CardType> made = hub.cards().createCardType(admin, d);
        return made ? made->id : kNoId;
    }
    Result<Sale> sell(const QString &key)
    {
        QuoteRequest r;
        r.memberId = member;
        r.cardId = loyaltyCard;
        r.lines = {{tv, 1, 0}, {fridge, 1, 0}};
        return hub.sales().commit(staff, r, key);
    }
    Result<Warranty> onProduct(Id product, const QString &serial, int months, const QDateTime &start = {})
    {
        WarrantyDraft d;
        d.productId = product;
        d.memberId = member;
        d.serialNo = serial;
        d.months = months;
        d.startsAt = start;
        return hub.warranties().registerWarranty(staff, d);
    }
    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    Actor accountant;
    ServiceHub hub;
    Id tv = kNoId;
    Id fridge = kNoId;
    Id member = kNoId;
    Id otherMember = kNoId;
    Id warrantyType = kNoId;
    Id loyaltyType = kNoId;
    Id warrantyCard = kNoId;
    Id loyaltyCard = kNoId;
};

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message + QStringLiteral(" / ") + r.error().detail;
}
} // namespace

#define WARRANTY_FIXTURE()                                                                                             \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))

class TestWarranty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registerFromSale_data() { CLUB_ADD_ENGINE_ROWS(); }
    void registerFromSale()
    {
        WARRANTY_FIXTURE();
        QVERIFY(f.hub.warranties().setDefaultMonths(f.admin, f.tv, 18));
        Result<int> months = f.hub.warranties().defaultMonths(f.staff, f.tv);
        QVERIFY(months);
        QCOMPARE(*months, 18);
        f.clock.advanceSecs(3600);
        Result<Sale> sale = f.sell(QStringLiteral("s1"));
        QVERIFY2(sale, qPrintable(why(sale)));
        f.clock.advanceDays(2); // registered afterwards: the warranty still starts at the sale

        WarrantyDraft d;
        d.saleLineId = sale->lines.at(0).id;
        d.serialNo = QStringLiteral("  sn-۱۲۳x ");
        d.cardId = f.warrantyCard;
        Result<Warranty> w = f.hub.warranties().registerWarranty(f.staff, d);
        QVERIFY2(w, qPrintable(why(w)));
        QCOMPARE(w->serialNo, QStringLiteral("SN-123X"));
        QCOMPARE(w->productId, f.tv);
        QCOMPARE(w->memberId, f.member);
        QCOMPARE(w->saleId, sale->id);
        QCOMPARE(w->months, 18);
        QCOMPARE(w->startsAt, sale->createdAt);
        QCOMPARE(w->endsAt, sale->createdAt.addMonths(18));
        QCOMPARE(w->status, WarrantyStatus::Active);
        QCOMPARE(w->cardId, f.warrantyCard);
        QVERIFY(w->events.isEmpty());

        // The fridge has no default: the period must be given, then it is the one given.
        WarrantyDraft fridge;
        fridge.saleLineId = sale->lines.at(1).id;
        fridge.serialNo = QStringLiteral("F-1");
        Result<Warranty> noMonths = f.hub.warranties().registerWarranty(f.staff, fridge);
        QVERIFY(!noMonths);
        QCOMPARE(noMonths.error().field, QStringLiteral("months"));
        fridge.months = 6;
        fridge.cardId = f.loyaltyCard; // on the member's own card
        Result<Warranty> onCard = f.hub.warranties().registerWarranty(f.staff, fridge);
        QVERIFY2(onCard, qPrintable(why(onCard)));
        QCOMPARE(onCard->months, 6);

        // A swipe of the warranty card finds its own warranty; the member's card all of them.
        Result<QList<Warranty>> byWarrantyCard = f.hub.warranties().ofCard(f.staff, f.warrantyCard);
        QVERIFY(byWarrantyCard);
        QCOMPARE(byWarrantyCard->size(), 1);
        QCOMPARE(byWarrantyCard->first().id, w->id);
        Result<QList<Warranty>> byMemberCard = f.hub.warranties().ofCard(f.staff, f.loyaltyCard);
        QVERIFY(byMemberCard);
        QCOMPARE(byMemberCard->size(), 2);
        // Search by serial (any case, Persian digits) and by the card's number.
        Result<QList<Warranty>> found = f.hub.warranties().search(f.staff, QStringLiteral("n-۱۲"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, w->id);
        Result<Card> card = f.hub.cards().card(f.admin, f.warrantyCard);
        QVERIFY(card);
        found = f.hub.warranties().search(f.staff, card->number);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);

        // A card of another member is refused.
        WarrantyDraft wrongCard;
        wrongCard.productId = f.tv;
        wrongCard.memberId = f.otherMember;
        wrongCard.serialNo = QStringLiteral("X-9");
        wrongCard.cardId = f.warrantyCard;
        Result<Warranty> refused = f.hub.warranties().registerWarranty(f.staff, wrongCard);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("cardId"));
        // No start in the future for an item sold before the club.
        Result<Warranty> future = f.onProduct(f.tv, QStringLiteral("X-10"), 12, f.clock.nowUtc().addDays(1));
        QVERIFY(!future);
        QCOMPARE(future.error().field, QStringLiteral("startsAt"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM warranties")), 2);
    }

    void duplicateSerialRefused_data() { CLUB_ADD_ENGINE_ROWS(); }
    void duplicateSerialRefused()
    {
        WARRANTY_FIXTURE();
        Result<Warranty> first = f.onProduct(f.tv, QStringLiteral("abc-1"), 12);
        QVERIFY2(first, qPrintable(why(first)));
        const qint64 rows = f.count(QStringLiteral("SELECT COUNT(*) FROM warranties"));
        const qint64 audit = f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        // The same serial typed differently is the same serial.
        Result<Warranty> again = f.onProduct(f.tv, QStringLiteral(" ABC-1"), 24);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Duplicate);
        QCOMPARE(again.error().field, QStringLiteral("serialNo"));
        QCOMPARE(again.error().relatedId, first->id);
        QVERIFY(again.error().message.contains(QStringLiteral("ABC-1")));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM warranties")), rows);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        // Another product may carry the same serial.
        Result<Warranty> otherProduct = f.onProduct(f.fridge, QStringLiteral("ABC-1"), 12);
        QVERIFY2(otherProduct, qPrintable(why(otherProduct)));
        Result<Warranty> empty = f.onProduct(f.fridge, QStringLiteral("   "), 12);
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, QStringLiteral("serialNo"));
    }

    void eventsAndDerivedStatus_data() { CLUB_ADD_ENGINE_ROWS(); }
    void eventsAndDerivedStatus()
    {
        WARRANTY_FIXTURE();
        Result<Warranty> w = f.onProduct(f.tv, QStringLiteral("S1"), 12, kStart.addDays(-10));
        QVERIFY2(w, qPrintable(why(w)));
        WarrantyService &ws = f.hub.warranties();
        auto status = [&] { return ws.warranty(f.staff, w->id)->status; };
        QCOMPARE(status(), WarrantyStatus::Active);

        // Workshop steps need the item received first.
        Result<WarrantyEvent> early = ws.logEvent(f.staff, w->id, WarrantyEventKind::Repaired, {});
        QVERIFY(!early);
        QCOMPARE(early.error().code, Error::Code::Conflict);

        f.clock.advanceSecs(60);
        QVERIFY(ws.logEvent(f.staff, w->id, WarrantyEventKind::Received, QStringLiteral("screen flickers")));
        QCOMPARE(status(), WarrantyStatus::InService);
        Result<WarrantyEvent> twice = ws.logEvent(f.staff, w->id, WarrantyEventKind::Received, {});
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        f.clock.advanceSecs(60);
        QVERIFY(ws.logEvent(f.staff, w->id, WarrantyEventKind::Diagnosed, QStringLiteral("power board")));
        f.clock.advanceSecs(60);
        QVERIFY(ws.logEvent(f.staff, w->id, WarrantyEventKind::Repaired, {}));
        QCOMPARE(status(), WarrantyStatus::InService);
        // Not dated before the last event, nor in the future.
        Result<WarrantyEvent> backdated =
            ws.logEvent(f.staff, w->id, WarrantyEventKind::Returned, {}, f.clock.nowUtc().addSecs(-120));
        QVERIFY(!backdated);
        QCOMPARE(backdated.error().field, QStringLiteral("at"));
        Result<WarrantyEvent> future =
            ws.logEvent(f.staff, w->id, WarrantyEventKind::Returned, {}, f.clock.nowUtc().addDays(1));
        QVERIFY(!future);
        f.clock.advanceSecs(60);
        QVERIFY(ws.logEvent(f.staff, w->id, WarrantyEventKind::Returned, {}));
        QCOMPARE(status(), WarrantyStatus::Active);

        Result<Warranty> full = ws.warranty(f.staff, w->id);
        QVERIFY(full);
        QCOMPARE(full->events.size(), 4);
        QCOMPARE(full->events.at(0).kind, WarrantyEventKind::Received);
        QCOMPARE(full->events.at(0).note, QStringLiteral("screen flickers"));
        QCOMPARE(full->events.at(0).operatorId, f.staff.operatorId);
        QCOMPARE(full->events.at(1).kind, WarrantyEventKind::Diagnosed);
        QCOMPARE(full->events.at(3).kind, WarrantyEventKind::Returned);

        // The period ends: expired; service after it is still logged.
        f.clock.set(w->endsAt.addSecs(1));
        QCOMPARE(status(), WarrantyStatus::Expired);
        QVERIFY(ws.logEvent(f.staff, w->id, WarrantyEventKind::Received, {}));
        QCOMPARE(status(), WarrantyStatus::InService);
        f.clock.advanceSecs(60);
        QVERIFY(ws.logEvent(f.staff, w->id, WarrantyEventKind::Replaced, QStringLiteral("new unit")));
        QCOMPARE(status(), WarrantyStatus::Replaced);
        const qint64 events = f.count(QStringLiteral("SELECT COUNT(*) FROM warranty_events"));
        Result<WarrantyEvent> after = ws.logEvent(f.staff, w->id, WarrantyEventKind::Received, {});
        QVERIFY(!after);
        QCOMPARE(after.error().code, Error::Code::Conflict);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM warranty_events")), events);

        // Append only, whatever program asks.
        SqlQuery edit(f.t.db(), QStringLiteral("UPDATE warranty_events SET note = 'x'"));
        QVERIFY(!edit.exec());
        SqlQuery drop(f.t.db(), QStringLiteral("DELETE FROM warranties"));
        QVERIFY(!drop.exec());
    }

    void expiringList_data() { CLUB_ADD_ENGINE_ROWS(); }
    void expiringList()
    {
        WARRANTY_FIXTURE();
        // 12-month warranties that started long enough ago to end in about 10, 40 and 100 days.
        const QDateTime now = f.clock.nowUtc();
        Result<Warranty> soon = f.onProduct(f.tv, QStringLiteral("A"), 12, now.addMonths(-12).addDays(10));
        Result<Warranty> later = f.onProduct(f.tv, QStringLiteral("B"), 12, now.addMonths(-12).addDays(40));
        Result<Warranty> far = f.onProduct(f.tv, QStringLiteral("C"), 12, now.addMonths(-12).addDays(100));
        Result<Warranty> ended = f.onProduct(f.tv, QStringLiteral("D"), 12, now.addMonths(-12).addDays(-1));
        Result<Warranty> replaced = f.onProduct(f.fridge, QStringLiteral("E"), 12, now.addMonths(-12).addDays(5));
        QVERIFY(soon && later && far && ended && replaced);
        QVERIFY(f.hub.warranties().logEvent(f.staff, replaced->id, WarrantyEventKind::Replaced, {}));

        Result<QList<Warranty>> month = f.hub.warranties().expiring(f.staff, 30);
        QVERIFY2(month, qPrintable(why(month)));
        QCOMPARE(month->size(), 1);
        QCOMPARE(month->first().id, soon->id);
        Result<QList<Warranty>> two = f.hub.warranties().expiring(f.staff, 60);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).id, soon->id); // soonest first
        QCOMPARE(two->at(1).id, later->id);
        QCOMPARE(two->at(1).memberId, f.member);
        QVERIFY(!two->at(1).memberName.isEmpty());
        QCOMPARE(two->at(1).productName, QStringLiteral("TV"));
        QVERIFY(!f.hub.warranties().expiring(f.staff, -1));
    }

    void permissions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void permissions()
    {
        WARRANTY_FIXTURE();
        WarrantyDraft d;
        d.productId = f.tv;
        d.memberId = f.member;
        d.serialNo = QStringLiteral("P-1");
        d.months = 12;
        Result<Warranty> byAccountant = f.hub.warranties().registerWarranty(f.accountant, d);
        QVERIFY(!byAccountant);
        QCOMPARE(byAccountant.error().code, Error::Code::Forbidden);
        Result<Warranty> w = f.hub.warranties().registerWarranty(f.staff, d);
        QVERIFY2(w, qPrintable(why(w)));
        Result<WarrantyEvent> event = f.hub.warranties().logEvent(f.accountant, w->id, WarrantyEventKind::Received, {});
        QVERIFY(!event);
        QCOMPARE(event.error().code, Error::Code::Forbidden);
        QCOMPARE(f.hub.warranties().warranty(f.accountant, w->id).error().code, Error::Code::Forbidden);
        QCOMPARE(f.hub.warranties().expiring(f.accountant, 30).error().code, Error::Code::Forbidden);
        // A product's default period is catalog data: managers, not staff.
        Status byStaff = f.hub.warranties().setDefaultMonths(f.staff, f.tv, 12);
        QVERIFY(!byStaff);
        QCOMPARE(byStaff.error().code, Error::Code::Forbidden);
        QVERIFY(f.hub.warranties().setDefaultMonths(f.t.actorWithRole(Role::Manager), f.tv, 12));
    }
};

QTEST_GUILESS_MAIN(TestWarranty)
#include "tst_warranty.moc"
