// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonationService.h"

#include "DonationSql.h"
#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "reports/Report.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"
#include "util/Text.h"

#include <limits>

namespace Club::Core {

namespace {

constexpr int kMaxName = 120;

Error invalid(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, QStringLiteral("invalid ") + field, field);
}

} // namespace

DonationService::DonationService(Database &db, LedgerService &ledger, MemberService &members, CardService &cards,
                                 SalesService &sales, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_members(members)
    , m_cards(cards)
    , m_sales(sales)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<QList<Charity>> DonationService::charities(const Actor &actor, bool includeInactive) const
{
    if (!require(actor, Permission::LedgerPost).ok()) {
        if (Status s = require(actor, Permission::CharityManage); !s)
            return s.error();
    }
    return DonationSql(m_db).charities(includeInactive);
}

Result<QString> DonationService::checkedName(const QString &name) const
{
    const QString n = Text::normalizeName(name.simplified());
    if (n.isEmpty())
        return invalid(tr("Enter the charity's name."), QStringLiteral("name"));
    if (n.size() > kMaxName)
        return invalid(tr("A name has at most %1 characters.").arg(kMaxName), QStringLiteral("name"));
    return n;
}

Result<Charity> DonationService::createCharity(const Actor &actor, const QString &name)
{
    if (Status s = require(actor, Permission::CharityManage); !s)
        return s.error();
    Result<QString> n = checkedName(name);
    if (!n)
        return n.error();
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const DonationSql sql(m_db);
    Result<Id> id = sql.insertCharity(*n, now);
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Duplicate, tr("There is already a charity named %1.").arg(*n),
                               QStringLiteral("charity name taken"), QStringLiteral("name"));
        return id.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("charity.create"), QStringLiteral("charity"), *id, *n); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT charitiesChanged();
    return Charity{*id, *n, true, now};
}

Status DonationService::updateCharity(const Actor &actor, const Charity &charity)
{
    if (Status s = require(actor, Permission::CharityManage); !s)
        return s;
    Result<QString> n = checkedName(charity.name);
    if (!n)
        return n.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const DonationSql sql(m_db);
    Result<Charity> old = sql.charity(charity.id);
    if (!old)
        return old.error();
    Charity changed = *old;
    changed.name = *n;
    changed.active = charity.active;
    if (Status s = sql.updateCharity(changed, m_clock.nowUtc()); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Duplicate, tr("There is already a charity named %1.").arg(*n),
                               QStringLiteral("charity name taken"), QStringLiteral("name"));
        return s;
    }
    if (Status s = m_audit.record(actor, QStringLiteral("charity.update"), QStringLiteral("charity"), charity.id,
                                  QStringLiteral("%1, active %2").arg(*n).arg(charity.active ? 1 : 0));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT charitiesChanged();
    return {};
}

