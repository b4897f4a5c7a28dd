// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LotteryService.h"

#include "EngagementSql.h"
#include "LotteryDraw.h"
#include "catalog/CatalogService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "messaging/MessagingSettingsStore.h"
#include "messaging/MessagingSql.h"
#include "messaging/Messenger.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>

namespace Club::Core {

QString lotteryStatusKey(LotteryStatus status)
{
    switch (status) {
    case LotteryStatus::Draft:
        return QStringLiteral("draft");
    case LotteryStatus::Frozen:
        return QStringLiteral("frozen");
    case LotteryStatus::Drawn:
        return QStringLiteral("drawn");
    }
    return {};
}

LotteryStatus lotteryStatusFromKey(const QString &key)
{
    if (key == QStringLiteral("frozen"))
        return LotteryStatus::Frozen;
    if (key == QStringLiteral("drawn"))
        return LotteryStatus::Drawn;
    return LotteryStatus::Draft;
}

LotteryService::LotteryService(Database &db, LedgerService &ledger, MemberService &members, CatalogService &catalog,
                               SalesService &sales, MessagingSettingsStore &messaging, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_members(members)
    , m_catalog(catalog)
    , m_sales(sales)
    , m_messaging(messaging)
    , m_clock(clock)
    , m_audit(db, clock)
{}

qint64 LotteryService::ticketsFor(const LotteryRules &rules, const LotteryEntry &entry)
{
    qint64 tickets = 0;
    if (rules.pointsPerTicket > 0)
        tickets += qMax<Points>(0, entry.points) / rules.pointsPerTicket;
    if (rules.amountPerTicket > 0)
        tickets += qMax<Money>(0, entry.spent) / rules.amountPerTicket;
    if (rules.ticketsPerPurchase > 0)
        tickets += entry.purchases * rules.ticketsPerPurchase;
    if (rules.maxTickets > 0)
        tickets = qMin(tickets, rules.maxTickets);
    return tickets;
}

QByteArray LotteryService::entriesCsv(const QList<LotteryEntry> &entries)
{
    QByteArray out = "member_id,tickets\n";
    for (const LotteryEntry &e : entries)
        out += QByteArray::number(e.memberId) + ',' + QByteArray::number(e.tickets) + '\n';
    return out;
}

Result<Lottery> LotteryService::create(const Actor &actor, const Lottery &draft)
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    Lottery l = draft;
    l.name = l.name.trimmed();
    if (l.name.isEmpty())
        return Error::invalid(tr("Give the lottery a name."), QStringLiteral("name"));
    if (!l.from.isValid() || !l.to.isValid() || l.to <= l.from)
        return Error::invalid(tr("Choose a period whose end is after its start."), QStringLiteral("to"));
    const LotteryRules &r = l.rules;
    if (r.pointsPerTicket < 0 || r.amountPerTicket < 0 || r.ticketsPerPurchase < 0 || r.maxTickets < 0)
        return Error::invalid(tr("Ticket rules cannot be negative."), QStringLiteral("rules"));
    if (r.pointsPerTicket == 0 && r.amountPerTicket == 0 && r.ticketsPerPurchase == 0)
        return Error::invalid(tr("Say how members earn tickets: per points, per amount spent or per purchase."),
                              QStringLiteral("rules"));
    if (l.winners <= 0)
        return Error::invalid(tr("A lottery needs at least one winner."), QStringLiteral("winners"));
    if (l.prizePoints < 0)
        return Error::invalid(tr("Prize points cannot be negative."), QStringLiteral("prizePoints"));
    if (l.prizeProductId != kNoId) {
        Result<Product> gift = m_catalog.product(actor, l.prizeProductId);
        if (!gift)
            return gift.error();
        if (!gift->isGift || gift->giftPoints <= 0 || !gift->active)
            return Error::invalid(tr("%1 is not in the gift catalog.").arg(gift->displayName()),
                                  QStringLiteral("prize"));
    }
    if (l.prizePoints == 0 && l.prizeProductId == kNoId)
        return Error::invalid(tr("Choose a prize: points, a gift, or both."), QStringLiteral("prize"));
    l.status = LotteryStatus::Draft;
    l.seed.clear();
    l.createdAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Id> id = EngagementSql(m_db).insertLottery(l, actor.operatorId);
    if (!id)
        return id.error();
    l.id = *id;
    if (Status s = m_audit.record(actor, QStringLiteral("lottery.create"), QStringLiteral("lottery"), l.id, l.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT lotteryChanged(l.id);
    return l;
}

Result<QList<Lottery>> LotteryService::lotteries(const Actor &actor) const
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    return EngagementSql(m_db).lotteries();
}

Result<Lottery> LotteryService::lottery(const Actor &actor, Id lotteryId) const
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    return EngagementSql(m_db).lottery(lotteryId);
}

Result<QList<LotteryEntry>> LotteryService::computeEntries(const Lottery &lottery) const
{
    Result<QList<LotteryEntry>> activity = EngagementSql(m_db).periodActivity(lottery.from, lottery.to);
    if (!activity)
        return activity.error();
    QList<LotteryEntry> out;
    for (LotteryEntry e : std::as_const(*activity)) {
        e.tickets = ticketsFor(lottery.rules, e);
        if (e.tickets > 0)
            out.append(e);
    }
    return out;
}

Result<QList<LotteryEntry>> LotteryService::previewEntries(const Actor &actor, Id lotteryId) const
{
    Result<Lottery> l = lottery(actor, lotteryId);
    if (!l)
        return l.error();
    if (l->status != LotteryStatus::Draft)
        return EngagementSql(m_db).entries(lotteryId);
    return computeEntries(*l);
}

Result<Lottery> LotteryService::freeze(const Actor &actor, Id lotteryId, const QString &seedHex)
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    QByteArray seed;
    if (seedHex.trimmed().isEmpty()) {
        seed = LotteryDraw::newSeed();
        if (seed.isEmpty())
            return Error::make(Error::Code::Storage, tr("The random number source could not start."),
                               QStringLiteral("sodium_init"));
    } else {
        seed = LotteryDraw::seedFromHex(seedHex);
        if (seed.isEmpty())
            return Error::invalid(tr("A seed is 64 hexadecimal digits (0-9, a-f)."), QStringLiteral("seed"));
    }
    const EngagementSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Lottery> l = sql.lottery(lotteryId);
    if (!l)
        return l.error();
    if (l->status != LotteryStatus::Draft)
        return Error::make(Error::Code::Conflict, tr("The entries of this lottery are already frozen."),
                           QStringLiteral("lottery %1 is %2").arg(lotteryId).arg(lotteryStatusKey(l->status)));
    Result<QList<LotteryEntry>> entries = computeEntries(*l);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Error::make(Error::Code::Conflict, tr("No member has a ticket in this lottery's period yet."),
                           QStringLiteral("lottery %1: no entries").arg(lotteryId));
    const QDateTime now = m_clock.nowUtc();
    const QString hex = QString::fromLatin1(seed.toHex());
    Result<bool> moved = sql.advance(lotteryId, LotteryStatus::Draft, LotteryStatus::Frozen, hex, now);
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::make(Error::Code::Conflict, tr("The entries of this lottery are already frozen."),
                           QStringLiteral("lottery %1 frozen concurrently").arg(lotteryId));
    qint64 tickets = 0;
    for (const LotteryEntry &e : std::as_const(*entries)) {
        if (Status s = sql.insertEntry(lotteryId, e); !s)
            return s.error();
        tickets += e.tickets;
    }
    if (Status s = m_audit.record(actor, QStringLiteral("lottery.freeze"), QStringLiteral("lottery"), lotteryId,
                                  QStringLiteral("%1 entries, %2 tickets, seed %3")
                                      .arg(entries->size())
                                      .arg(tickets)
                                      .arg(hex));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT lotteryChanged(lotteryId);
    return EngagementSql(m_db).lottery(lotteryId);
}

Result<QList<LotteryEntry>> LotteryService::entries(const Actor &actor, Id lotteryId) const
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    return EngagementSql(m_db).entries(lotteryId);
}

