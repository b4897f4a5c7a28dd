// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "DemoLists.h"
#include "DemoPlan.h"
#include "DemoShop.h"
#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QElapsedTimer>
#include <QHash>

namespace Club::Core {

namespace {

using namespace Demo;

// One generate() call: its own services on a clock that walks from the club's opening to
// now. Each member joins at its own time; the member's cards and history are then
// written with the clock set to each moment in turn, all in one database transaction.
class Runner
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    Runner(Database &db, const Actor &actor, quint32 seed, const Lists &lists, const Plan &plan)
        : m_db(db)
        , m_actor(actor)
        , m_seed(seed)
        , m_lists(lists)
        , m_plan(plan)
        , m_clock(plan.start)
        , m_ledger(db, m_clock)
        , m_members(db, m_ledger, m_clock)
        , m_cards(db, m_clock)
    {}

    Status run(const DemoDataGenerator::Progress &progress);

private:
    // What the runner knows about the member it is writing.
    struct Current
    {
        Id memberId = kNoId;
        Id accountId = kNoId;
        Id loyaltyCardId = kNoId;
        Id giftCardId = kNoId;
    };

    Status checkEmptyStore();
    Status openClub();
    Status openGroups();
    Status openCardTypes();
    Status addMember(int index);
    Status joinClub(const Person &p, Current &c);
    Status play(const Event &e, Current &c);
    Status earn(Id accountId,
                Points points,
                const QString &kind,
                const QDateTime &expiresAt,
                const QString &reference = {},
                const QDateTime &availableAt = {});
    Result<Points> available(Id accountId);
    Result<Id> issue(Id memberId, CardKind kind, const QString &pin = {});
    QString nextKey() { return QStringLiteral("demo:%1:%2").arg(m_seed).arg(++m_postings); }

    Database &m_db;
    const Actor &m_actor;
    const quint32 m_seed;
    const Lists &m_lists;
    const Plan &m_plan;
    ManualClock m_clock;
    LedgerService m_ledger;
    MemberService m_members;
    CardService m_cards;
    QHash<QString, Id> m_groupIds; // by GroupSpec::key
    QHash<int, Id> m_cardTypeIds;  // by CardKind
    QList<Id> m_memberIds;         // by plan index
    qint64 m_postings = 0;
};

Status Runner::run(const DemoDataGenerator::Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const int total = int(m_plan.people.size());
    qCInfo(lcDemo) << "loading demo data:" << total << "members, seed" << m_seed << "from"
                   << m_plan.start.toString(Qt::ISODate);
    if (Status s = checkEmptyStore(); !s)
        return s;
    if (Status s = openClub(); !s)
        return s;
    Result<Shop> shop = openShop(m_db, m_actor, m_clock, m_seed, m_plan.start, m_plan.end);
    if (!shop)
        return shop.error();
    qCInfo(lcDemo) << "demo shop:" << shop->productIds.size() << "products," << shop->giftIds.size() << "gifts in"
                   << timer.elapsed() << "ms";

    int done = 0;
    while (done < total) {
        if (Status s = addMember(done); !s) {
            qCWarning(lcDemo) << "demo data stopped at member" << done + 1 << "of" << total << ":" << s.error().detail;
            return s;
        }
        ++done;
        if (done % 50 == 0)
            qCInfo(lcDemo) << "demo data:" << done << "of" << total << "members";
        if (progress && !progress(done, total)) {
            qCInfo(lcDemo) << "demo data cancelled after" << done << "members";
            break;
        }
    }

    // The shop's sales come after the members, on a clock walking forward from the opening;
    // a member buys only after joining.
    QList<Customer> customers;
    for (int i = 0; i < done; ++i)
        customers << Customer{m_memberIds.at(i), m_plan.people.at(i).joinedAt};
    const int months = int(std::max<qint64>(1, m_plan.start.daysTo(m_plan.end) / 30));
    Result<SalesDone> sold = playSales(m_db, m_actor, m_clock, m_ledger, m_members, m_cards, m_seed, *shop, customers,
                                       m_plan.start, m_plan.end, std::clamp(total / 5, 20, 150));
    if (!sold)
        return sold.error();
    qCInfo(lcDemo) << "demo sales:" << sold->sales << "sales," << sold->returns << "returns over" << months
                   << "months in" << timer.elapsed() << "ms";

    // Whatever expired on the way expires now, so no balance shows points past their date.
    m_clock.set(m_plan.end);
    Result<int> expired = m_ledger.expirePoints(m_actor, m_plan.end);
    if (!expired)
        return expired.error();
    qCInfo(lcDemo) << "demo data loaded:" << done << "members," << m_postings << "postings," << *expired
                   << "expired lots in" << timer.elapsed() << "ms";
    return {};
}

// The wizard offers demo data for a new store; mixed into real members it would only
// confuse, and the same seed's idempotency keys would replay instead of posting.
Status Runner::checkEmptyStore()
{
    Result<QList<MemberSummary>> existing = m_members.search(m_actor, QString(), 1, true);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error::make(Error::Code::Conflict, tr("Demo data can only be loaded into a store without members."));
    return {};
}

Status Runner::openClub()
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = openGroups(); !s)
        return s;
    if (Status s = openCardTypes(); !s)
        return s;
    return tx.commit();
}

