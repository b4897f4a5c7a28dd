// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credit.h"
#include "CreditService.h"
#include "auth/Actor.h"
#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "util/Result.h"

#include <functional>

namespace Club::Core {

// Everything the Credit page shows of one member.
struct MemberCredit
{
    CreditStanding standing;
    QString limitCardTypeName; // the card type whose limit applies (limitSource "card_type")
    CreditStatement statement;
    QList<InstallmentPlan> plans;
    QList<GiftCardCharge> charges;   // newest first
    QStringList chargeCardNumbers;   // the card number of each charge, same order
    Money storedValue = 0;
    Points points = 0;
    Points pointsAvailable = 0;
};

// Where figures came from. A connected desk reads the central server; when the server cannot
// be reached it shows this store's own records instead, and says so (StoreOffline): they lack
// what other branches did and what this desk keeps in its outbox.
enum class CreditSource { Store, Server, StoreOffline };

template<typename T> struct CreditRead
{
    T value;
    CreditSource source = CreditSource::Store;
    int pendingSync = 0; // StoreOffline: operations this desk keeps for the server
};

// What the Credit page reads, and where from: this store (LocalCreditViews) or the central
// server (core/sync/ConnectedCreditViews). The page never knows which. Reads answer through
// `done`, on the caller's thread: at once for this store, when the server answers for a
// connected desk (the page stays responsive meanwhile). `done` is called exactly once.
class CreditViews
{
public:
    template<typename T> using Done = std::function<void(const Result<CreditRead<T>> &)>;

    virtual ~CreditViews() = default;
    // The statement covers [from, to).
    virtual void memberCredit(const Actor &actor, Id memberId, const QDateTime &from, const QDateTime &to,
                              const Done<MemberCredit> &done) = 0;
    // Rows name this store's members (memberId kNoId for one this store does not know).
    virtual void aging(const Actor &actor, const QDateTime &asOf, const Done<QList<AgingRow>> &done) = 0;
    // Whether installment plans, limits and gift card charge returns are posted to this
    // store. A connected desk does not: the chain's credit lives on the server, which takes
    // none of them yet, and a plan recorded here only would make this branch's figures differ
    // from every other's. (Repayments go through DeskOperations, to the server.)
    virtual bool postsCreditHere() const = 0;
};

// The desk on its own: the services read this store.
class LocalCreditViews : public CreditViews
{
public:
    LocalCreditViews(CreditService &credit, LedgerService &ledger, CardService &cards)
        : m_credit(credit)
        , m_ledger(ledger)
        , m_cards(cards)
    {}

    // Synchronous form (a connected desk offline uses it too).
    Result<MemberCredit> read(const Actor &actor, Id memberId, const QDateTime &from, const QDateTime &to) const
    {
        MemberCredit out;
        Result<CreditStanding> standing = m_credit.limit(actor, memberId);
        if (!standing)
            return standing.error();
        out.standing = *standing;
        if (standing->limitSource == QLatin1String("card_type")) {
            if (Result<CardType> type = m_cards.cardType(actor, standing->cardTypeId))
                out.limitCardTypeName = type->name;
        }
        Result<CreditStatement> statement = m_credit.statement(actor, memberId, from, to);
        if (!statement)
            return statement.error();
        out.statement = *statement;
        Result<QList<InstallmentPlan>> plans = m_credit.installments(actor, memberId);
        if (!plans)
            return plans.error();
        out.plans = *plans;
        Result<QList<GiftCardCharge>> charges = m_credit.giftCardCharges(actor, memberId);
        if (!charges)
            return charges.error();
        out.charges = *charges;
        for (const GiftCardCharge &c : std::as_const(out.charges)) {
            Result<Card> card = m_cards.card(actor, c.cardId);
            out.chargeCardNumbers << (card ? card->number : QString());
        }
        Result<AccountBalance> b = m_ledger.balance(actor, standing->memberAccountId);
        if (!b)
            return b.error();
        out.storedValue = b->storedValue;
        out.points = b->points;
        out.pointsAvailable = b->pointsAvailable;
        return out;
    }

    void memberCredit(const Actor &actor, Id memberId, const QDateTime &from, const QDateTime &to,
                      const Done<MemberCredit> &done) override
    {
        Result<MemberCredit> r = read(actor, memberId, from, to);
        if (!r)
            done(r.error());
        else
            done(CreditRead<MemberCredit>{*r, CreditSource::Store, 0});
    }

    void aging(const Actor &actor, const QDateTime &asOf, const Done<QList<AgingRow>> &done) override
    {
        Result<QList<AgingRow>> rows = m_credit.aging(actor, asOf);
        if (!rows)
            done(rows.error());
        else
            done(CreditRead<QList<AgingRow>>{*rows, CreditSource::Store, 0});
    }

    bool postsCreditHere() const override { return true; }

private:
    CreditService &m_credit;
    LedgerService &m_ledger;
    CardService &m_cards;
};

} // namespace Club::Core
