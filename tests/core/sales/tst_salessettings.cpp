// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::kTehran;
using Club::Test::LoyaltyFixture;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);

// Every stored field, so one comparison proves the whole round trip.
QString describe(const SalesSettings &s)
{
    return QStringLiteral("value %1, window %2, spent %3, limit %4, expiry %5/%6, price %7, zone %8")
        .arg(s.pointValue)
        .arg(s.returnWindowDays)
        .arg(spentPointsPolicyKey(s.spentPointsPolicy))
        .arg(s.staffRefundLimit)
        .arg(expiryPolicyKey(s.expiryPolicy))
        .arg(s.pointsLifetimeDays)
        .arg(s.pointsPrice)
        .arg(QString::fromLatin1(s.zone.id()));
}

SalesSettings custom()
{
    SalesSettings s;
    s.pointValue = 250;
    s.returnWindowDays = 14;
    s.spentPointsPolicy = SpentPointsPolicy::DeductFromRefund;
    s.staffRefundLimit = 5'000'000;
    s.expiryPolicy = ExpiryPolicy::YearEnd;
    s.pointsLifetimeDays = 365;
    s.pointsPrice = 1'200;
    s.zone = kTehran;
    return s;
}
} // namespace

class TestSalesSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedReloadedAndLive_data() { CLUB_ADD_ENGINE_ROWS(); }
    void savedReloadedAndLive()
    {
        QFETCH(int, engine);
        LoyaltyFixture f{Database::Engine(engine), kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        // Never saved: the defaults, in the computer's own time zone (not UTC).
        const Result<SalesSettings> before = f.hub.salesSettings().settings(f.staff);
        LOYALTY_VERIFY_OK(before);
        SalesSettings defaults;
        defaults.zone = QTimeZone::systemTimeZone();
        QCOMPARE(describe(*before), describe(defaults));

        QSignalSpy saved(&f.hub.salesSettings(), &SalesSettingsStore::saved);
        LOYALTY_VERIFY_OK(f.hub.salesSettings().save(f.manager, custom()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(describe(f.hub.sales().settings()), describe(custom()));
        const Result<SalesSettings> read = f.hub.salesSettings().settings(f.staff);
        LOYALTY_VERIFY_OK(read);
        QCOMPARE(describe(*read), describe(custom()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'sales.%'")), 8);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sales_settings.save'")), 1);

        // The desk prices redeemed points at the new value at once: 10 points pay 2,500.
        const Result<SaleQuote> q = f.hub.sales().quote(f.staff, f.basket(f.member, 1, 10));
        LOYALTY_VERIFY_OK(q);
        QCOMPARE(q->pointsValue, 2'500);

        // A hub built later on the same store starts with them.
        ServiceHub fresh(f.t.db(), f.clock);
        QCOMPARE(describe(fresh.sales().settings()), describe(custom()));

        // Saving again replaces the values.
        SalesSettings again = custom();
        again.expiryPolicy = ExpiryPolicy::Never;
        again.pointsLifetimeDays = 400; // meaningless under Never: kept as 0
        again.pointsPrice = 0;
        LOYALTY_VERIFY_OK(f.hub.salesSettings().save(f.admin, again));
        again.pointsLifetimeDays = 0;
        QCOMPARE(describe(f.hub.sales().settings()), describe(again));
        ServiceHub third(f.t.db(), f.clock);
        QCOMPARE(describe(third.sales().settings()), describe(again));
    }

    void staffCannotSave_data() { CLUB_ADD_ENGINE_ROWS(); }
    void staffCannotSave()
    {
        QFETCH(int, engine);
        LoyaltyFixture f{Database::Engine(engine), kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const QString live = describe(f.hub.sales().settings());
        const Status s = f.hub.salesSettings().save(f.staff, custom());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Forbidden);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'sales.%'")), 0);
        QCOMPARE(describe(f.hub.sales().settings()), live);
    }

    void badValuesWriteNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void badValuesWriteNothing()
    {
        QFETCH(int, engine);
        LoyaltyFixture f{Database::Engine(engine), kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        struct Case
        {
            const char *name;
            std::function<void(SalesSettings &)> spoil;
            QString field;
        };
        const QList<Case> cases = {
            {"negative point value", [](SalesSettings &s) { s.pointValue = -1; }, QStringLiteral("pointValue")},
            {"zero point value", [](SalesSettings &s) { s.pointValue = 0; }, QStringLiteral("pointValue")},
            {"negative return window", [](SalesSettings &s) { s.returnWindowDays = -1; },
             QStringLiteral("returnWindowDays")},
            {"negative refund limit", [](SalesSettings &s) { s.staffRefundLimit = -1; },
             QStringLiteral("staffRefundLimit")},
            {"negative points price", [](SalesSettings &s) { s.pointsPrice = -5; }, QStringLiteral("pointsPrice")},
            {"negative lifetime", [](SalesSettings &s) { s.pointsLifetimeDays = -1; },
             QStringLiteral("pointsLifetimeDays")},
            {"after 0 days",
             [](SalesSettings &s) {
                 s.expiryPolicy = ExpiryPolicy::AfterDays;
                 s.pointsLifetimeDays = 0;
             },
             QStringLiteral("pointsLifetimeDays")},
            {"gone before available",
             [](SalesSettings &s) {
                 s.expiryPolicy = ExpiryPolicy::AfterDays;
                 s.pointsLifetimeDays = s.returnWindowDays;
             },
             QStringLiteral("pointsLifetimeDays")},
            {"month end before available",
             [](SalesSettings &s) {
                 s.expiryPolicy = ExpiryPolicy::MonthEnd;
                 s.pointsLifetimeDays = s.returnWindowDays - 1;
             },
             QStringLiteral("pointsLifetimeDays")},
            {"unknown zone", [](SalesSettings &s) { s.zone = QTimeZone(QByteArrayLiteral("Mars/Olympus")); },
             QStringLiteral("zone")},
        };
        const QString live = describe(f.hub.sales().settings());
        for (const Case &c : cases) {
            SalesSettings s = custom();
            QVERIFY(SalesSettingsStore::validate(s).ok());
            c.spoil(s);
            const Status saved = f.hub.salesSettings().save(f.admin, s);
            QVERIFY2(!saved.ok(), c.name);
            QCOMPARE(saved.error().code, Error::Code::Invalid);
            QCOMPARE(saved.error().field, c.field);
            QVERIFY2(!saved.error().message.isEmpty(), c.name);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'sales.%'")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sales_settings.save'")), 0);
        QCOMPARE(describe(f.hub.sales().settings()), live);
    }
};

QTEST_GUILESS_MAIN(TestSalesSettings)
#include "tst_salessettings.moc"
