// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A pre-printed stock card becoming a member's card (the card side of CardStockService).
#include "CardService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

Result<Card> CardService::bindStockCard(const Actor &actor,
                                        Id memberId,
                                        Id cardTypeId,
                                        const QString &number,
                                        const QString &chipUid,
                                        const QDate &expiresOn)
{
    if (Status s = require(actor, Permission::CardIssue); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<CardType> type = loadCardType(cardTypeId);
    if (!type)
        return type.error();
    if (Status s = checkMember(memberId); !s)
        return s.error();
    if (Status s = checkMemberLimit(*type, memberId, kNoId); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO cards (number, card_type_id, member_id, sequence_no, status, "
                                    "branch_id, issued_by, issued_at, expires_at, chip_uid) VALUES (:n, :t, :m, 1, "
                                    "'active', :b, :op, :at, :exp, :uid) RETURNING id"));
    q.bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":t"), type->id)
        .bind(QStringLiteral(":m"), memberId)
        .bind(QStringLiteral(":b"), idOrNull(actor.branchId))
        .bind(QStringLiteral(":op"), idOrNull(actor.operatorId))
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":exp"), expiresOn.isValid() ? QVariant(expiresOn.toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":uid"), chipUid.isEmpty() ? QVariant() : QVariant(chipUid));
    Result<QVariant> id = q.scalar();
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Conflict,
                               tr("A card with this number or chip is already in use. Keep the card and call a "
                                  "manager."),
                               kChipUidTaken);
        return id.error();
    }
    const Id cardId = id->toLongLong();
    if (Status s = addEvent(actor, cardId, QStringLiteral("issued.stock"), type->name); !s)
        return s.error();
    if (Status s = m_audit.record(
            actor, QStringLiteral("card.bind_stock"), QStringLiteral("card"), cardId,
            QStringLiteral("%1 type=%2 member=%3").arg(maskCardNumber(number), type->name).arg(memberId));
        !s)
        return s.error();
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "stock card" << maskCardNumber(number) << "bound to member" << memberId;
    Q_EMIT cardIssued(cardId, memberId);
    return card;
}

} // namespace Club::Core
