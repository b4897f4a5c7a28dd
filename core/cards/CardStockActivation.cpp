// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A stock card's first use at a desk: checked, bound to a member, its preloaded value posted.
#include "CardStockService.h"

#include "CardRules.h"
#include "CardService.h"
#include "CardStockSql.h"
#include "credit/CreditService.h"
#include "members/MemberService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

const QString CardStockService::kNotStock = QStringLiteral("card_stock.not_stock");
const QString CardStockService::kNotDistributed = QStringLiteral("card_stock.not_distributed");
const QString CardStockService::kStockBlocked = QStringLiteral("card_stock.blocked");
const QString CardStockService::kAlreadyBound = QStringLiteral("card_stock.bound");
const QString CardStockService::kForged = QStringLiteral("card_stock.forged");

namespace {
Error forged()
{
    return Error::make(Error::Code::Forbidden,
                       CardStockService::tr("This card failed the authenticity check. Keep it and call a manager."),
                       CardStockService::kForged);
}

// A chip read must be the very chip recorded when the stock card was encoded, as for
// issued cards (CardService::identify).
Status checkChip(const StockCard &card, const QString &presentedUid, bool chipRead)
{
    if (!chipRead)
        return {};
    const QString uid = CardRules::normalizeChipUid(presentedUid);
    if (uid.isEmpty() || card.chipUid.isEmpty() || uid != card.chipUid)
        return forged();
    return {};
}
} // namespace

Status CardStockService::checkStockCard(const StockCard &card) const
{
    switch (card.status) {
    case StockCardStatus::Distributed:
        return {};
    case StockCardStatus::InStock:
        return Error::make(Error::Code::Conflict,
                           tr("This card has not been handed out yet: it is still in stock. Cards are activated "
                              "only after they are distributed."),
                           kNotDistributed);
    case StockCardStatus::Blocked:
        return Error::make(Error::Code::Conflict,
                           tr("This card is blocked (its batch was reported lost or withdrawn). Keep it and call a "
                              "manager."),
                           kStockBlocked);
    case StockCardStatus::Bound:
        return Error::make(Error::Code::Conflict, tr("This card already belongs to a member."), kAlreadyBound);
    }
    return {};
}

Result<StockCard> CardStockService::checkActivation(const Actor &actor, const CardPresentation &p) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    // Forged, foreign or blank cards are CardService::identify's to refuse (and audit).
    const QString number = CardRules::normalizeNumber(p.cardNumber);
    if (p.check != CardPresentation::Check::Valid || !CardRules::isAsciiDigits(number))
        return Error::make(Error::Code::NotFound, tr("This is not a card of this club."), kNotStock);
    Result<StockCard> card = CardStockSql(m_db).cardByNumber(number);
    if (!card) {
        if (card.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::NotFound, tr("This is not a card of this club."), kNotStock);
        return card.error();
    }
    if (Status s = checkStockCard(*card); !s)
        return s.error();
    const bool chipRead = !p.chipUid.trimmed().isEmpty() || p.source == QLatin1String("pcsc");
    if (Status s = checkChip(*card, p.chipUid, chipRead); !s)
        return s.error();
    return card;
}

Status CardStockService::recordEncoding(const Actor &actor, Id stockCardId, const QString &chipUid)
{
    if (Status s = require(actor, Permission::CardIssue); !s)
        return s;
    const QString uid = CardRules::normalizeChipUid(chipUid);
    if (!chipUid.trimmed().isEmpty() && uid.isEmpty())
        return Error::make(Error::Code::Invalid, tr("The chip's serial number could not be read. Try again."),
                           CardService::kBadChipUid, QStringLiteral("chipUid"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Status set = CardStockSql(m_db).setChipUid(stockCardId, uid, m_clock.nowUtc());
    if (!set) {
        if (set.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Conflict,
                               tr("This chip is already registered to another card. Use another blank card."),
                               CardService::kChipUidTaken, QStringLiteral("chipUid"));
        return set;
    }
    if (Status s = m_audit.record(actor, QStringLiteral("card_stock.encode"), QStringLiteral("card_stock_card"),
                                  stockCardId, uid.isEmpty() ? QStringLiteral("stripe") : QStringLiteral("chip"));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT stockChanged();
    return {};
}

Result<StockActivationResult> CardStockService::activate(const Actor &actor, const StockActivation &a)
{
    if (Status s = require(actor, Permission::CardIssue); !s)
        return s.error();
    const bool newMember = a.memberId == kNoId;
    if (newMember && (a.firstName.trimmed().isEmpty() || a.lastName.trimmed().isEmpty()))
        return Error::make(Error::Code::Invalid, tr("Enter the new member's first and last name."), {},
                           a.firstName.trimmed().isEmpty() ? QStringLiteral("firstName") : QStringLiteral("lastName"));
    if (newMember && a.mobile.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Enter the new member's mobile number."), {},
                           QStringLiteral("mobile"));

    const CardStockSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<StockCard> card = sql.card(a.stockCardId);
    if (!card)
        return card.error();
    if (Status s = checkStockCard(*card); !s)
        return s.error();
    if (Status s = checkChip(*card, a.chipUid, !a.chipUid.trimmed().isEmpty()); !s)
        return s.error();

    StockActivationResult out;
    out.memberId = a.memberId;
    if (newMember) {
        Member draft;
        draft.firstName = a.firstName.simplified();
        draft.lastName = a.lastName.simplified();
        draft.mobile = a.mobile;
        draft.branchId = actor.branchId;
        Result<Member> made = m_members.create(actor, draft);
        if (!made)
            return made.error();
        out.memberId = made->id;
    }
    Result<Card> bound =
        m_cards.bindStockCard(actor, out.memberId, card->cardTypeId, card->number, card->chipUid, card->expiresOn);
    if (!bound)
        return bound.error();
    Result<bool> marked = sql.markBound(card->id, out.memberId, bound->id, actor.operatorId, m_clock.nowUtc());
    if (!marked)
        return marked.error();
    if (!*marked)
        return Error::make(Error::Code::Conflict, tr("This card already belongs to a member."), kAlreadyBound);
    out.card = *bound;
    if (card->preloadedValue > 0) {
        // The stock card's own key: whatever happens, its value is posted at most once.
        Result<GiftCardCharge> charge =
            m_credit.chargeGiftCard(actor, bound->id, card->preloadedValue, QStringLiteral("card_stock:%1").arg(card->id),
                                    card->promotional ? GiftFunding::Promotion : GiftFunding::Customer);
        if (!charge)
            return charge.error();
        if (charge->replayed)
            return Error::make(Error::Code::Conflict, tr("This card's value was already given. Call a manager."),
                               QStringLiteral("card_stock.charge_replayed %1").arg(card->id));
        out.charged = charge->amount;
        out.chargeTransactionId = charge->transactionId;
        out.promotional = charge->promotional;
    }
    if (Status s =
            m_audit.record(actor, QStringLiteral("card_stock.activate"), QStringLiteral("card_stock_card"), card->id,
                           QStringLiteral("%1 member=%2%3 card=%4 preloaded=%5")
                               .arg(maskCardNumber(card->number))
                               .arg(out.memberId)
                               .arg(newMember ? QStringLiteral(" (new)") : QString())
                               .arg(bound->id)
                               .arg(out.charged));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "stock card" << card->id << "activated for member" << out.memberId;
    Q_EMIT stockChanged();
    return out;
}

} // namespace Club::Core
