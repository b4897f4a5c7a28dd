// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerService::reverse: a void posts the mirror of a transaction, never an edit.
#include "LedgerService.h"

#include "LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QSet>

namespace Club::Core {

namespace {
Error refused(const QString &message, const QString &detail)
{
    return Error::make(Error::Code::Conflict, message, detail);
}
} // namespace

QString LedgerService::voidKey(Id transactionId)
{
    return QStringLiteral("void:%1").arg(transactionId);
}

Result<PostResult> LedgerService::reverse(const Actor &actor,
                                          Id transactionId,
                                          const QString &reason,
                                          const QDateTime &notBefore)
{
    if (Status s = require(actor, Permission::TransactionsVoid); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Enter the reason for the void."), QStringLiteral("no reason"),
                           QStringLiteral("reason"));
    LedgerStore store(m_db, m_clock.nowUtc());
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<JournalTransaction> original = transaction(actor, transactionId);
    if (!original)
        return original.error();
    if (original->kind == QLatin1String("void") || original->kind == QLatin1String("expire"))
        return refused(tr("A void or an expiry cannot be voided."),
                       QStringLiteral("transaction %1 is %2").arg(transactionId).arg(original->kind));
    if (notBefore.isValid() && original->createdAt < notBefore)
        return refused(tr("Only a transaction of today can be voided. Record a return or an adjustment instead."),
                       QStringLiteral("transaction %1 at %2 is before %3")
                           .arg(transactionId)
                           .arg(LedgerStore::isoUtc(original->createdAt), LedgerStore::isoUtc(notBefore)));

    // The key is unique in the journal: a second void of the same transaction (also a
    // concurrent one) finds it taken and writes nothing.
    const LedgerStore::Header header{voidKey(transactionId), QStringLiteral("void"), actor.branchId, actor.terminal,
                                     actor.operatorId, voidKey(transactionId), reason.trimmed()};
    Result<Id> id = store.insertTransaction(header);
    if (!id)
        return id.error();
    if (*id == kNoId)
        return refused(tr("This transaction has already been voided."),
                       QStringLiteral("transaction %1 voided before").arg(transactionId));

    QList<Id> memberAccounts;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT a.id, a.member_account_id FROM journal_entries e JOIN "
                                        "ledger_accounts a ON a.id = e.ledger_account_id WHERE e.transaction_id = :t "
                                        "AND a.member_account_id IS NOT NULL ORDER BY a.id"));
        q.bind(QStringLiteral(":t"), transactionId);
        if (Status s = q.exec(); !s)
            return s.error();
        QList<Id> ledgerAccounts;
        while (q.next()) {
            ledgerAccounts.append(q.value(0).toLongLong());
            if (!memberAccounts.contains(q.value(1).toLongLong()))
                memberAccounts.append(q.value(1).toLongLong());
        }
        // In id order, as every posting takes them (see transferPoints).
        for (Id account : std::as_const(ledgerAccounts)) {
            if (Status s = store.lockAccount(account); !s)
                return s.error();
        }
    }

    QList<LedgerStore::EntryDraft> entries;
    for (const LedgerEntry &e : std::as_const(original->entries)) {
        if (e.unit == Unit::Points && e.lotId != kNoId && e.amount > 0) {
            // Points it earned must still be in the lot it made; spent ones cannot be unearned.
            Result<bool> taken = store.takeFromLot(e.ledgerAccountId, e.lotId, e.amount);
            if (!taken)
                return taken.error();
            if (!*taken)
                return refused(tr("The points this transaction gave have been used since, so it cannot be voided."),
                               QStringLiteral("lot %1 no longer holds %2").arg(e.lotId).arg(e.amount));
        } else if (e.unit == Unit::Points && e.lotId != kNoId) {
            // Points it drew go back to the lot they came from, with that lot's expiry; a
            // lot past its expiry has had its own expiry posted and would never expire again.
            SqlQuery lot(m_db, QStringLiteral("SELECT expires_at FROM points_lots WHERE id = :id"));
            lot.bind(QStringLiteral(":id"), e.lotId);
            Result<QVariant> expires = lot.scalar();
            if (!expires)
                return expires.error();
            const QDateTime expiresAt = LedgerStore::fromIso(*expires);
            if (expiresAt.isValid() && expiresAt <= store.now())
                return refused(tr("Some of the points this transaction used have expired since, so it cannot be "
                                  "voided."),
                               QStringLiteral("lot %1 expired at %2").arg(e.lotId).arg(LedgerStore::isoUtc(expiresAt)));
            Result<bool> restored = store.restoreToLot(e.ledgerAccountId, e.lotId, -e.amount);
            if (!restored)
                return restored.error();
            if (!*restored)
                return Error::make(Error::Code::Storage,
                                   tr("The data store could not complete the operation. Nothing was changed."),
                                   QStringLiteral("lot %1 cannot take back %2").arg(e.lotId).arg(-e.amount));
        }
        entries.append({e.ledgerAccountId, e.unit, -e.amount, e.lotId});
    }
    if (Status s = store.writeEntries(*id, entries); !s) {
        // The one way a mirror can fail here: money it put on a member's stored value has
        // been spent since, and that account never goes below zero.
        if (s.error().code == Error::Code::InsufficientFunds)
            return refused(tr("The money this transaction added has been used since, so it cannot be voided."),
                           s.error().detail);
        return s.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("ledger.void"), QStringLiteral("journal_transaction"),
                                  transactionId,
                                  QStringLiteral("%1 voided by transaction %2: %3")
                                      .arg(original->kind)
                                      .arg(*id)
                                      .arg(reason.trimmed()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcLedger) << "transaction" << transactionId << "voided by" << *id;
    Q_EMIT posted(*id, memberAccounts);
    return PostResult{*id, false};
}

} // namespace Club::Core
