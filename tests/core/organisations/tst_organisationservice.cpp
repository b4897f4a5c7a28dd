// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr Money kPrice = 100'000;
const QString kPin = QStringLiteral("4826");

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message + QStringLiteral(" / ") + r.error().detail;
}

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
        manager = t.actorWithRole(Role::Manager);
        Result<Warehouse> w = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        Product d;
        d.code = QStringLiteral("P1");
        d.nameEn = QStringLiteral("P1");
        Result<Product> made = hub.catalog().createProduct(admin, d);
        product = made ? made->id : kNoId;
        if (!w || product == kNoId || !hub.catalog().setPrice(admin, product, kNoId, kPrice, kStart))
            product = kNoId;
        CardType type;
        type.name = QStringLiteral("Organisation credit");
        type.kind = CardKind::Credit;
        type.prefix = QStringLiteral("6281");
        type.pinRequired = true;
        type.maxPerMember = 0;
        Result<CardType> ct = hub.cards().createCardType(admin, type);
        creditType = ct ? ct->id : kNoId;
        for (int i = 0; i < 3; ++i) {
            Result<Member> m = hub.members().create(admin, Club::Test::memberDraft(i + 1));
            members << (m ? m->id : kNoId);
            if (m && creditType != kNoId) {
                Result<Card> c = hub.cards().issue(admin, m->id, creditType, kPin);
                cards << (c ? c->id : kNoId);
            }
        }
    }
    bool ok() const
    {
        return t.ok() && admin.operatorId != kNoId && staff.operatorId != kNoId && product != kNoId &&
               creditType != kNoId && cards.size() == 3 && !members.contains(kNoId) && !cards.contains(kNoId);
    }
    Result<Organisation> makeOrg(const QString &name)
    {
        Organisation o;
        o.name = name;
        o.kind = OrganisationKind::University;
        o.contactEmail = QStringLiteral("hr@Example.ORG");
        return hub.organisations().create(manager, o);
    }
    QuoteRequest basket(int member, qint64 qty, Money credit)
    {
        QuoteRequest r;
        r.memberId = members.at(member);
        r.lines = {{product, qty, 0}};
        r.credit = credit;
        r.tenderCardId = cards.at(member);
        return r;
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    Actor manager;
    ServiceHub hub;
    Id product = kNoId;
    Id creditType = kNoId;
    QList<Id> members;
    QList<Id> cards;
};
} // namespace

#define ORG_FIXTURE()                                                                                                  \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))

class TestOrganisationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createEditPermissions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void createEditPermissions()
    {
        ORG_FIXTURE();
        QSignalSpy changed(&f.hub.organisations(), &OrganisationService::organisationsChanged);
        Organisation draft;
        draft.name = QStringLiteral("Tehran University");
        QCOMPARE(f.hub.organisations().create(f.staff, draft).error().code, Error::Code::Forbidden);
        draft.name = QStringLiteral("  ");
        QCOMPARE(f.hub.organisations().create(f.manager, draft).error().field, QStringLiteral("name"));
        draft.name = QStringLiteral("Uni");
        draft.contactEmail = QStringLiteral("not an email");
        QCOMPARE(f.hub.organisations().create(f.manager, draft).error().field, QStringLiteral("contactEmail"));

        // Arabic letters are stored as Persian ones.
        Result<Organisation> org = f.makeOrg(QStringLiteral("دانشگاه كرج"));
        QVERIFY2(org, qPrintable(why(org)));
        QCOMPARE(org->name, QStringLiteral("دانشگاه کرج"));
        QCOMPARE(org->kind, OrganisationKind::University);
        QCOMPARE(org->contactEmail, QStringLiteral("hr@example.org"));
        QCOMPARE(changed.count(), 1);
        Result<Organisation> twin = f.makeOrg(QStringLiteral("دانشگاه کرج"));
        QVERIFY(!twin);
        QCOMPARE(twin.error().code, Error::Code::Duplicate);

        // Staff read; a deactivated one leaves the default list.
        QCOMPARE(f.hub.organisations().list(f.staff)->size(), 1);
        Organisation edited = *org;
        edited.kind = OrganisationKind::Bank;
        edited.active = false;
        QCOMPARE(f.hub.organisations().update(f.staff, edited).error().code, Error::Code::Forbidden);
        QVERIFY(f.hub.organisations().update(f.manager, edited));
        QCOMPARE(f.hub.organisations().list(f.staff)->size(), 0);
        const QList<Organisation> all = *f.hub.organisations().list(f.staff, true);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().kind, OrganisationKind::Bank);
        QVERIFY(!all.first().active);
    }

    void membership_data() { CLUB_ADD_ENGINE_ROWS(); }
    void membership()
    {
        ORG_FIXTURE();
        Result<Organisation> a = f.makeOrg(QStringLiteral("Bank Melli"));
        Result<Organisation> b = f.makeOrg(QStringLiteral("Teachers Union"));
        QVERIFY(a && b);
        const Id m0 = f.members.at(0);
        QCOMPARE(f.hub.organisations().addMember(f.staff, a->id, m0, QStringLiteral("1")).error().code,
                 Error::Code::Forbidden);
        QVERIFY(f.hub.organisations().addMember(f.manager, a->id, m0, QStringLiteral("۱۲۳۴")));
        QVERIFY(f.hub.organisations().addMember(f.manager, b->id, m0, QStringLiteral("T-9")));
        QCOMPARE(f.hub.organisations().addMember(f.manager, a->id, m0, {}).error().code, Error::Code::Duplicate);
        QCOMPARE(f.hub.organisations().addMember(f.manager, a->id, 999'999, {}).error().code, Error::Code::NotFound);

        // A member may belong to several organisations.
        const QList<OrganisationMembership> of = *f.hub.organisations().organisationsOf(f.staff, m0);
        QCOMPARE(of.size(), 2);
        QCOMPARE(of.at(0).organisationName, QStringLiteral("Bank Melli"));
        QCOMPARE(of.at(0).staffNumber, QStringLiteral("1234"));
        QCOMPARE(of.at(0).joinedOn, kStart.toLocalTime().date());
        QCOMPARE(f.hub.organisations().organisation(f.staff, a->id)->memberCount, 1);

        // Ending keeps the row (with its dates); joining again reopens it.
        f.clock.advanceDays(3);
        QVERIFY(f.hub.organisations().endMembership(f.manager, a->id, m0));
        QCOMPARE(f.hub.organisations().members(f.staff, a->id)->size(), 0);
        const QList<OrganisationMembership> ended = *f.hub.organisations().members(f.staff, a->id, true);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().leftOn, f.clock.nowUtc().toLocalTime().date());
        QCOMPARE(f.hub.organisations().endMembership(f.manager, a->id, m0).error().code, Error::Code::NotFound);
        QVERIFY(f.hub.organisations().addMember(f.manager, a->id, m0, QStringLiteral("77")));
        const QList<OrganisationMembership> again = *f.hub.organisations().members(f.staff, a->id);
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first().current());
        QCOMPARE(again.first().staffNumber, QStringLiteral("77"));
    }

    void fundedCreditStatement_data() { CLUB_ADD_ENGINE_ROWS(); }
    void fundedCreditStatement()
    {
        ORG_FIXTURE();
        Result<Organisation> org = f.makeOrg(QStringLiteral("Iran Khodro"));
        QVERIFY(org);
        for (int i = 0; i < 3; ++i)
            QVERIFY(f.hub.organisations().addMember(f.manager, org->id, f.members.at(i), QString::number(100 + i)));
        // Members 0 and 1 are funded by the organisation; member 2 only belongs.
        QCOMPARE(f.hub.organisations().setFundedCredit(f.staff, org->id, f.members.at(0), 3 * kPrice).error().code,
                 Error::Code::Forbidden);
        QVERIFY(f.hub.organisations().setFundedCredit(f.manager, org->id, f.members.at(0), 3 * kPrice));
        QVERIFY(f.hub.organisations().setFundedCredit(f.manager, org->id, f.members.at(1), 2 * kPrice));
        QCOMPARE(f.hub.credit().limit(f.staff, f.members.at(0))->limit, 3 * kPrice);
        QCOMPARE(f.hub.credit().limit(f.staff, f.members.at(2))->limit, 0);

        // The per-person limit holds at the desk.
        Result<Sale> s0 = f.hub.sales().commit(f.staff, f.basket(0, 2, 2 * kPrice), QStringLiteral("s0"), kPin);
        QVERIFY2(s0, qPrintable(why(s0)));
        Result<Sale> over = f.hub.sales().commit(f.staff, f.basket(1, 3, 3 * kPrice), QStringLiteral("s1"), kPin);
        QVERIFY(!over);
        QCOMPARE(over.error().code, Error::Code::InsufficientFunds);
        Result<Sale> s1 = f.hub.sales().commit(f.staff, f.basket(1, 1, kPrice), QStringLiteral("s1b"), kPin);
        QVERIFY2(s1, qPrintable(why(s1)));
        Result<SaleReturn> back =
            f.hub.sales().returnSale(f.staff, s0->id, {{s0->lines.first().id, 1}}, QStringLiteral("r0"));
        QVERIFY2(back, qPrintable(why(back)));

        // Next month's purchase is not in this month's statement.
        f.clock.advanceDays(30);
        Result<Sale> later = f.hub.sales().commit(f.staff, f.basket(1, 1, kPrice), QStringLiteral("s2"), kPin);
        QVERIFY2(later, qPrintable(why(later)));

        const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
        Result<OrganisationStatement> st = f.hub.organisations().statement(f.manager, org->id, from, to);
        QVERIFY2(st, qPrintable(why(st)));
        QCOMPARE(st->rows.size(), 2); // the unfunded member is not the organisation's
        const OrganisationStatementRow r0 = st->rows.at(0).memberId == f.members.at(0) ? st->rows.at(0) : st->rows.at(1);
        const OrganisationStatementRow r1 = st->rows.at(0).memberId == f.members.at(0) ? st->rows.at(1) : st->rows.at(0);
        QCOMPARE(r0.purchases, 2 * kPrice);
        QCOMPARE(r0.returns, kPrice);
        QCOMPARE(r0.total, kPrice);
        QCOMPARE(r0.staffNumber, QStringLiteral("100"));
        QCOMPARE(r1.purchases, kPrice);
        QCOMPARE(r1.returns, 0);
        QCOMPARE(st->purchases, 3 * kPrice);
        QCOMPARE(st->returns, kPrice);
        QCOMPARE(st->total, 2 * kPrice);

        const QByteArray csv = OrganisationService::statementCsv(
            *st, {QStringLiteral("Name"), QStringLiteral("Staff number"), QStringLiteral("Purchases"),
                  QStringLiteral("Returns"), QStringLiteral("Total")});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "Name,Staff number,Purchases,Returns,Total\r\n"));
        QVERIFY(csv.endsWith(",,300000,100000,200000\r\n"));

        // A member who leaves is no longer funded: the limit ends with the membership.
        QVERIFY(f.hub.organisations().endMembership(f.manager, org->id, f.members.at(1)));
        QCOMPARE(f.hub.credit().limit(f.staff, f.members.at(1))->limit, 0);
        QCOMPARE(f.hub.organisations().setFundedCredit(f.manager, org->id, f.members.at(1), kPrice).error().code,
                 Error::Code::NotFound);
    }

    void discountForOrganisationMembers_data() { CLUB_ADD_ENGINE_ROWS(); }
    void discountForOrganisationMembers()
    {
        ORG_FIXTURE();
        Result<Organisation> org = f.makeOrg(QStringLiteral("Sharif University"));
        QVERIFY(org);
        Rule d;
        d.name = QStringLiteral("Sharif 10 %");
        d.family = RuleFamily::Discount;
        d.discountTarget = DiscountTarget::Product;
        d.productId = f.product;
        d.basisPoints = 1000;
        d.organisationId = org->id;
        Result<Rule> rule = f.hub.rules().create(f.admin, d);
        QVERIFY2(rule, qPrintable(why(rule)));
        QCOMPARE(f.hub.rules().rule(f.admin, rule->id)->organisationId, org->id); // stored and read back
        QVERIFY(f.hub.organisations().addMember(f.manager, org->id, f.members.at(0), {}));

        Result<SaleQuote> member = f.hub.sales().quote(f.staff, f.basket(0, 1, 0));
        QVERIFY2(member, qPrintable(why(member)));
        QCOMPARE(member->quote.discount, kPrice / 10);
        Result<SaleQuote> other = f.hub.sales().quote(f.staff, f.basket(1, 1, 0));
        QVERIFY(other);
        QCOMPARE(other->quote.discount, 0);
        // Leaving the organisation ends the discount.
        QVERIFY(f.hub.organisations().endMembership(f.manager, org->id, f.members.at(0)));
        QCOMPARE(f.hub.sales().quote(f.staff, f.basket(0, 1, 0))->quote.discount, 0);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationService)
#include "tst_organisationservice.moc"
