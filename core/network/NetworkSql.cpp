// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkSql.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace Club::Core {

const QString NetworkSql::kCrossSpendKey = QStringLiteral("network.cross_merchant_spend");

namespace {
const QString kSettlementPrefix = QStringLiteral("system:settlement:");

Id merchantOfCode(const QString &code)
{
    return code.mid(kSettlementPrefix.size()).toLongLong();
}
} // namespace

Result<QList<Guild>> NetworkSql::guilds() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, active FROM guilds ORDER BY name, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Guild> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0});
    return out;
}

Result<Id> NetworkSql::insertGuild(const Guild &g, const QString &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO guilds (name, active, created_at, updated_at) "
                                    "VALUES (:n, :a, :c, :u) RETURNING id"));
    q.bind(QStringLiteral(":n"), g.name)
        .bind(QStringLiteral(":a"), g.active ? 1 : 0)
        .bind(QStringLiteral(":c"), now)
        .bind(QStringLiteral(":u"), now);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status NetworkSql::updateGuild(const Guild &g, const QString &now) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE guilds SET name = :n, active = :a, updated_at = :u WHERE id = :id"));
    q.bind(QStringLiteral(":n"), g.name)
        .bind(QStringLiteral(":a"), g.active ? 1 : 0)
        .bind(QStringLiteral(":u"), now)
        .bind(QStringLiteral(":id"), g.id);
    return q.exec();
}

Result<QList<Merchant>> NetworkSql::merchants() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT m.id, m.name, m.guild_id, COALESCE(g.name, ''), m.active, m.is_home, "
                                    "m.no_cross_spend FROM merchants m LEFT JOIN guilds g ON g.id = m.guild_id "
                                    "ORDER BY m.is_home DESC, m.name, m.id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Merchant> out;
    while (q.next()) {
        Merchant m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.guildId = idOf(q.value(2));
        m.guildName = q.value(3).toString();
        m.active = q.value(4).toInt() != 0;
        m.home = q.value(5).toInt() != 0;
        m.noCrossSpend = q.value(6).toInt() != 0;
        out.append(m);
    }
    return out;
}

Result<Id> NetworkSql::insertMerchant(const Merchant &m, const QString &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO merchants (name, guild_id, active, is_home, no_cross_spend, "
                                    "created_at, updated_at) VALUES (:n, :g, :a, 0, :x, :c, :u) RETURNING id"));
    q.bind(QStringLiteral(":n"), m.name)
        .bind(QStringLiteral(":g"), idOrNull(m.guildId))
        .bind(QStringLiteral(":a"), m.active ? 1 : 0)
        .bind(QStringLiteral(":x"), m.noCrossSpend ? 1 : 0)
        .bind(QStringLiteral(":c"), now)
        .bind(QStringLiteral(":u"), now);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status NetworkSql::updateMerchant(const Merchant &m, const QString &now) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE merchants SET name = :n, guild_id = :g, active = :a, "
                                    "no_cross_spend = :x, updated_at = :u WHERE id = :id"));
    q.bind(QStringLiteral(":n"), m.name)
        .bind(QStringLiteral(":g"), idOrNull(m.guildId))
        .bind(QStringLiteral(":a"), m.active ? 1 : 0)
        .bind(QStringLiteral(":x"), m.noCrossSpend ? 1 : 0)
        .bind(QStringLiteral(":u"), now)
        .bind(QStringLiteral(":id"), m.id);
    return q.exec();
}

Result<Id> NetworkSql::homeMerchant() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT MIN(id) FROM merchants WHERE is_home = 1"));
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return idOf(*v);
}

Result<QList<NetworkBranch>> NetworkSql::branches() const
{
    QList<NetworkBranch> out;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT b.id, b.code, b.name, COALESCE(b.merchant_id, "
                                        "(SELECT MIN(id) FROM merchants WHERE is_home = 1)), b.active "
                                        "FROM branches b ORDER BY b.code, b.id"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            NetworkBranch b;
            b.id = q.value(0).toLongLong();
            b.code = q.value(1).toString();
            b.name = q.value(2).toString();
            b.merchantId = idOf(q.value(3));
            b.active = q.value(4).toInt() != 0;
            out.append(b);
        }
    }
    // Terminals: those registered with the central server, and those that posted here.
    SqlQuery t(m_db, QStringLiteral("SELECT branch_id, terminal_id FROM server_terminals UNION "
                                    "SELECT DISTINCT branch_id, terminal FROM journal_transactions "
                                    "WHERE terminal <> '' AND branch_id IS NOT NULL ORDER BY 1, 2"));
    if (Status s = t.exec(); !s)
        return s.error();
    QHash<Id, QStringList> terminals;
    while (t.next()) {
        QStringList &list = terminals[t.value(0).toLongLong()];
        const QString name = t.value(1).toString();
        if (!list.contains(name))
            list.append(name);
    }
    for (NetworkBranch &b : out)
        b.terminals = terminals.value(b.id);
    return out;
}

Result<Id> NetworkSql::insertBranch(const NetworkBranch &b, const QString &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO branches (code, name, active, created_at, merchant_id) "
                                    "VALUES (:c, :n, :a, :at, :m) RETURNING id"));
    q.bind(QStringLiteral(":c"), b.code)
        .bind(QStringLiteral(":n"), b.name)
        .bind(QStringLiteral(":a"), b.active ? 1 : 0)
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":m"), idOrNull(b.merchantId));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status NetworkSql::updateBranch(const NetworkBranch &b) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE branches SET code = :c, name = :n, active = :a, merchant_id = :m "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":c"), b.code)
        .bind(QStringLiteral(":n"), b.name)
        .bind(QStringLiteral(":a"), b.active ? 1 : 0)
        .bind(QStringLiteral(":m"), idOrNull(b.merchantId))
        .bind(QStringLiteral(":id"), b.id);
    return q.exec();
}

