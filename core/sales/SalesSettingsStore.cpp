// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesSettingsStore.h"
#include "SalesService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QHash>

#include <algorithm>

namespace Club::Core {

namespace {
const QString kPointValue = QStringLiteral("sales.point_value");
const QString kReturnWindow = QStringLiteral("sales.return_window_days");
const QString kSpentPolicy = QStringLiteral("sales.spent_points_policy");
const QString kRefundLimit = QStringLiteral("sales.staff_refund_limit");
const QString kExpiryPolicy = QStringLiteral("sales.expiry_policy");
const QString kLifetime = QStringLiteral("sales.points_lifetime_days");
const QString kZone = QStringLiteral("sales.time_zone");
const QString kPointsPrice = QStringLiteral("sales.points_price");

constexpr int kMaxDays = 36'600; // a hundred years: beyond it a date calculation would overflow

bool spentPolicyFromKey(const QString &key, SpentPointsPolicy &policy)
{
    for (SpentPointsPolicy p :
         {SpentPointsPolicy::TakeOtherPoints, SpentPointsPolicy::Debt, SpentPointsPolicy::DeductFromRefund}) {
        if (spentPointsPolicyKey(p) == key) {
            policy = p;
            return true;
        }
    }
    return false;
}

QHash<QString, QString> serialize(const SalesSettings &s)
{
    return {{kPointValue, QString::number(s.pointValue)},
            {kReturnWindow, QString::number(s.returnWindowDays)},
            {kSpentPolicy, spentPointsPolicyKey(s.spentPointsPolicy)},
            {kRefundLimit, QString::number(s.staffRefundLimit)},
            {kExpiryPolicy, expiryPolicyKey(s.expiryPolicy)},
            {kLifetime, QString::number(s.pointsLifetimeDays)},
            {kZone, QString::fromLatin1(s.zone.id())},
            {kPointsPrice, QString::number(s.pointsPrice)}};
}
} // namespace

SalesSettingsStore::SalesSettingsStore(Database &db, SalesService &sales, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_sales(sales)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Status SalesSettingsStore::validate(const SalesSettings &s)
{
    if (s.pointValue <= 0)
        return Error::invalid(tr("A redeemed point must be worth more than zero."), QStringLiteral("pointValue"));
    if (s.returnWindowDays < 0 || s.returnWindowDays > 365)
        return Error::invalid(tr("The return window must be between 0 and 365 days."),
                              QStringLiteral("returnWindowDays"));
    if (s.staffRefundLimit < 0)
        return Error::invalid(tr("The staff refund limit cannot be negative."), QStringLiteral("staffRefundLimit"));
    if (s.pointsPrice < 0)
        return Error::invalid(tr("The price of a point cannot be negative."), QStringLiteral("pointsPrice"));
    if (s.pointsLifetimeDays < 0 || s.pointsLifetimeDays > kMaxDays)
        return Error::invalid(tr("The points lifetime must be between 0 and %Ln day(s).", nullptr, kMaxDays),
                              QStringLiteral("pointsLifetimeDays"));
    // Earned points stay pending for the return window; points that expired before they
    // became available would make the ledger refuse every sale near a period's end.
    if (s.expiryPolicy == ExpiryPolicy::AfterDays && s.pointsLifetimeDays <= s.returnWindowDays)
        return Error::invalid(
            tr("Points must last longer than the return window (%Ln day(s)).", nullptr, s.returnWindowDays),
            QStringLiteral("pointsLifetimeDays"));
    if ((s.expiryPolicy == ExpiryPolicy::MonthEnd || s.expiryPolicy == ExpiryPolicy::YearEnd) &&
        s.pointsLifetimeDays < s.returnWindowDays)
        return Error::invalid(
            tr("Points must last at least as long as the return window (%Ln day(s)).", nullptr, s.returnWindowDays),
            QStringLiteral("pointsLifetimeDays"));
    if (!s.zone.isValid() || !QTimeZone::isTimeZoneIdAvailable(s.zone.id()))
        return Error::invalid(tr("Choose a known time zone, such as Asia/Tehran."), QStringLiteral("zone"));
    return {};
}

Result<SalesSettings> SalesSettingsStore::load() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'sales.%'"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, QString> saved;
    while (q.next())
        saved.insert(q.value(0).toString(), q.value(1).toString());

    SalesSettings out;
    bool ok = true;
    auto number = [&](const QString &key, qint64 &value) {
        if (!saved.contains(key))
            return;
        bool parsed = false;
        const qint64 v = saved.value(key).toLongLong(&parsed);
        ok = ok && parsed;
        if (parsed)
            value = v;
    };
    qint64 returnWindow = out.returnWindowDays;
    qint64 lifetime = out.pointsLifetimeDays;
    number(kPointValue, out.pointValue);
    number(kReturnWindow, returnWindow);
    number(kRefundLimit, out.staffRefundLimit);
    number(kLifetime, lifetime);
    number(kPointsPrice, out.pointsPrice);
    out.returnWindowDays = int(std::clamp<qint64>(returnWindow, 0, kMaxDays));
    out.pointsLifetimeDays = int(std::clamp<qint64>(lifetime, 0, kMaxDays));
    if (saved.contains(kSpentPolicy))
        ok = spentPolicyFromKey(saved.value(kSpentPolicy), out.spentPointsPolicy) && ok;
    if (saved.contains(kExpiryPolicy))
        ok = expiryPolicyFromKey(saved.value(kExpiryPolicy), out.expiryPolicy) && ok;
    if (saved.contains(kZone)) {
        const QByteArray zone = saved.value(kZone).toLatin1();
        ok = ok && QTimeZone::isTimeZoneIdAvailable(zone);
        if (QTimeZone::isTimeZoneIdAvailable(zone))
            out.zone = QTimeZone(zone);
    } else if (const QTimeZone here = QTimeZone::systemTimeZone(); here.isValid()) {
        // Until a manager saves a zone, the shop's day is the computer's day (the desk's
        // clock is set to the shop's zone), not UTC: days, month ends and reviews follow it.
        out.zone = here;
    }
    if (!ok)
        return Error::make(Error::Code::Storage,
                           tr("The saved sales settings could not be read. Check them in Settings and save again."),
                           QStringLiteral("unreadable sales.* setting"));
    return out;
}

Result<SalesSettings> SalesSettingsStore::settings(const Actor &actor) const
{
    if (Status s = require(actor, Permission::RulesRead); !s)
        return s.error();
    return load();
}

Status SalesSettingsStore::applySaved()
{
    Result<SalesSettings> saved = load();
    if (!saved) {
        qCWarning(lcLedger) << "sales settings not applied:" << saved.error().detail;
        return saved.error();
    }
    m_sales.setSettings(*saved);
    return {};
}

Status SalesSettingsStore::save(const Actor &actor, const SalesSettings &settings)
{
    if (Status s = require(actor, Permission::SalesSettingsManage); !s)
        return s;
    if (Status s = validate(settings); !s)
        return s;
    SalesSettings kept = settings;
    // A lifetime means nothing under Never; kept as 0 so that nothing reading the lifetime
    // alone (the refund of redeemed points) can give points an expiry.
    if (kept.expiryPolicy == ExpiryPolicy::Never)
        kept.pointsLifetimeDays = 0;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QHash<QString, QString> values = serialize(kept);
    QStringList detail;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bind(QStringLiteral(":k"), it.key()).bind(QStringLiteral(":v"), it.value());
        if (Status s = q.exec(); !s)
            return s;
        detail << it.key() + QLatin1Char('=') + it.value();
    }
    detail.sort();
    if (Status s = m_audit.record(actor, QStringLiteral("sales_settings.save"), QStringLiteral("setting"), kNoId,
                                  detail.join(QStringLiteral(", ")));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    SalesSettings live = kept;
    live.calendar = m_sales.settings().calendar;
    m_sales.setSettings(live);
    qCInfo(lcLedger) << "sales settings saved by operator" << actor.operatorId;
    Q_EMIT saved();
    return {};
}

} // namespace Club::Core
