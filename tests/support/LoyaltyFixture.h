// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A store with one product, one earn rule (1 point per 1,000 paid), a warehouse and a
// member, on a manual clock in Tehran time: what the expiry and tier tests sell through.

#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"

#include <QTest>

namespace Club::Test {

inline const QTimeZone kTehran(QByteArrayLiteral("Asia/Tehran"));
inline const QCalendar kJalali(QCalendar::System::Jalali);

// A Jalali local Tehran time, in UTC.
inline QDateTime jalaliTehran(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(kJalali.dateFromParts(y, m, d), QTime(h, min), kTehran).toUTC();
}

struct LoyaltyFixture
{
    static constexpr Core::Money kPrice = 100'000; // one unit: 100 points
    static constexpr Core::Money kPointValue = 100;

    LoyaltyFixture(Core::Database::Engine engine, const QDateTime &start)
        : t{engine}
        , clock(start)
        , admin(t.admin())
        , hub(t.db(), clock)
    {
        using namespace Club::Core;
        if (admin.operatorId == kNoId)
            return;
        staff = t.actorWithRole(Role::Staff);
        manager = t.actorWithRole(Role::Manager);
        SalesSettings settings;
        settings.pointValue = kPointValue;
        settings.returnWindowDays = 7;
        settings.zone = kTehran;
        hub.sales().setSettings(settings);

        Result<Warehouse> w = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        warehouse = w ? w->id : kNoId;
        Product d;
        d.code = QStringLiteral("P1");
        d.nameEn = d.code;
        Result<Product> made = hub.catalog().createProduct(admin, d);
        product = made ? made->id : kNoId;
        if (product != kNoId && !hub.catalog().setPrice(admin, product, kNoId, kPrice, start))
            product = kNoId;
        StockMovement m;
        m.productId = product;
        m.warehouseId = warehouse;
        m.kind = MovementKind::Receipt;
        m.qty = 1000;
        if (!hub.inventory().record(admin, m))
            warehouse = kNoId;
        Rule earn;
        earn.name = QStringLiteral("Base earn");
        earn.points = 1;
        earn.perAmount = 1000;
        ruleOk = hub.rules().create(admin, earn).ok();
        member = newMember(1);
    }

    bool ok() const { return problem().isEmpty(); }
    // What went wrong setting the store up, for the failure message.
    QString problem() const
    {
        using Core::kNoId;
        if (!t.ok())
            return t.error();
        if (admin.operatorId == kNoId || staff.operatorId == kNoId || manager.operatorId == kNoId)
            return QStringLiteral("operators");
        if (warehouse == kNoId || product == kNoId)
            return QStringLiteral("warehouse, product, price or stock");
        if (!ruleOk)
            return QStringLiteral("earn rule");
        return member.id == kNoId ? QStringLiteral("member") : QString();
    }

    Core::Member newMember(int n)
    {
        Core::Result<Core::Member> m = hub.members().create(admin, memberDraft(n));
        return m ? *m : Core::Member{};
    }

    Core::QuoteRequest basket(const Core::Member &who, qint64 qty, Core::Points redeem = 0) const
    {
        Core::QuoteRequest r;
        r.memberId = who.id;
        r.lines = {{product, qty, 0}};
        r.pointsToRedeem = redeem;
        return r;
    }

    Core::Result<Core::Sale> sell(const Core::Member &who, qint64 qty, Core::Points redeem = 0)
    {
        return hub.sales().commit(staff, basket(who, qty, redeem), QStringLiteral("sale-%1").arg(++m_keys));
    }

    Core::SalesSettings settings() { return hub.sales().settings(); }

    qint64 count(const QString &sql)
    {
        Core::SqlQuery q(t.db(), sql);
        const Core::Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

    Core::AccountBalance balance(const Core::Member &who) { return *hub.ledger().balance(admin, who.accountId); }

    QString ledgerProblems()
    {
        Core::Result<Core::LedgerCheck> check = hub.ledger().verify(admin);
        if (!check)
            return check.error().message;
        return check->problems.join(QLatin1Char('\n'));
    }

    TestDatabase t;
    Core::ManualClock clock;
    Core::Actor admin;
    Core::Actor staff;
    Core::Actor manager;
    Core::ServiceHub hub;
    Core::Id warehouse = Core::kNoId;
    Core::Id product = Core::kNoId;
    bool ruleOk = false;
    Core::Member member;

private:
    int m_keys = 0;
};

inline QString errorText(const Core::Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}

} // namespace Club::Test

// Evaluates `expr` once: it is often the call under test.
#define LOYALTY_VERIFY_OK(expr)                                                                                        \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : Club::Test::errorText(result_.error())));         \
    } while (false)
