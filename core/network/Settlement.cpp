// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The settlement half of NetworkService: who owes whom for points spent away from the
// merchant that issued them, and the payment that clears a period.
#include "NetworkService.h"

#include "NetworkSql.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QMap>

#include <algorithm>

namespace Club::Core {

namespace {
Status checkPeriod(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Error::make(Error::Code::Invalid, NetworkService::tr("Choose a period whose end is after its start."),
                           {}, QStringLiteral("to"));
    return {};
}

QString periodKey(const QDateTime &from, const QDateTime &to)
{
    return LedgerStore::isoUtc(from) + QLatin1Char('/') + LedgerStore::isoUtc(to);
}
} // namespace

Result<SettlementReport> NetworkService::computeSettlement(const QDateTime &from, const QDateTime &to) const
{
    const NetworkSql sql(m_db);
    const QString fromIso = LedgerStore::isoUtc(from);
    const QString toIso = LedgerStore::isoUtc(to);
    Result<QList<NetworkSql::Leg>> legs = sql.legsBetween(fromIso, toIso);
    if (!legs)
        return legs.error();

    // Pairs per transaction: a sale (or its return) at one merchant has one leg of one sign
    // for that merchant and the opposite legs for the merchants whose points it took, so
    // each of those legs pairs with the lone one. Netted per pair of merchants: the key
    // is (smaller id, larger id) and the amount what the smaller owes the larger.
    QMap<std::pair<Id, Id>, Money> pairs;
    auto flush = [&pairs](const QList<NetworkSql::Leg> &tx) {
        QList<NetworkSql::Leg> plus, minus;
        for (const NetworkSql::Leg &l : tx)
            (l.amount > 0 ? plus : minus).append(l);
        auto owe = [&pairs](Id debtor, Id creditor, Money amount) {
            if (debtor < creditor)
                pairs[{debtor, creditor}] += amount;
            else
                pairs[{creditor, debtor}] -= amount;
        };
        if (plus.size() == 1) {
            for (const NetworkSql::Leg &l : std::as_const(minus))
                owe(l.merchantId, plus.first().merchantId, -l.amount);
        } else if (minus.size() == 1) {
            for (const NetworkSql::Leg &l : std::as_const(plus))
                owe(minus.first().merchantId, l.merchantId, l.amount);
        }
    };
    QList<NetworkSql::Leg> current;
    for (const NetworkSql::Leg &leg : std::as_const(*legs)) {
        if (!current.isEmpty() && current.first().transactionId != leg.transactionId) {
            flush(current);
            current.clear();
        }
        current.append(leg);
    }
    flush(current);

    Result<QList<Merchant>> merchants = namedMerchants();
    if (!merchants)
        return merchants.error();
    QMap<Id, QString> names;
    for (const Merchant &m : std::as_const(*merchants))
        names.insert(m.id, m.name);

    SettlementReport report;
    report.from = from;
    report.to = to;
    QMap<Id, SettlementLine> lines;
    auto line = [&](Id id) -> SettlementLine & {
        SettlementLine &l = lines[id];
        l.merchantId = id;
        l.merchantName = names.value(id);
        return l;
    };
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        if (it.value() == 0)
            continue;
        SettlementPair p;
        const bool forward = it.value() > 0;
        p.debtorId = forward ? it.key().first : it.key().second;
        p.creditorId = forward ? it.key().second : it.key().first;
        p.amount = forward ? it.value() : -it.value();
        p.debtorName = names.value(p.debtorId);
        p.creditorName = names.value(p.creditorId);
        report.pairs.append(p);
        line(p.debtorId).owes += p.amount;
        line(p.creditorId).owedTo += p.amount;
    }
    report.merchants = lines.values();
    std::sort(report.merchants.begin(), report.merchants.end(), [](const SettlementLine &a, const SettlementLine &b) {
        return a.merchantName.localeAwareCompare(b.merchantName) < 0;
    });
    for (const SettlementLine &l : std::as_const(report.merchants))
        report.total += l.net();

    Result<NetworkSql::Payment> paid = sql.payment(fromIso, toIso);
    if (!paid)
        return paid.error();
    report.paymentTransactionId = paid->transactionId;
    report.settledAt = paid->createdAt;
    return report;
}

