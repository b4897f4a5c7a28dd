// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkService.h"

#include "NetworkSql.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace Club::Core {

namespace {
// A unique name or code already taken gets a message that says which.
Error named(const Error &error, const QString &duplicateMessage, const QString &field)
{
    if (error.code != Error::Code::Duplicate)
        return error;
    return Error::make(Error::Code::Duplicate, duplicateMessage, error.detail, field);
}

template<typename T>
Result<T> find(const Result<QList<T>> &all, Id id, const QString &what)
{
    if (!all)
        return all.error();
    for (const T &item : *all) {
        if (item.id == id)
            return item;
    }
    return Error::make(Error::Code::NotFound, NetworkService::tr("The item was not found."),
                       QStringLiteral("%1 %2").arg(what).arg(id));
}
} // namespace

NetworkService::NetworkService(Database &db, LedgerService &ledger, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_audit(db, clock)
{}

QString NetworkService::nowIso() const
{
    return LedgerStore::isoUtc(m_clock.nowUtc());
}

Result<QList<Guild>> NetworkService::guilds(const Actor &actor) const
{
    if (Status s = require(actor, Permission::NetworkRead); !s)
        return s.error();
    return NetworkSql(m_db).guilds();
}

Result<Guild> NetworkService::saveGuild(const Actor &actor, const Guild &draft)
{
    if (Status s = require(actor, Permission::NetworkManage); !s)
        return s.error();
    Guild g = draft;
    g.name = g.name.simplified();
    if (g.name.isEmpty())
        return Error::invalid(tr("Enter the guild's name."), QStringLiteral("name"));
    const NetworkSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString dup = tr("A guild named %1 already exists.").arg(g.name);
    if (g.id == kNoId) {
        Result<Id> id = sql.insertGuild(g, nowIso());
        if (!id)
            return named(id.error(), dup, QStringLiteral("name"));
        g.id = *id;
    } else {
        if (Result<Guild> old = find(sql.guilds(), g.id, QStringLiteral("guild")); !old)
            return old.error();
        if (Status s = sql.updateGuild(g, nowIso()); !s)
            return named(s.error(), dup, QStringLiteral("name"));
    }
    if (Status s = m_audit.record(actor, draft.id == kNoId ? QStringLiteral("guild.create") : QStringLiteral("guild.edit"),
                                  QStringLiteral("guild"), g.id, g.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT networkChanged();
    return g;
}

Result<QList<Merchant>> NetworkService::namedMerchants() const
{
    Result<QList<Merchant>> all = NetworkSql(m_db).merchants();
    if (!all)
        return all;
    for (Merchant &m : all.value()) {
        if (!m.home || !m.name.isEmpty())
            continue;
        Result<QString> name = homeName();
        if (!name)
            return name.error();
        m.name = *name;
    }
    return all;
}

Result<QString> NetworkService::homeName() const
{
    Result<QString> store = NetworkSql(m_db).storeName();
    if (!store)
        return store;
    return store->isEmpty() ? tr("This store") : *store;
}

Result<QList<Merchant>> NetworkService::merchants(const Actor &actor) const
{
    if (Status s = require(actor, Permission::NetworkRead); !s)
        return s.error();
    return namedMerchants();
}

Result<Merchant> NetworkService::saveMerchant(const Actor &actor, const Merchant &draft)
{
    if (Status s = require(actor, Permission::NetworkManage); !s)
        return s.error();
    Merchant m = draft;
    m.name = m.name.simplified();
    if (m.name.isEmpty())
        return Error::invalid(tr("Enter the merchant's name."), QStringLiteral("name"));
    const NetworkSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<QList<Merchant>> all = sql.merchants();
    if (!all)
        return all.error();
    bool home = false;
    if (m.id != kNoId) {
        Result<Merchant> old = find(all, m.id, QStringLiteral("merchant"));
        if (!old)
            return old.error();
        home = old->home;
    }
    // The home merchant may stay without a guild (it was there before guilds were); any
    // other merchant belongs to one.
    if (m.guildId == kNoId && !home)
        return Error::invalid(tr("Choose the merchant's guild."), QStringLiteral("guildId"));
    if (m.guildId != kNoId) {
        Result<Guild> guild = find(sql.guilds(), m.guildId, QStringLiteral("guild"));
        if (!guild)
            return Error::invalid(tr("Choose the merchant's guild."), QStringLiteral("guildId"));
        if (!guild->active && m.id == kNoId)
            return Error::invalid(tr("The guild %1 is not active.").arg(guild->name), QStringLiteral("guildId"));
    }
    if (home && !m.active)
        return Error::make(Error::Code::Conflict, tr("The store's own merchant cannot be deactivated."),
                           QStringLiteral("home merchant"), QStringLiteral("active"));
    const QString dup = tr("A merchant named %1 already exists.").arg(m.name);
    QString homeDisplay;
    if (home) {
        // The home merchant shown under the store's name keeps no name of its own, so it
        // follows the store's name.
        Result<QString> fallback = homeName();
        if (!fallback)
            return fallback.error();
        homeDisplay = *fallback;
        if (m.name == *fallback)
            m.name.clear();
    }
    if (m.id == kNoId) {
        Result<Id> id = sql.insertMerchant(m, nowIso());
        if (!id)
            return named(id.error(), dup, QStringLiteral("name"));
        m.id = *id;
    } else if (Status s = sql.updateMerchant(m, nowIso()); !s) {
        return named(s.error(), dup, QStringLiteral("name"));
    }
    m.home = home;
    if (home && m.name.isEmpty())
        m.name = homeDisplay;
    if (Status s = m_audit.record(actor,
                                  draft.id == kNoId ? QStringLiteral("merchant.create") : QStringLiteral("merchant.edit"),
                                  QStringLiteral("merchant"), m.id,
                                  QStringLiteral("%1, guild %2, active %3, no cross spend %4")
                                      .arg(m.name)
                                      .arg(m.guildId)
                                      .arg(int(m.active))
                                      .arg(int(m.noCrossSpend)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT networkChanged();
    return m;
}

Result<QList<NetworkBranch>> NetworkService::branches(const Actor &actor) const
{
    if (Status s = require(actor, Permission::NetworkRead); !s)
        return s.error();
    Result<QList<NetworkBranch>> all = NetworkSql(m_db).branches();
    Result<QList<Merchant>> merchants = namedMerchants();
    if (!all || !merchants)
        return all ? merchants.error() : all.error();
    for (NetworkBranch &b : all.value()) {
        for (const Merchant &m : std::as_const(*merchants)) {
            if (m.id == b.merchantId)
                b.merchantName = m.name;
        }
    }
    return all;
}

Result<NetworkBranch> NetworkService::saveBranch(const Actor &actor, const NetworkBranch &draft)
{
    if (Status s = require(actor, Permission::NetworkManage); !s)
        return s.error();
    NetworkBranch b = draft;
    b.code = b.code.trimmed();
    b.name = b.name.simplified();
    if (b.code.isEmpty())
        return Error::invalid(tr("Enter the branch code."), QStringLiteral("code"));
    if (b.name.isEmpty())
        return Error::invalid(tr("Enter the branch name."), QStringLiteral("name"));
    const NetworkSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (b.merchantId == kNoId) {
        Result<Id> home = sql.homeMerchant();
        if (!home)
            return home.error();
        b.merchantId = *home;
    }
    Result<Merchant> merchant = find(sql.merchants(), b.merchantId, QStringLiteral("merchant"));
    if (!merchant)
        return Error::invalid(tr("Choose the branch's merchant."), QStringLiteral("merchantId"));
    if (b.id != kNoId) {
        Result<NetworkBranch> old = find(sql.branches(), b.id, QStringLiteral("branch"));
        if (!old)
            return old.error();
    }
    if (!b.active && b.id == actor.branchId)
        return Error::make(Error::Code::Conflict, tr("The branch you are working at cannot be deactivated."),
                           QStringLiteral("own branch %1").arg(b.id), QStringLiteral("active"));
    const QString dup = tr("A branch with the code %1 already exists.").arg(b.code);
    if (b.id == kNoId) {
        Result<Id> id = sql.insertBranch(b, nowIso());
        if (!id)
            return named(id.error(), dup, QStringLiteral("code"));
        b.id = *id;
    } else if (Status s = sql.updateBranch(b); !s) {
        return named(s.error(), dup, QStringLiteral("code"));
    }
    if (Status s = m_audit.record(actor, draft.id == kNoId ? QStringLiteral("branch.create") : QStringLiteral("branch.edit"),
                                  QStringLiteral("branch"), b.id,
                                  QStringLiteral("%1, merchant %2, active %3").arg(b.code).arg(b.merchantId).arg(int(b.active)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    b.merchantName = merchant->name;
    Q_EMIT networkChanged();
    return b;
}

Status NetworkService::setActive(const Actor &actor, const Guild &guild, bool active)
{
    Guild g = guild;
    g.active = active;
    Result<Guild> saved = saveGuild(actor, g);
    return saved ? Status() : Status(saved.error());
}

Status NetworkService::setActive(const Actor &actor, const Merchant &merchant, bool active)
{
    Merchant m = merchant;
    m.active = active;
    Result<Merchant> saved = saveMerchant(actor, m);
    return saved ? Status() : Status(saved.error());
}

Status NetworkService::setActive(const Actor &actor, const NetworkBranch &branch, bool active)
{
    NetworkBranch b = branch;
    b.active = active;
    Result<NetworkBranch> saved = saveBranch(actor, b);
    return saved ? Status() : Status(saved.error());
}

Result<bool> NetworkService::crossMerchantSpend(const Actor &actor) const
{
    if (Status s = require(actor, Permission::NetworkRead); !s)
        return s.error();
    return NetworkSql(m_db).crossSpendSetting();
}

Status NetworkService::setCrossMerchantSpend(const Actor &actor, bool allowed)
{
    if (Status s = require(actor, Permission::NetworkManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = NetworkSql(m_db).setCrossSpendSetting(allowed); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("network.cross_spend"), QStringLiteral("settings"), kNoId,
                                  allowed ? QStringLiteral("allowed") : QStringLiteral("not allowed"));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT networkChanged();
    return {};
}

} // namespace Club::Core
