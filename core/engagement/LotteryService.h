// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Engagement.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;
class MemberService;
class CatalogService;
class SalesService;
class MessagingSettingsStore;

// Lotteries and contests: a draw over a period whose sales give members tickets under the
// lottery's rules (LotteryRules).
//
//   create   a draft with its period, rules, number of winners and prize
//   freeze   computes every member's entry from the period's sales (as they are now) and
//            writes them with the seed, once; the database refuses to change an entry
//            afterwards, so later sales or returns change nothing. The seed (64 hex digits,
//            random unless one is given, e.g. announced in advance) is shown from then on.
//   draw     once (a second draw is refused): LotteryDraw::run over the frozen entries and
//            the seed; each winner's prize is posted in the same transaction — prize points
//            as journal kind "lottery_prize", a gift product as its gift points given
//            ("lottery_prize") and redeemed through SalesService::registerGift — each under
//            an idempotency key of the lottery and the position, so it posts once.
//   verify   re-runs the draw from the frozen entries and the seed and compares.
//   notify   sends the lottery's message template to each winner through core/messaging
//            when it is configured, recording sent, failed or skipped per winner.
//
// Permissions: EngagementManage for everything; the draw also needs LedgerPost and
// InventoryMove (the gift path).
class LotteryService : public QObject
{
    Q_OBJECT

public:
    LotteryService(Database &db, LedgerService &ledger, MemberService &members, CatalogService &catalog,
                   SalesService &sales, MessagingSettingsStore &messaging, const Clock &clock = Clock::system(),
                   QObject *parent = nullptr);

    Result<Lottery> create(const Actor &actor, const Lottery &draft);
    Result<QList<Lottery>> lotteries(const Actor &actor) const;
    Result<Lottery> lottery(const Actor &actor, Id lotteryId) const;

    // What freezing now would enter, without writing anything (a draft's preview).
    Result<QList<LotteryEntry>> previewEntries(const Actor &actor, Id lotteryId) const;
    // `seedHex` empty: a random seed. Refused unless the lottery is a draft, or when no
    // member has a ticket.
    Result<Lottery> freeze(const Actor &actor, Id lotteryId, const QString &seedHex = {});
    Result<QList<LotteryEntry>> entries(const Actor &actor, Id lotteryId) const;

    Result<QList<LotteryWinner>> draw(const Actor &actor, Id lotteryId);
    Result<QList<LotteryWinner>> winners(const Actor &actor, Id lotteryId) const;
    Result<DrawVerification> verify(const Actor &actor, Id lotteryId) const;

    // Blocks (network). The winners' notify status says what happened to each.
    Result<QList<LotteryWinner>> notifyWinners(const Actor &actor, Id lotteryId);

    // "member_id,tickets" with a header row: what scripts/lottery_verify.py re-runs a draw from.
    static QByteArray entriesCsv(const QList<LotteryEntry> &entries);
    // The tickets `entry` earns under `rules` (its tickets field is ignored).
    static qint64 ticketsFor(const LotteryRules &rules, const LotteryEntry &entry);

Q_SIGNALS:
    void lotteryChanged(qint64 lotteryId);

private:
    Result<QList<LotteryEntry>> computeEntries(const Lottery &lottery) const;
    Status postPrize(const Actor &actor, const Lottery &lottery, LotteryWinner &winner);

    Database &m_db;
    LedgerService &m_ledger;
    MemberService &m_members;
    CatalogService &m_catalog;
    SalesService &m_sales;
    MessagingSettingsStore &m_messaging;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