Status LotteryService::postPrize(const Actor &actor, const Lottery &lottery, LotteryWinner &winner)
{
    Result<Member> member = m_members.member(actor, winner.memberId);
    if (!member)
        return member.error();
    const QString base = QStringLiteral("lottery:%1:%2").arg(lottery.id).arg(winner.position);
    Points given = lottery.prizePoints;
    Result<Product> gift = Error{};
    if (lottery.prizeProductId != kNoId) {
        gift = m_catalog.product(actor, lottery.prizeProductId);
        if (!gift)
            return gift.error();
        if (!gift->isGift || gift->giftPoints <= 0 || !gift->active)
            return Error::invalid(tr("%1 is not in the gift catalog.").arg(gift->displayName()),
                                  QStringLiteral("prize"));
        // The gift is registered through the desk's gift path, which redeems its points:
        // the prize gives those points first, so the member's balance ends where it was.
        given += gift->giftPoints;
    }
    EarnOptions options;
    options.kind = QStringLiteral("lottery_prize");
    options.reference = QStringLiteral("lottery:%1").arg(lottery.id);
    options.memo = lottery.name;
    Result<PostResult> prize = m_ledger.earnPoints(actor, member->accountId, given, options, base + QStringLiteral(":prize"));
    if (!prize)
        return prize.error();
    winner.prizeTransactionId = prize->transactionId;
    if (lottery.prizeProductId != kNoId) {
        Result<GiftRedemption> redeemed =
            m_sales.registerGift(actor, winner.memberId, lottery.prizeProductId, 1, base + QStringLiteral(":gift"));
        if (!redeemed)
            return redeemed.error();
        winner.giftTransactionId = redeemed->transactionId;
    }
    return {};
}

