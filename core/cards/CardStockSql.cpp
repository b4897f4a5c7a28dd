// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardStockSql.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

namespace {
QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime dateTimeOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

const QString kStockCardSelect = QStringLiteral(
    "SELECT s.id, s.batch_id, s.seq, s.number, b.card_type_id, t.name, t.kind, s.status, s.branch_id, "
    "s.distributed_to, s.distribution_note, s.block_reason, s.chip_uid, b.preloaded_value, b.expires_on, "
    "b.created_at, s.activated_at, s.bound_at, s.member_id, s.card_id, s.encoded_at, b.promotional "
    "FROM card_stock_cards s JOIN card_stock_batches b ON b.id = s.batch_id "
    "JOIN card_types t ON t.id = b.card_type_id ");

StockCard stockCardFromRow(const SqlQuery &q)
{
    StockCard c;
    c.id = q.value(0).toLongLong();
    c.batchId = q.value(1).toLongLong();
    c.seq = q.value(2).toInt();
    c.number = q.value(3).toString();
    c.cardTypeId = q.value(4).toLongLong();
    c.cardTypeName = q.value(5).toString();
    c.kind = cardKindFromKey(q.value(6).toString()).value_or(CardKind::Loyalty);
    c.status = stockCardStatusFromKey(q.value(7).toString()).value_or(StockCardStatus::Blocked);
    c.branchId = q.value(8).toLongLong();
    c.distributedTo = q.value(9).toString();
    c.distributionNote = q.value(10).toString();
    c.blockReason = q.value(11).toString();
    c.chipUid = q.value(12).toString();
    c.preloadedValue = q.value(13).toLongLong();
    c.expiresOn = dateOf(q.value(14));
    c.createdAt = dateTimeOf(q.value(15));
    c.activatedAt = dateTimeOf(q.value(16));
    c.boundAt = dateTimeOf(q.value(17));
    c.memberId = idOf(q.value(18));
    c.cardId = idOf(q.value(19));
    c.encodedAt = dateTimeOf(q.value(20));
    c.promotional = q.value(21).toInt() != 0;
    return c;
}

SqlQuery &bindRange(SqlQuery &q, Id batchId, int fromSeq, int toSeq)
{
    return q.bind(QStringLiteral(":batch"), batchId)
        .bind(QStringLiteral(":from"), fromSeq)
        .bind(QStringLiteral(":to"), toSeq);
}
} // namespace

Result<qint64> CardStockSql::reserveSerials(const QString &prefix, int count) const
{
    SqlQuery ensure(m_db, QStringLiteral("INSERT INTO card_number_sequences (prefix, next_serial) VALUES (:p, 1) "
                                         "ON CONFLICT (prefix) DO NOTHING"));
    ensure.bind(QStringLiteral(":p"), prefix);
    if (Status s = ensure.exec(); !s)
        return s.error();
    SqlQuery take(m_db, QStringLiteral("UPDATE card_number_sequences SET next_serial = next_serial + :n "
                                       "WHERE prefix = :p RETURNING next_serial - :n2"));
    take.bind(QStringLiteral(":n"), count).bind(QStringLiteral(":p"), prefix).bind(QStringLiteral(":n2"), count);
    Result<QVariant> first = take.scalar();
    if (!first)
        return first.error();
    return first->toLongLong();
}

Result<bool> CardStockSql::issuedNumberExists(const QString &number) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE number = :n"));
    q.bind(QStringLiteral(":n"), number);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<Id> CardStockSql::insertBatch(const StockBatch &batch, Id operatorId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO card_stock_batches (card_type_id, branch_id, quantity, "
                                    "preloaded_value, promotional, expires_on, note, created_by, created_at) VALUES (:t, :b, :q, "
                                    ":v, :promo, :exp, :note, :op, :at) RETURNING id"));
    q.bind(QStringLiteral(":t"), batch.cardTypeId)
        .bind(QStringLiteral(":b"), batch.branchId)
        .bind(QStringLiteral(":q"), batch.quantity)
        .bind(QStringLiteral(":v"), batch.preloadedValue)
        .bind(QStringLiteral(":promo"), batch.promotional ? 1 : 0)
        .bind(QStringLiteral(":exp"),
              batch.expiresOn.isValid() ? QVariant(batch.expiresOn.toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":note"), batch.note)
        .bind(QStringLiteral(":op"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), iso(batch.createdAt));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status CardStockSql::insertCard(Id batchId, int seq, const QString &number, Id branchId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO card_stock_cards (batch_id, seq, number, status, branch_id) "
                                    "VALUES (:batch, :seq, :n, 'in_stock', :b)"));
    q.bind(QStringLiteral(":batch"), batchId)
        .bind(QStringLiteral(":seq"), seq)
        .bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":b"), branchId);
    return q.exec();
}