Result<Donation> DonationService::donate(const Actor &actor, Id memberId, Id charityId, Points points, Id cardId,
                                         const QString &pin, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (idempotencyKey.trimmed().isEmpty())
        return invalid(tr("The operation could not be identified, so it was not recorded."),
                       QStringLiteral("idempotencyKey"));
    const DonationSql sql(m_db);
    auto replay = [&](Donation first) -> Result<Donation> {
        first.replayed = true;
        Result<Member> member = m_members.member(actor, first.memberId);
        if (member) {
            Result<AccountBalance> balance = m_ledger.balance(actor, member->accountId);
            if (balance)
                first.pointsLeft = balance->pointsAvailable;
        }
        return first;
    };
    {
        // A retry returns the first donation before anything else is checked again.
        Result<Donation> first = sql.byKey(idempotencyKey);
        if (!first)
            return first.error();
        if (first->id != kNoId)
            return replay(*first);
    }
    if (points <= 0)
        return invalid(tr("Enter a positive number of points."), QStringLiteral("points"));
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    Result<Charity> charity = sql.charity(charityId);
    if (!charity)
        return charity.error();
    if (!charity->active)
        return Error::make(Error::Code::Conflict, tr("%1 no longer takes donations.").arg(charity->name),
                           QStringLiteral("charity inactive"), QStringLiteral("charityId"));
    if (cardId != kNoId) {
        Result<Card> card = m_cards.card(actor, cardId);
        if (!card)
            return card.error();
        if (card->memberId != memberId || card->status != CardStatus::Active)
            return invalid(tr("This card cannot be used for this member."), QStringLiteral("cardId"));
        Result<CardType> type = m_cards.cardType(actor, card->cardTypeId);
        if (!type)
            return type.error();
        if (type->pinRequired && pin.isEmpty())
            return invalid(tr("Enter the card's PIN to spend points."), QStringLiteral("pin"));
    }
    if (!pin.isEmpty()) {
        if (cardId == kNoId)
            return invalid(tr("Present the card whose PIN was entered."), QStringLiteral("cardId"));
        // Outside the donation's transaction: a wrong PIN's failure count must stay recorded.
        if (Status s = m_cards.verifyPin(actor, cardId, pin); !s)
            return s.error();
    }
    const Money unit = m_sales.settings().pointValue;
    if (points > std::numeric_limits<Money>::max() / qMax<Money>(unit, 1))
        return invalid(tr("That is too many points."), QStringLiteral("points"));

    Donation d;
    d.charityId = charityId;
    d.charityName = charity->name;
    d.memberId = memberId;
    d.memberName = member->fullName();
    d.points = points;
    d.value = points * unit;
    d.at = m_clock.nowUtc();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    {
        Result<Donation> first = sql.byKey(idempotencyKey);
        if (!first)
            return first.error();
        if (first->id != kNoId)
            return replay(*first);
    }
    LedgerBatch batch;
    batch.kind = kDonationKind;
    batch.reference = QStringLiteral("charity:%1").arg(charityId);
    batch.memo = charity->name; // the member's history names the charity
    batch.spend = points;
    batch.spendSystemCode = DonationAccounts::kPointsDonated;
    batch.money = {{DonationAccounts::kDonations, d.value}, {DonationAccounts::charity(charityId), -d.value}};
    Result<BatchResult> posted =
        m_ledger.postBatch(actor, member->accountId, batch, QStringLiteral("donation:") + idempotencyKey);
    if (!posted)
        return posted.error();
    if (posted->replayed)
        return Error::make(Error::Code::Conflict, tr("The donation is already being recorded. Try again."),
                           QStringLiteral("journal key taken, donation not visible"));
    d.transactionId = posted->transactionId;
    Result<Id> id = sql.insertDonation(d, member->accountId, idempotencyKey, actor.operatorId, actor.branchId);
    if (!id)
        return id.error();
    d.id = *id;
    if (Status s = m_audit.record(actor, QStringLiteral("donation"), QStringLiteral("member"), memberId,
                                  QStringLiteral("%1 points to charity %2, transaction %3")
                                      .arg(points)
                                      .arg(charityId)
                                      .arg(d.transactionId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcLedger) << "donation recorded, transaction" << d.transactionId;
    Result<AccountBalance> balance = m_ledger.balance(actor, member->accountId);
    if (balance)
        d.pointsLeft = balance->pointsAvailable;
    Q_EMIT donated(memberId, charityId);
    return d;
}

Result<QList<CharityTotal>> DonationService::totals(const Actor &actor, const QDateTime &from,
                                                    const QDateTime &to) const
{
    if (Status s = require(actor, Permission::ReportsRead); !s)
        return s.error();
    return DonationSql(m_db).totals(from, to);
}

Result<ReportTable> DonationService::totalsTable(const Actor &actor, const QDateTime &from,
                                                 const QDateTime &to) const
{
    Result<QList<CharityTotal>> rows = totals(actor, from, to);
    if (!rows)
        return rows.error();
    ReportTable table;
    table.title = tr("Donations by charity");
    table.columns = {{QStringLiteral("charity"), tr("Charity"), ColumnKind::Text},
                     {QStringLiteral("donations"), tr("Donations"), ColumnKind::Count},
                     {QStringLiteral("points"), tr("Points"), ColumnKind::Points},
                     {QStringLiteral("value"), tr("Value"), ColumnKind::Money}};
    for (const CharityTotal &t : std::as_const(*rows))
        table.rows.append(QVariantList{t.name, t.donations, t.points, t.value});
    table.asOf = m_clock.nowUtc();
    return table;
}

} // namespace Club::Core
