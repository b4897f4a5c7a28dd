// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinSql.h"

#include "auth/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Server {

using namespace Club::Core;

QString PinSql::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

Result<PinSql::Taken>
PinSql::take(const Actor &actor, const QString &cardNumber, const QString &hash, const QDateTime &changedAt)
{
    if (Status s = require(actor, Permission::PinSet); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // The card row is locked, so two desks pushing at once are compared one after the other.
    const bool pg = m_db.engine() == Database::Engine::PostgreSQL;
    SqlQuery q(m_db, QStringLiteral("SELECT id, pin_hash, pin_changed_at FROM cards WHERE number = :n") +
                         (pg ? QStringLiteral(" FOR UPDATE") : QString()));
    q.bind(QStringLiteral(":n"), cardNumber);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, QStringLiteral("No such card."),
                           QStringLiteral("pin push for unknown card %1").arg(maskCardNumber(cardNumber)));
    const Id cardId = q.value(0).toLongLong();
    const QString current = q.value(1).toString();
    const QDateTime currentAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC();
    q.raw().finish();

    Taken taken;
    taken.pinChangedAt = currentAt;
    if (current == hash) {
        taken.outcome = Outcome::Unchanged;
        return taken;
    }
    // NULL (a PIN from before migration 0028, or set at issue) is older than any.
    if (currentAt.isValid() && currentAt > changedAt) {
        taken.outcome = Outcome::Superseded;
        return taken;
    }
    const QString at = changedAt.toUTC().toString(Qt::ISODateWithMs);
    SqlQuery set(m_db, QStringLiteral("UPDATE cards SET pin_hash = :h, pin_changed_at = :at, pin_failures = 0 "
                                      "WHERE id = :id"));
    set.bind(QStringLiteral(":h"), hash).bind(QStringLiteral(":at"), at).bind(QStringLiteral(":id"), cardId);
    if (Status s = set.exec(); !s)
        return s.error();
    if (Status s = AuditLog(m_db, m_clock)
                       .record(actor, QStringLiteral("card.pin_synced"), QStringLiteral("card"), cardId,
                               maskCardNumber(cardNumber));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "PIN taken from a desk for card" << cardId;
    taken.outcome = Outcome::Applied;
    taken.pinChangedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    return taken;
}

} // namespace Club::Server
