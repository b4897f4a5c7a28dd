// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Voids of a sale and of a gift: the journal's mirror (LedgerService::reverse) plus what the
// sales side keeps, in one database transaction.
#include "SalesImpl.h"
#include "SalesSql.h"

#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QRegularExpression>

namespace Club::Core {

Result<SaleReturn>
SalesService::voidSale(const Actor &actor, Id saleId, const QString &reason, const QDateTime &notBefore)
{
    if (Status s = require(actor, Permission::TransactionsVoid); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Impl::invalid(tr("Enter the reason for the void."), QStringLiteral("reason"));
    const SalesSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = sql.lockSale(saleId); !s)
        return s.error();
    Result<Sale> loaded = sql.load(saleId);
    if (!loaded)
        return loaded.error();
    const Sale &sale = *loaded;
    const QString key = QStringLiteral("void:sale:%1").arg(saleId);
    {
        Result<SaleReturn> first = sql.loadReturnByKey(key);
        if (!first)
            return first.error();
        if (first->id != kNoId)
            return Error::make(Error::Code::Conflict, tr("This transaction has already been voided."),
                               QStringLiteral("sale %1 voided before").arg(saleId));
    }
    for (const SaleLine &line : sale.lines) {
        // A void is the exact mirror of the whole sale; after a return the mirror would
        // give back what the return already gave.
        if (line.returnedQty > 0)
            return Error::make(Error::Code::Conflict,
                               tr("Items of this sale have been returned, so it cannot be voided. Return the rest "
                                  "instead."),
                               QStringLiteral("sale %1 has returns").arg(saleId));
    }

    // A full return under the kind "void": the journal gets the exact mirror (points back
    // to their own lots), the sale gets a return of every line, the stock comes back.
    Result<PostResult> posted = m_ledger.reverse(actor, sale.transactionId, reason, notBefore);
    if (!posted)
        return posted.error();
    const QDateTime now = m_clock.nowUtc();
    SaleReturn r;
    r.saleId = saleId;
    r.createdAt = now;
    r.refundCash = sale.paid;
    r.refundStoredValue = sale.storedValue;
    r.refundCredit = sale.credit;
    r.pointsRefunded = sale.pointsRedeemed;
    r.pointsReversed = sale.earnedLotId != kNoId ? sale.pointsEarned : 0;
    // The mirror takes the referrer's bonus back from its lot too (refused if spent).
    r.referralReversed = sale.referralLotId != kNoId ? sale.referralPoints : 0;
    r.policy = m_settings.spentPointsPolicy;
    r.transactionId = posted->transactionId;
    Result<Id> returnId = sql.insertReturn(r, key, actor.operatorId, actor.branchId, actor.terminal);
    if (!returnId)
        return returnId.error();
    r.id = *returnId;
    if (Status s = Impl::creditBack(*this, saleId, r.transactionId, r.refundCredit, now); !s)
        return s.error();
    QList<std::pair<Id, qint64>> back;
    for (const SaleLine &line : sale.lines) {
        if (Status s = sql.insertReturnLine(r.id, line.id, line.qty, line.gross, line.discount, line.points); !s)
            return s.error();
        back.append({line.productId, line.qty});
    }
    if (Status s = Impl::restock(*this, actor, back, QStringLiteral("void:%1").arg(r.transactionId)); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("sale.void"), QStringLiteral("sale"), saleId,
                                  QStringLiteral("receipt %1 voided by transaction %2: %3")
                                      .arg(sale.receiptNo)
                                      .arg(r.transactionId)
                                      .arg(reason.trimmed()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcLedger) << "sale" << saleId << "voided, transaction" << r.transactionId;
    Q_EMIT saleReturned(r.id, saleId);
    return r;
}

Result<PostResult>
SalesService::voidGift(const Actor &actor, Id transactionId, const QString &reason, const QDateTime &notBefore)
{
    if (Status s = require(actor, Permission::TransactionsVoid); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Impl::invalid(tr("Enter the reason for the void."), QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<JournalTransaction> gift = m_ledger.transaction(actor, transactionId);
    if (!gift)
        return gift.error();
    // registerGift writes "gift:product:<id>x<qty>"; nothing else records which gift it was.
    static const QRegularExpression pattern(QStringLiteral("^gift:product:(\\d+)x(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(gift->reference);
    if (gift->kind != QLatin1String("gift") || !match.hasMatch())
        return Impl::invalid(tr("This transaction is not a gift."), QStringLiteral("transactionId"));
    Result<PostResult> posted = m_ledger.reverse(actor, transactionId, reason, notBefore);
    if (!posted)
        return posted.error();
    if (Status s = Impl::restock(*this, actor, {{match.captured(1).toLongLong(), match.captured(2).toLongLong()}},
                                 QStringLiteral("void:%1").arg(posted->transactionId));
        !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("sale.gift.void"), QStringLiteral("journal_transaction"),
                                  transactionId,
                                  QStringLiteral("gift voided by transaction %1: %2")
                                      .arg(posted->transactionId)
                                      .arg(reason.trimmed()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return posted;
}

} // namespace Club::Core
