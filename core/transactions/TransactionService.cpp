// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionService.h"

#include "TransactionSql.h"
#include "credit/Credit.h"
#include "ledger/LedgerService.h"
#include "reports/ReportCsv.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "util/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Club::Core {

namespace {
RuleHit::Cap capFromKey(const QString &key)
{
    if (key == QLatin1String("day"))
        return RuleHit::Cap::Day;
    if (key == QLatin1String("member"))
        return RuleHit::Cap::Member;
    return RuleHit::Cap::None;
}

// Sale lines keep their rule hits as JSON (SalesSql::whyJson): amounts as text.
QList<RuleHit> hitsFrom(const QString &json)
{
    QList<RuleHit> out;
    const QJsonArray hits = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : hits) {
        const QJsonObject o = v.toObject();
        RuleHit h;
        h.ruleId = o.value(QStringLiteral("ruleId")).toString().toLongLong();
        h.reason = o.value(QStringLiteral("reason")).toString();
        h.discount = o.value(QStringLiteral("discount")).toString().toLongLong();
        h.points = o.value(QStringLiteral("points")).toString().toLongLong();
        h.cap = capFromKey(o.value(QStringLiteral("cap")).toString());
        out.append(h);
    }
    return out;
}

QList<BonusHit> bonusesFrom(const QString &json)
{
    QList<BonusHit> out;
    const QJsonArray hits = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : hits) {
        const QJsonObject o = v.toObject();
        BonusHit b;
        b.ruleId = o.value(QStringLiteral("ruleId")).toString().toLongLong();
        b.reason = o.value(QStringLiteral("reason")).toString();
        b.beneficiaryId = o.value(QStringLiteral("beneficiaryId")).toString().toLongLong();
        b.points = o.value(QStringLiteral("points")).toString().toLongLong();
        b.giftProductId = o.value(QStringLiteral("giftProductId")).toString().toLongLong();
        b.giftCount = o.value(QStringLiteral("giftCount")).toString().toLongLong();
        b.cap = capFromKey(o.value(QStringLiteral("cap")).toString());
        out.append(b);
    }
    return out;
}
} // namespace