Result<QList<LotteryWinner>> LotteryService::draw(const Actor &actor, Id lotteryId)
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    const EngagementSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Lottery> l = sql.lottery(lotteryId);
    if (!l)
        return l.error();
    if (l->status == LotteryStatus::Drawn)
        return Error::make(Error::Code::Conflict, tr("This lottery has already been drawn; a draw runs only once."),
                           QStringLiteral("lottery %1 already drawn").arg(lotteryId));
    if (l->status != LotteryStatus::Frozen)
        return Error::make(Error::Code::Conflict, tr("Freeze the entries before the draw."),
                           QStringLiteral("lottery %1 is a draft").arg(lotteryId));
    Result<bool> moved = sql.advance(lotteryId, LotteryStatus::Frozen, LotteryStatus::Drawn, {}, m_clock.nowUtc());
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::make(Error::Code::Conflict, tr("This lottery has already been drawn; a draw runs only once."),
                           QStringLiteral("lottery %1 drawn concurrently").arg(lotteryId));
    Result<QList<LotteryEntry>> entries = sql.entries(lotteryId);
    if (!entries)
        return entries.error();
    QList<LotteryDraw::Entry> pool;
    QHash<Id, qint64> tickets;
    for (const LotteryEntry &e : std::as_const(*entries)) {
        pool.append({e.memberId, e.tickets});
        tickets.insert(e.memberId, e.tickets);
    }
    const QList<Id> drawn = LotteryDraw::run(LotteryDraw::seedFromHex(l->seed), pool, l->winners);
    int position = 0;
    for (Id memberId : drawn) {
        LotteryWinner w;
        w.position = ++position;
        w.memberId = memberId;
        w.tickets = tickets.value(memberId);
        if (Status s = postPrize(actor, *l, w); !s)
            return s.error();
        if (Status s = sql.insertWinner(lotteryId, w); !s)
            return s.error();
    }
    QStringList ids;
    for (Id id : drawn)
        ids << QString::number(id);
    if (Status s = m_audit.record(actor, QStringLiteral("lottery.draw"), QStringLiteral("lottery"), lotteryId,
                                  QStringLiteral("winners (members) %1").arg(ids.join(QLatin1Char(','))));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT lotteryChanged(lotteryId);
    return EngagementSql(m_db).winners(lotteryId);
}