Status CardStockSql::takeBlanks(Id branchId, Id cardTypeId, int count, Id operatorId, const QDateTime &at) const
{
    SqlQuery take(m_db, QStringLiteral("UPDATE card_stock SET quantity = quantity - :n WHERE branch_id = :b "
                                       "AND card_type_id = :t AND quantity >= :n2"));
    take.bind(QStringLiteral(":n"), count)
        .bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":t"), cardTypeId)
        .bind(QStringLiteral(":n2"), count);
    if (Status s = take.exec(); !s)
        return s;
    if (take.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict,
                           tr("This branch does not have %Ln blank card(s) of this type.", nullptr, count),
                           QStringLiteral("card_stock.no_blanks"), QStringLiteral("quantity"));
    SqlQuery move(m_db, QStringLiteral("INSERT INTO card_stock_movements (branch_id, card_type_id, delta, reason, "
                                       "operator_id, at) VALUES (:b, :t, :d, 'stock batch', :op, :at)"));
    move.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":t"), cardTypeId)
        .bind(QStringLiteral(":d"), -qint64(count))
        .bind(QStringLiteral(":op"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), iso(at));
    return move.exec();
}

Result<QList<StockBatch>> CardStockSql::batches(Id batchId) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT b.id, b.card_type_id, t.name, t.kind, b.branch_id, br.name, b.quantity, "
                         "b.preloaded_value, b.expires_on, b.note, b.created_at, "
                         "(SELECT MIN(number) FROM card_stock_cards WHERE batch_id = b.id), "
                         "(SELECT MAX(number) FROM card_stock_cards WHERE batch_id = b.id), "
                         "(SELECT COUNT(*) FROM card_stock_cards WHERE batch_id = b.id AND status = 'in_stock'), "
                         "(SELECT COUNT(*) FROM card_stock_cards WHERE batch_id = b.id AND status = 'distributed'), "
                         "(SELECT COUNT(*) FROM card_stock_cards WHERE batch_id = b.id AND status = 'bound'), "
                         "(SELECT COUNT(*) FROM card_stock_cards WHERE batch_id = b.id AND status = 'blocked'), b.promotional "
                         "FROM card_stock_batches b JOIN card_types t ON t.id = b.card_type_id "
                         "JOIN branches br ON br.id = b.branch_id WHERE (:id = 0 OR b.id = :id2) ORDER BY b.id DESC"));
    q.bind(QStringLiteral(":id"), batchId).bind(QStringLiteral(":id2"), batchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockBatch> out;
    while (q.next()) {
        StockBatch b;
        b.id = q.value(0).toLongLong();
        b.cardTypeId = q.value(1).toLongLong();
        b.cardTypeName = q.value(2).toString();
        b.kind = cardKindFromKey(q.value(3).toString()).value_or(CardKind::Loyalty);
        b.branchId = q.value(4).toLongLong();
        b.branchName = q.value(5).toString();
        b.quantity = q.value(6).toInt();
        b.preloadedValue = q.value(7).toLongLong();
        b.expiresOn = dateOf(q.value(8));
        b.note = q.value(9).toString();
        b.createdAt = dateTimeOf(q.value(10));
        b.firstNumber = q.value(11).toString();
        b.lastNumber = q.value(12).toString();
        b.inStock = q.value(13).toInt();
        b.distributed = q.value(14).toInt();
        b.bound = q.value(15).toInt();
        b.blocked = q.value(16).toInt();
        b.promotional = q.value(17).toInt() != 0;
        out.append(b);
    }
    return out;
}

Result<QList<StockCard>> CardStockSql::cardsOfBatch(Id batchId) const
{
    SqlQuery q(m_db, kStockCardSelect + QStringLiteral("WHERE s.batch_id = :b ORDER BY s.seq"));
    q.bind(QStringLiteral(":b"), batchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockCard> out;
    while (q.next())
        out.append(stockCardFromRow(q));
    return out;
}

Result<StockCard> CardStockSql::card(Id stockCardId) const
{
    SqlQuery q(m_db, kStockCardSelect + QStringLiteral("WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), stockCardId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The stock card was not found."),
                           QStringLiteral("stock card %1").arg(stockCardId));
    return stockCardFromRow(q);
}

Result<StockCard> CardStockSql::cardByNumber(const QString &number) const
{
    SqlQuery q(m_db, kStockCardSelect + QStringLiteral("WHERE s.number = :n"));
    q.bind(QStringLiteral(":n"), number);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The stock card was not found."),
                           QStringLiteral("no stock card with that number"));
    return stockCardFromRow(q);
}