// Groups and card types the store already has (by name) are used as they are.
Status Runner::openGroups()
{
    Result<QList<MemberGroup>> existing = m_members.groups(m_actor);
    if (!existing)
        return existing.error();
    for (const GroupSpec &spec : m_lists.groups) {
        Id id = kNoId;
        for (const MemberGroup &g : *existing) {
            if (g.name == spec.name)
                id = g.id;
        }
        if (id == kNoId) {
            Result<MemberGroup> created = m_members.createGroup(m_actor, spec.name, spec.description);
            if (!created)
                return created.error();
            id = created->id;
        }
        m_groupIds.insert(spec.key, id);
    }
    return {};
}

Status Runner::openCardTypes()
{
    Result<QList<CardType>> existing = m_cards.cardTypes(m_actor, true);
    if (!existing)
        return existing.error();
    for (const CardTypeSpec &spec : m_lists.cardTypes) {
        CardType type = spec.type;
        bool found = false;
        for (const CardType &t : *existing) {
            if (t.name == spec.type.name && t.kind == spec.type.kind) {
                type = t;
                found = true;
            }
        }
        if (!found) {
            Result<CardType> created = m_cards.createCardType(m_actor, spec.type);
            if (!created)
                return created.error();
            type = *created;
        }
        m_cardTypeIds.insert(int(type.kind), type.id);
        const qint64 blanks = m_plan.cardsOfKind(type.kind) + spec.spareStock;
        if (type.trackStock && blanks > 0) {
            if (Status s = m_cards.addStock(m_actor, m_actor.branchId, type.id, blanks,
                                            m_lists.phrase(QStringLiteral("stock")).constFirst());
                !s)
                return s;
        }
    }
    return {};
}