Result<QString> NetworkSql::storeName() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), QStringLiteral("store.name"));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> NetworkSql::crossSpendSetting() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), kCrossSpendKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return !q.next() || q.value(0).toString() != QLatin1String("0");
}

Status NetworkSql::setCrossSpendSetting(bool allowed) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), kCrossSpendKey).bind(QStringLiteral(":v"), allowed ? QStringLiteral("1")
                                                                                     : QStringLiteral("0"));
    return q.exec();
}

Result<NetworkSql::Place> NetworkSql::place(Id branchId) const
{
    Result<bool> cross = crossSpendSetting();
    if (!cross)
        return cross.error();
    SqlQuery q(m_db, QStringLiteral("SELECT m.id, m.guild_id, m.no_cross_spend FROM merchants m WHERE m.id = "
                                    "COALESCE((SELECT b.merchant_id FROM branches b WHERE b.id = :b), "
                                    "(SELECT MIN(id) FROM merchants WHERE is_home = 1))"));
    q.bind(QStringLiteral(":b"), idOrNull(branchId));
    if (Status s = q.exec(); !s)
        return s.error();
    Place p;
    p.crossSpend = *cross;
    if (q.next()) {
        p.merchantId = q.value(0).toLongLong();
        p.guildId = idOf(q.value(1));
        p.crossSpend = p.crossSpend && q.value(2).toInt() == 0;
    }
    return p;
}

Result<QList<Id>> NetworkSql::unknownIds(const QString &table, const QList<Id> &ids) const
{
    QList<Id> out;
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE id = :id"));
    for (Id id : ids) {
        q.bind(QStringLiteral(":id"), id);
        Result<QVariant> n = q.scalar();
        if (!n)
            return n.error();
        if (n->toLongLong() == 0)
            out.append(id);
    }
    return out;
}

Result<QList<Id>> NetworkSql::unknownGuilds(const QList<Id> &ids) const
{
    return unknownIds(QStringLiteral("guilds"), ids);
}

Result<QList<Id>> NetworkSql::unknownMerchants(const QList<Id> &ids) const
{
    return unknownIds(QStringLiteral("merchants"), ids);
}

Result<QMap<Id, Money>> NetworkSql::settlementLegs(Id transactionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.code, e.amount FROM journal_entries e JOIN ledger_accounts a "
                                    "ON a.id = e.ledger_account_id WHERE e.transaction_id = :t AND a.code LIKE :p"));
    q.bind(QStringLiteral(":t"), transactionId).bind(QStringLiteral(":p"), QString(kSettlementPrefix + QLatin1Char('%')));
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<Id, Money> out;
    while (q.next())
        out[merchantOfCode(q.value(0).toString())] += q.value(1).toLongLong();
    return out;
}

Result<QMap<Id, Points>> NetworkSql::drawnByMerchant(Id transactionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT l.merchant_id, e.amount FROM journal_entries e JOIN points_lots l "
                                    "ON l.id = e.lot_id WHERE e.transaction_id = :t AND e.amount < 0"));
    q.bind(QStringLiteral(":t"), transactionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<Id, Points> out;
    while (q.next())
        out[idOf(q.value(0))] += -q.value(1).toLongLong();
    return out;
}

Result<QList<NetworkSql::Leg>> NetworkSql::legsBetween(const QString &fromIso, const QString &toIso) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.transaction_id, a.code, e.amount FROM journal_entries e "
                                    "JOIN ledger_accounts a ON a.id = e.ledger_account_id "
                                    "JOIN journal_transactions t ON t.id = e.transaction_id "
                                    "WHERE a.code LIKE :p AND t.kind <> 'settlement.payment' "
                                    "AND t.created_at >= :f AND t.created_at < :t ORDER BY e.transaction_id, e.id"));
    q.bind(QStringLiteral(":p"), QString(kSettlementPrefix + QLatin1Char('%')))
        .bind(QStringLiteral(":f"), fromIso)
        .bind(QStringLiteral(":t"), toIso);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Leg> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), merchantOfCode(q.value(1).toString()), q.value(2).toLongLong()});
    return out;
}

Result<NetworkSql::Payment> NetworkSql::payment(const QString &fromIso, const QString &toIso) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, transaction_id, created_at FROM settlement_payments "
                                    "WHERE period_from = :f AND period_to = :t"));
    q.bind(QStringLiteral(":f"), fromIso).bind(QStringLiteral(":t"), toIso);
    if (Status s = q.exec(); !s)
        return s.error();
    Payment p;
    if (q.next())
        p = {q.value(0).toLongLong(), q.value(1).toLongLong(), LedgerStore::fromIso(q.value(2))};
    return p;
}

Result<bool> NetworkSql::overlapsPayment(const QString &fromIso, const QString &toIso) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement_payments WHERE period_from < :t "
                                    "AND period_to > :f"));
    q.bind(QStringLiteral(":f"), fromIso).bind(QStringLiteral(":t"), toIso);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Status NetworkSql::insertPayment(const QString &fromIso, const QString &toIso, Id transactionId, Id operatorId,
                                 const QString &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO settlement_payments (period_from, period_to, transaction_id, "
                                    "operator_id, created_at) VALUES (:f, :t, :tx, :op, :at)"));
    q.bind(QStringLiteral(":f"), fromIso)
        .bind(QStringLiteral(":t"), toIso)
        .bind(QStringLiteral(":tx"), transactionId)
        .bind(QStringLiteral(":op"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), now);
    return q.exec();
}

} // namespace Club::Core