Result<QList<StockCount>> CardStockSql::counts(Id branchId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT s.branch_id, br.name, b.card_type_id, t.name, s.status, COUNT(*) "
                              "FROM card_stock_cards s JOIN card_stock_batches b ON b.id = s.batch_id "
                              "JOIN card_types t ON t.id = b.card_type_id JOIN branches br ON br.id = s.branch_id "
                              "WHERE (:b = 0 OR s.branch_id = :b2) "
                              "GROUP BY s.branch_id, br.name, b.card_type_id, t.name, s.status "
                              "ORDER BY br.name, t.name, s.status"));
    q.bind(QStringLiteral(":b"), branchId).bind(QStringLiteral(":b2"), branchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockCount> out;
    while (q.next()) {
        StockCount c;
        c.branchId = q.value(0).toLongLong();
        c.branchName = q.value(1).toString();
        c.cardTypeId = q.value(2).toLongLong();
        c.cardTypeName = q.value(3).toString();
        c.status = stockCardStatusFromKey(q.value(4).toString()).value_or(StockCardStatus::Blocked);
        c.count = q.value(5).toLongLong();
        out.append(c);
    }
    return out;
}

Result<int> CardStockSql::rangeSize(Id batchId, int fromSeq, int toSeq) const
{
    return countInRange(batchId, fromSeq, toSeq, {});
}

Result<int> CardStockSql::countInRange(Id batchId, int fromSeq, int toSeq, const QStringList &statuses) const
{
    // At most two statuses are asked for; unused slots repeat the first.
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM card_stock_cards WHERE batch_id = :batch AND seq >= :from "
                                    "AND seq <= :to") +
                         (statuses.isEmpty() ? QString() : QStringLiteral(" AND status IN (:s1, :s2)")));
    bindRange(q, batchId, fromSeq, toSeq);
    if (!statuses.isEmpty())
        q.bind(QStringLiteral(":s1"), statuses.value(0))
            .bind(QStringLiteral(":s2"), statuses.value(1, statuses.value(0)));
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> CardStockSql::distribute(const StockDistribution &d, const QDateTime &at) const
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE card_stock_cards SET status = 'distributed', distributed_to = :to, "
                              "distribution_note = :note, distributed_at = :at, "
                              "branch_id = COALESCE(:branch, branch_id) "
                              "WHERE batch_id = :batch AND seq >= :from AND seq <= :to2 AND status = 'in_stock'"));
    q.bind(QStringLiteral(":to"), d.recipient)
        .bind(QStringLiteral(":note"), d.note)
        .bind(QStringLiteral(":at"), iso(at))
        .bind(QStringLiteral(":branch"), idOrNull(d.toBranchId))
        .bind(QStringLiteral(":batch"), d.batchId)
        .bind(QStringLiteral(":from"), d.fromSeq)
        .bind(QStringLiteral(":to2"), d.toSeq);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected();
}

Result<int> CardStockSql::block(Id batchId, int fromSeq, int toSeq, const QString &reason) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE card_stock_cards SET status = 'blocked', block_reason = :r "
                                    "WHERE batch_id = :batch AND seq >= :from AND seq <= :to "
                                    "AND status IN ('in_stock', 'distributed')"));
    q.bind(QStringLiteral(":r"), reason);
    bindRange(q, batchId, fromSeq, toSeq);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected();
}

Status CardStockSql::setChipUid(Id stockCardId, const QString &chipUid, const QDateTime &at) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE card_stock_cards SET chip_uid = :uid, encoded_at = :at WHERE id = :id "
                                    "AND status IN ('in_stock', 'distributed')"));
    q.bind(QStringLiteral(":uid"), chipUid.isEmpty() ? QVariant() : QVariant(chipUid))
        .bind(QStringLiteral(":at"), iso(at))
        .bind(QStringLiteral(":id"), stockCardId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("Only a card still in stock can be encoded."),
                           QStringLiteral("stock card %1 not in stock").arg(stockCardId));
    return {};
}

Result<bool> CardStockSql::markBound(Id stockCardId, Id memberId, Id cardId, Id operatorId, const QDateTime &at) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE card_stock_cards SET status = 'bound', activated_at = :at, "
                                    "activated_by = :op, bound_at = :at2, member_id = :m, card_id = :c "
                                    "WHERE id = :id AND status = 'distributed'"));
    q.bind(QStringLiteral(":at"), iso(at))
        .bind(QStringLiteral(":op"), idOrNull(operatorId))
        .bind(QStringLiteral(":at2"), iso(at))
        .bind(QStringLiteral(":m"), memberId)
        .bind(QStringLiteral(":c"), cardId)
        .bind(QStringLiteral(":id"), stockCardId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

} // namespace Club::Core