Result<QList<LotteryWinner>> LotteryService::winners(const Actor &actor, Id lotteryId) const
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    return EngagementSql(m_db).winners(lotteryId);
}

Result<DrawVerification> LotteryService::verify(const Actor &actor, Id lotteryId) const
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    const EngagementSql sql(m_db);
    Result<Lottery> l = sql.lottery(lotteryId);
    if (!l)
        return l.error();
    if (l->status != LotteryStatus::Drawn)
        return Error::make(Error::Code::Conflict, tr("This lottery has not been drawn yet."),
                           QStringLiteral("lottery %1 not drawn").arg(lotteryId));
    Result<QList<LotteryEntry>> entries = sql.entries(lotteryId);
    if (!entries)
        return entries.error();
    Result<QList<LotteryWinner>> recorded = sql.winners(lotteryId);
    if (!recorded)
        return recorded.error();
    QList<LotteryDraw::Entry> pool;
    for (const LotteryEntry &e : std::as_const(*entries))
        pool.append({e.memberId, e.tickets});
    DrawVerification v;
    v.recomputed = LotteryDraw::run(LotteryDraw::seedFromHex(l->seed), pool, l->winners);
    for (const LotteryWinner &w : std::as_const(*recorded))
        v.recorded.append(w.memberId);
    v.matches = !v.recorded.isEmpty() && v.recorded == v.recomputed;
    return v;
}

Result<QList<LotteryWinner>> LotteryService::notifyWinners(const Actor &actor, Id lotteryId)
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    const EngagementSql sql(m_db);
    Result<Lottery> l = sql.lottery(lotteryId);
    if (!l)
        return l.error();
    if (l->templateId == kNoId)
        return Error::invalid(tr("This lottery has no message for its winners."), QStringLiteral("template"));
    Result<MessageTemplate> t = MessagingSql::messageTemplate(m_db, l->templateId);
    if (!t)
        return t.error();
    Result<MessagingSettings> settings = m_messaging.load();
    if (!settings)
        return settings.error();
    const bool configured = t->channel == Channel::Email ? !settings->smtp.host.isEmpty()
                                                         : !settings->sms.urlTemplate.isEmpty();
    if (!configured)
        return Error::make(Error::Code::Conflict,
                           t->channel == Channel::Email ? tr("Email is not set up (Messaging settings).")
                                                        : tr("SMS is not set up (Messaging settings)."),
                           QStringLiteral("messaging not configured"));
    Result<QList<LotteryWinner>> winners = sql.winners(lotteryId);
    if (!winners)
        return winners.error();
    const Messenger messenger(m_db, m_ledger, m_sales, m_clock);
    for (const LotteryWinner &w : std::as_const(*winners)) {
        if (w.notifyStatus == QStringLiteral("sent"))
            continue; // never a second message to a winner
        Result<Member> member = m_members.member(actor, w.memberId);
        if (!member)
            return member.error();
        const Messenger::Rendered r = messenger.render(actor, *member, *t, settings->language);
        QString status = QStringLiteral("skipped");
        QString reason = r.reason;
        if (r.status == DeliveryStatus::Pending) {
            const Status sent = Messenger::send(*settings, t->channel, r.address, r.subject, r.body);
            status = sent ? QStringLiteral("sent") : QStringLiteral("failed");
            reason = sent ? QString() : sent.error().message;
        } else if (r.status == DeliveryStatus::Failed) {
            status = QStringLiteral("failed");
        }
        if (Status s = sql.setNotified(lotteryId, w.position, status, reason); !s)
            return s.error();
    }
    Q_EMIT lotteryChanged(lotteryId);
    return sql.winners(lotteryId);
}

} // namespace Club::Core