TransactionService::TransactionService(
    Database &db, LedgerService &ledger, SalesService &sales, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_sales(sales)
    , m_clock(clock)
    , m_audit(db, clock)
{}

QStringList TransactionService::voidableKinds()
{
    return {QStringLiteral("sale"),
            QStringLiteral("gift"),
            QStringLiteral("earn"),
            QStringLiteral("signup"),
            QStringLiteral("birthday"),
            QStringLiteral("referral"),
            QStringLiteral("spend"),
            QStringLiteral("adjust"),
            QStringLiteral("transfer"),
            QStringLiteral("stored_value.charge"),
            QStringLiteral("stored_value.spend"),
            kPointsPurchaseKind};
}

QDateTime TransactionService::startOfToday() const
{
    const QTimeZone zone = m_sales.settings().zone;
    return m_clock.nowUtc().toTimeZone(zone).date().startOfDay(zone).toUTC();
}

QString TransactionService::whyNotVoidable(const TransactionRow &row) const
{
    if (row.kind == QLatin1String("void"))
        return tr("A void cannot be voided.");
    if (row.voidedBy != kNoId)
        return tr("This transaction has already been voided.");
    if (!voidableKinds().contains(row.kind))
        return tr("This kind of transaction cannot be voided. Record a return or an adjustment instead.");
    if (row.createdAt < startOfToday())
        return tr("Only a transaction of today can be voided. Record a return or an adjustment instead.");
    return {};
}

Result<TransactionPage> TransactionService::list(const Actor &actor,
                                                 const TransactionFilter &filter,
                                                 const TransactionCursor &after,
                                                 int limit) const
{
    if (Status s = require(actor, Permission::TransactionsRead); !s)
        return s.error();
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return Error::make(Error::Code::Invalid, tr("The end date must be after the start date."), {},
                           QStringLiteral("to"));
    if (filter.minAmount && filter.maxAmount && *filter.maxAmount < *filter.minAmount)
        return Error::make(Error::Code::Invalid, tr("The largest amount must not be below the smallest."), {},
                           QStringLiteral("maxAmount"));
    return TransactionSql(m_db).list(filter, after, limit);
}

Result<QList<std::pair<Id, QString>>> TransactionService::operatorNames(const Actor &actor) const
{
    if (Status s = require(actor, Permission::TransactionsRead); !s)
        return s.error();
    return TransactionSql(m_db).operatorNames();
}

Result<TransactionDetail> TransactionService::detail(const Actor &actor, Id transactionId) const
{
    if (Status s = require(actor, Permission::TransactionsRead); !s)
        return s.error();
    const TransactionSql sql(m_db);
    TransactionDetail out;
    Result<TransactionRow> row = sql.row(transactionId);
    if (!row)
        return row.error();
    out.row = *row;
    Result<QList<TransactionEntry>> entries = sql.entries(transactionId);
    if (!entries)
        return entries.error();
    out.entries = *entries;
    // A void of a sale is that sale's return row; the void itself points at the original.
    Result<std::pair<Id, Id>> sale = sql.saleOf(transactionId);
    if (!sale)
        return sale.error();
    out.saleId = sale->first;
    out.returnId = sale->second;
    if (out.saleId != kNoId) {
        Result<Sale> loaded = m_sales.sale(actor, out.saleId);
        if (!loaded)
            return loaded.error();
        out.saleBranchId = loaded->branchId;
        out.receiptNo = loaded->receiptNo;
        QList<Id> ruleIds;
        for (const SaleLine &line : loaded->lines) {
            TransactionLine l{line, {}};
            for (const RuleHit &hit : hitsFrom(line.whyJson)) {
                l.why.append({hit, {}});
                ruleIds.append(hit.ruleId);
            }
            out.lines.append(l);
        }
        out.bonuses = bonusesFrom(loaded->bonusesJson);
        for (const BonusHit &b : std::as_const(out.bonuses))
            ruleIds.append(b.ruleId);
        Result<QHash<Id, QString>> names = sql.ruleNames(ruleIds);
        if (!names)
            return names.error();
        for (TransactionLine &l : out.lines) {
            for (RuleReason &r : l.why)
                r.ruleName = names->value(r.hit.ruleId);
        }
        for (const BonusHit &b : std::as_const(out.bonuses))
            out.bonusRuleNames.append(names->value(b.ruleId));
    }
    out.notVoidable = whyNotVoidable(out.row);
    out.voidable = out.notVoidable.isEmpty();
    return out;
}

Result<Id> TransactionService::voidTransaction(const Actor &actor, Id transactionId, const QString &reason)
{
    if (Status s = require(actor, Permission::TransactionsVoid); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Enter the reason for the void."), QStringLiteral("no reason"),
                           QStringLiteral("reason"));
    const TransactionSql sql(m_db);
    Result<TransactionRow> row = sql.row(transactionId);
    if (!row)
        return row.error();
    if (const QString why = whyNotVoidable(*row); !why.isEmpty())
        return Error::make(Error::Code::Conflict, why,
                           QStringLiteral("transaction %1 (%2) not voidable").arg(transactionId).arg(row->kind));
    // The day is checked again by the ledger inside the void's own database transaction.
    const QDateTime notBefore = startOfToday();
    Id voidId = kNoId;
    if (row->kind == QLatin1String("sale")) {
        Result<std::pair<Id, Id>> sale = sql.saleOf(transactionId);
        if (!sale)
            return sale.error();
        if (sale->first == kNoId)
            return Error::make(Error::Code::NotFound, tr("The sale of this transaction was not found."),
                               QStringLiteral("no sale for transaction %1").arg(transactionId));
        Result<SaleReturn> voided = m_sales.voidSale(actor, sale->first, reason, notBefore);
        if (!voided)
            return voided.error();
        voidId = voided->transactionId;
    } else if (row->kind == QLatin1String("gift")) {
        Result<PostResult> voided = m_sales.voidGift(actor, transactionId, reason, notBefore);
        if (!voided)
            return voided.error();
        voidId = voided->transactionId;
    } else {
        Result<PostResult> voided = m_ledger.reverse(actor, transactionId, reason, notBefore);
        if (!voided)
            return voided.error();
        voidId = voided->transactionId;
    }
    qCInfo(lcLedger) << "transaction" << transactionId << "voided by" << voidId;
    Q_EMIT transactionVoided(transactionId, voidId);
    return voidId;
}

Result<QByteArray>
TransactionService::exportCsv(const Actor &actor, const TransactionFilter &filter, const QCalendar &calendar) const
{
    if (Status s = require(actor, Permission::TransactionsRead); !s)
        return s.error();
    const QTimeZone zone = m_sales.settings().zone;
    ReportTable table;
    table.calendar = calendar;
    table.zone = zone;
    table.asOf = m_clock.nowUtc();
    table.title = tr("Transactions");
    table.columns = {{QStringLiteral("id"), tr("Number"), ColumnKind::Count},
                     {QStringLiteral("date"), tr("Date"), ColumnKind::Date},
                     {QStringLiteral("time"), tr("Time"), ColumnKind::Text},
                     {QStringLiteral("kind"), tr("Kind"), ColumnKind::Text},
                     {QStringLiteral("branch"), tr("Branch"), ColumnKind::Text},
                     {QStringLiteral("operator"), tr("Operator"), ColumnKind::Text},
                     {QStringLiteral("member"), tr("Member"), ColumnKind::Text},
                     {QStringLiteral("points"), tr("Points"), ColumnKind::Points},
                     {QStringLiteral("money"), tr("Amount"), ColumnKind::Money},
                     {QStringLiteral("reference"), tr("Reference"), ColumnKind::Text},
                     {QStringLiteral("memo"), tr("Note"), ColumnKind::Text},
                     {QStringLiteral("voided_by"), tr("Voided by"), ColumnKind::Count}};
    TransactionCursor after;
    do {
        Result<TransactionPage> page = list(actor, filter, after, 500);
        if (!page)
            return page.error();
        for (const TransactionRow &r : std::as_const(page->rows)) {
            const QDateTime local = r.createdAt.toTimeZone(zone);
            table.rows.append(QVariantList{r.id, local.date(), local.time().toString(QStringLiteral("HH:mm:ss")),
                                           r.kind, r.branchName, r.operatorName, r.memberName, r.points, r.money,
                                           r.reference, r.memo,
                                           r.voidedBy != kNoId ? QVariant(r.voidedBy) : QVariant()});
        }
        after = page->next;
        if (!page->more)
            break;
    } while (true);
    return ReportCsv::toCsv(table);
}

} // namespace Club::Core