Status Runner::addMember(int index)
{
    const Person &p = m_plan.people[index];
    m_clock.set(p.joinedAt);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Current c;
    if (Status s = joinClub(p, c); !s)
        return s;
    for (const Event &e : p.events) {
        m_clock.set(e.at);
        if (Status s = play(e, c); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_memberIds.append(c.memberId);
    return {};
}

// The counter at the day of joining: registration, groups, cards, welcome points, the
// referrer's reward and, for a relative, joining the family's account.
Status Runner::joinClub(const Person &p, Current &c)
{
    Member draft = p.draft;
    draft.referrerId = p.referrer >= 0 ? m_memberIds[p.referrer] : kNoId;
    draft.branchId = m_actor.branchId;
    Result<Member> created = m_members.create(m_actor, draft);
    if (!created)
        return created.error();
    c.memberId = created->id;
    c.accountId = created->accountId;

    QList<Id> groups;
    for (const QString &key : p.groupKeys) {
        if (m_groupIds.contains(key))
            groups.append(m_groupIds.value(key));
    }
    if (!groups.isEmpty()) {
        if (Status s = m_members.setMemberGroups(m_actor, c.memberId, groups); !s)
            return s;
    }

    Result<Id> loyalty = issue(c.memberId, CardKind::Loyalty);
    if (!loyalty)
        return loyalty.error();
    c.loyaltyCardId = *loyalty;
    if (Status s =
            earn(c.accountId, kSignupPoints, QStringLiteral("signup"), p.joinedAt.addMonths(kSignupExpiryMonths));
        !s)
        return s;

    if (p.referrer >= 0) {
        Result<Member> referrer = m_members.member(m_actor, m_memberIds[p.referrer]);
        if (!referrer)
            return referrer.error();
        if (Status s = earn(referrer->accountId, kReferralPoints, QStringLiteral("referral"),
                            p.joinedAt.addMonths(kEarnExpiryMonths));
            !s)
            return s;
    }

    if (p.familyHead >= 0) {
        if (Status s = m_members.joinFamily(m_actor, c.memberId, m_memberIds[p.familyHead]); !s)
            return s;
        Result<Member> joined = m_members.member(m_actor, c.memberId);
        if (!joined)
            return joined.error();
        c.accountId = joined->accountId;
    }

    if (p.discountCard) {
        if (Result<Id> card = issue(c.memberId, CardKind::Discount); !card)
            return card.error();
    }
    if (!p.creditPin.isEmpty()) {
        if (Result<Id> card = issue(c.memberId, CardKind::Credit, p.creditPin); !card)
            return card.error();
    }
    return {};
}

Status Runner::play(const Event &e, Current &c)
{
    switch (e.kind) {
    case EventKind::Purchase:
        return earn(c.accountId, e.amount, QStringLiteral("earn"), e.at.addMonths(kEarnExpiryMonths), e.reference,
                    e.availableAt);
    case EventKind::Birthday:
        return earn(c.accountId, e.amount, QStringLiteral("birthday"), e.at.addMonths(kBirthdayExpiryMonths));
    case EventKind::Redeem: {
        Result<Points> can = available(c.accountId);
        if (!can)
            return can.error();
        const Points points = std::min(e.amount, *can);
        if (points < kMinRedeemPoints)
            return {};
        Result<PostResult> spent = m_ledger.spendPoints(m_actor, c.accountId, points, e.reference, nextKey());
        return spent ? Status() : Status(spent.error());
    }
    case EventKind::Adjust: {
        Points delta = e.amount;
        QDateTime expiresAt = e.at.addMonths(kEarnExpiryMonths);
        if (delta < 0) {
            Result<Points> can = available(c.accountId);
            if (!can)
                return can.error();
            delta = -std::min(-delta, *can);
            expiresAt = QDateTime();
        }
        if (delta == 0)
            return {};
        Result<PostResult> adjusted = m_ledger.adjustPoints(m_actor, c.accountId, delta, e.text, nextKey(), expiresAt);
        return adjusted ? Status() : Status(adjusted.error());
    }
    case EventKind::GiftCard: {
        Result<Id> card = issue(c.memberId, CardKind::Gift);
        if (!card)
            return card.error();
        c.giftCardId = *card;
        Result<Card> issued = m_cards.card(m_actor, *card);
        if (!issued)
            return issued.error();
        Result<PostResult> charged =
            m_ledger.chargeStoredValue(m_actor, c.accountId, e.amount, maskCardNumber(issued->number), nextKey());
        return charged ? Status() : Status(charged.error());
    }
    case EventKind::GiftSpend: {
        Result<PostResult> spent = m_ledger.spendStoredValue(m_actor, c.accountId, e.amount, e.reference, nextKey());
        return spent ? Status() : Status(spent.error());
    }
    case EventKind::ReplaceLoyalty: {
        Result<Card> replacement = m_cards.replace(m_actor, c.loyaltyCardId, e.reason, e.text);
        if (!replacement)
            return replacement.error();
        c.loyaltyCardId = replacement->id;
        return {};
    }
    case EventKind::BlockGift:
        return c.giftCardId == kNoId ? Status() : m_cards.block(m_actor, c.giftCardId, e.reason, e.text);
    }
    return {};
}

Status Runner::earn(Id accountId,
                    Points points,
                    const QString &kind,
                    const QDateTime &expiresAt,
                    const QString &reference,
                    const QDateTime &availableAt)
{
    EarnOptions options;
    options.kind = kind;
    options.expiresAt = expiresAt;
    options.availableAt = availableAt;
    options.reference = reference;
    Result<PostResult> posted = m_ledger.earnPoints(m_actor, accountId, points, options, nextKey());
    return posted ? Status() : Status(posted.error());
}

Result<Points> Runner::available(Id accountId)
{
    Result<AccountBalance> balance = m_ledger.balance(m_actor, accountId);
    if (!balance)
        return balance.error();
    return balance->pointsAvailable;
}

Result<Id> Runner::issue(Id memberId, CardKind kind, const QString &pin)
{
    Result<Card> card = m_cards.issue(m_actor, memberId, m_cardTypeIds.value(int(kind)), pin);
    if (!card)
        return card.error();
    return card->id;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Status DemoDataGenerator::generate(const Actor &actor, const Options &options, const Progress &progress)
{
    if (Status s = require(actor, Permission::SettingsManage); !s)
        return s;
    if (options.members < 0 || options.members > kMaxMembers)
        return Error::make(Error::Code::Invalid,
                           tr("The number of demo members must be between 0 and %1.").arg(kMaxMembers), {},
                           QStringLiteral("members"));
    if (options.monthsOfHistory < 1 || options.monthsOfHistory > kMaxMonths)
        return Error::make(Error::Code::Invalid, tr("The demo history must cover 1 to %Ln months.", nullptr, kMaxMonths),
                           {}, QStringLiteral("monthsOfHistory"));

    Result<Lists> lists = ListLoader::load();
    if (!lists) {
        qCWarning(lcDemo) << "demo data files:" << lists.error().detail;
        return lists.error();
    }
    const QDateTime end = m_clock.nowUtc();
    const Plan plan = makePlan(*lists, options.seed, options.members, end.addMonths(-options.monthsOfHistory), end);
    Runner runner(m_db, actor, options.seed, *lists, plan);
    return runner.run(progress);
}

} // namespace Club::Core