Result<SettlementReport>
NetworkService::settlement(const Actor &actor, const QDateTime &from, const QDateTime &to) const
{
    if (Status s = require(actor, Permission::SettlementRead); !s)
        return s.error();
    if (Status s = checkPeriod(from, to); !s)
        return s.error();
    return computeSettlement(from.toUTC(), to.toUTC());
}

Result<SettlementReport> NetworkService::settle(const Actor &actor, const QDateTime &fromIn, const QDateTime &toIn)
{
    if (Status s = require(actor, Permission::SettlementPost); !s)
        return s.error();
    if (Status s = checkPeriod(fromIn, toIn); !s)
        return s.error();
    const QDateTime from = fromIn.toUTC();
    const QDateTime to = toIn.toUTC();
    const NetworkSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<NetworkSql::Payment> existing = sql.payment(LedgerStore::isoUtc(from), LedgerStore::isoUtc(to));
    if (!existing)
        return existing.error();
    if (existing->id != kNoId)
        return computeSettlement(from, to); // settled before: the same payment, nothing new
    if (to > m_clock.nowUtc())
        return Error::make(Error::Code::Conflict, tr("A period can be settled once it has ended."),
                           QStringLiteral("period ends %1").arg(LedgerStore::isoUtc(to)), QStringLiteral("to"));
    Result<bool> overlaps = sql.overlapsPayment(LedgerStore::isoUtc(from), LedgerStore::isoUtc(to));
    if (!overlaps)
        return overlaps.error();
    if (*overlaps)
        return Error::make(Error::Code::Conflict,
                           tr("Part of this period is already settled. Choose a period after the last settlement."),
                           QStringLiteral("overlapping settlement"), QStringLiteral("from"));
    Result<SettlementReport> report = computeSettlement(from, to);
    if (!report)
        return report.error();

    // Each merchant's settlement account moves by minus its net for the period: what it was
    // owed is paid to it and what it owed is paid by it. The legs sum to zero (the nets do).
    LedgerBatch batch;
    batch.kind = QStringLiteral("settlement.payment");
    batch.reference = QStringLiteral("settlement:") + periodKey(from, to);
    for (const SettlementLine &l : std::as_const(report->merchants)) {
        if (l.net() != 0)
            batch.money.append({LedgerStore::settlementCode(l.merchantId), -l.net()});
    }
    if (batch.money.isEmpty())
        return Error::make(Error::Code::Conflict, tr("Nothing is owed between merchants in this period."),
                           QStringLiteral("empty settlement"));
    Result<BatchResult> posted =
        m_ledger.postBatch(actor, kNoId, batch, QStringLiteral("settlement.payment:") + periodKey(from, to));
    if (!posted)
        return posted.error();
    if (Status s = sql.insertPayment(LedgerStore::isoUtc(from), LedgerStore::isoUtc(to), posted->transactionId,
                                     actor.operatorId, nowIso());
        !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("settlement.payment"), QStringLiteral("journal_transaction"),
                                  posted->transactionId, periodKey(from, to));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.value().paymentTransactionId = posted->transactionId;
    report.value().settledAt = m_clock.nowUtc();
    Q_EMIT settled(posted->transactionId);
    return report;
}

ReportTable NetworkService::settlementTable(const SettlementReport &report) const
{
    ReportTable t;
    t.title = tr("Settlement between merchants");
    t.columns = {{QStringLiteral("merchant"), tr("Merchant"), ColumnKind::Text},
                 {QStringLiteral("owes"), tr("Owes"), ColumnKind::Money},
                 {QStringLiteral("owed_to"), tr("Is owed"), ColumnKind::Money},
                 {QStringLiteral("net"), tr("Net"), ColumnKind::Money}};
    for (const SettlementLine &l : report.merchants)
        t.rows.append({l.merchantName, l.owes, l.owedTo, l.net()});
    t.filters.from = report.from;
    t.filters.to = report.to;
    t.asOf = m_clock.nowUtc();
    return t;
}

} // namespace Club::Core
