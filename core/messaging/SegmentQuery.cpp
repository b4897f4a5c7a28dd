// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentQuery.h"

#include "ledger/LedgerStore.h"

#include <QCalendar>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Club::Core::SegmentQuery {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Club::Core::SegmentQuery", text);
}

Error invalid(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, QStringLiteral("segment filter"), field);
}

constexpr int kMaxDays = 3660;
constexpr int kOldestBirthYears = 120; // no member is older
} // namespace

QString toJson(const SegmentFilter &f)
{
    QJsonObject o;
    if (!f.tiers.isEmpty())
        o.insert(QStringLiteral("tiers"), QJsonArray::fromStringList(f.tiers));
    if (f.groupId != kNoId)
        o.insert(QStringLiteral("group"), f.groupId);
    if (f.cardTypeId != kNoId)
        o.insert(QStringLiteral("cardType"), f.cardTypeId);
    if (f.noPurchaseForDays >= 0)
        o.insert(QStringLiteral("noPurchaseForDays"), f.noPurchaseForDays);
    if (f.purchasedWithinDays >= 0)
        o.insert(QStringLiteral("purchasedWithinDays"), f.purchasedWithinDays);
    if (f.birthdayWithinDays >= 0)
        o.insert(QStringLiteral("birthdayWithinDays"), f.birthdayWithinDays);
    if (f.pointsExpiringWithinDays >= 0)
        o.insert(QStringLiteral("pointsExpiringWithinDays"), f.pointsExpiringWithinDays);
    if (f.minPoints >= 0)
        o.insert(QStringLiteral("minPoints"), QString::number(f.minPoints)); // exact beyond 2^53
    if (!f.city.trimmed().isEmpty())
        o.insert(QStringLiteral("city"), f.city.trimmed());
    if (f.smsReachable)
        o.insert(QStringLiteral("smsReachable"), true);
    if (f.emailReachable)
        o.insert(QStringLiteral("emailReachable"), true);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<SegmentFilter> fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return Error::make(Error::Code::Storage, tr("A saved segment could not be read."),
                           QStringLiteral("segment spec: ") + error.errorString());
    const QJsonObject o = doc.object();
    SegmentFilter f;
    for (const QJsonValue &t : o.value(QStringLiteral("tiers")).toArray())
        f.tiers << t.toString();
    f.groupId = o.value(QStringLiteral("group")).toInteger(kNoId);
    f.cardTypeId = o.value(QStringLiteral("cardType")).toInteger(kNoId);
    f.noPurchaseForDays = o.value(QStringLiteral("noPurchaseForDays")).toInt(-1);
    f.purchasedWithinDays = o.value(QStringLiteral("purchasedWithinDays")).toInt(-1);
    f.birthdayWithinDays = o.value(QStringLiteral("birthdayWithinDays")).toInt(-1);
    f.pointsExpiringWithinDays = o.value(QStringLiteral("pointsExpiringWithinDays")).toInt(-1);
    bool ok = false;
    const qint64 minPoints = o.value(QStringLiteral("minPoints")).toString().toLongLong(&ok);
    f.minPoints = ok ? minPoints : -1;
    f.city = o.value(QStringLiteral("city")).toString();
    f.smsReachable = o.value(QStringLiteral("smsReachable")).toBool();
    f.emailReachable = o.value(QStringLiteral("emailReachable")).toBool();
    return f;
}

Status validate(const SegmentFilter &f)
{
    const auto days = [](int value) { return value >= -1 && value <= kMaxDays; };
    if (!days(f.noPurchaseForDays) || !days(f.purchasedWithinDays) || !days(f.pointsExpiringWithinDays))
        return invalid(tr("A number of days must be between 0 and %1.").arg(kMaxDays), QStringLiteral("days"));
    if (f.birthdayWithinDays < -1 || f.birthdayWithinDays > 365)
        return invalid(tr("Birthdays can be looked for up to 365 days ahead."), QStringLiteral("birthdayWithinDays"));
    if (f.minPoints < -1)
        return invalid(tr("The points balance cannot be negative."), QStringLiteral("minPoints"));
    if (f.noPurchaseForDays >= 0 && f.purchasedWithinDays >= 0 && f.purchasedWithinDays <= f.noPurchaseForDays)
        return invalid(tr("No member can have bought in the last %1 days without buying in the last %2 days. "
                          "Choose a longer period for \"bought within\" or remove one of the two.")
                           .arg(f.purchasedWithinDays)
                           .arg(f.noPurchaseForDays),
                       QStringLiteral("purchasedWithinDays"));
    for (const QString &t : f.tiers) {
        if (t.trimmed().isEmpty())
            return invalid(tr("Choose the tiers by name."), QStringLiteral("tiers"));
    }
    return {};
}

Condition jalaliAnniversary(const QString &column, const QString &prefix, const QDate &today, int withinDays)
{
    const QCalendar jalali(QCalendar::System::Jalali);
    QSet<int> monthDays; // month * 100 + day
    for (int i = 0; i <= withinDays; ++i) {
        const QCalendar::YearMonthDay p = jalali.partsFromDate(today.addDays(i));
        monthDays.insert(p.month * 100 + p.day);
        if (p.month == 12 && p.day == 29 && !jalali.isLeapYear(p.year))
            monthDays.insert(1230);
    }
    const int thisYear = jalali.partsFromDate(today).year;
    Condition c;
    QStringList ors;
    for (int year = thisYear - kOldestBirthYears; year <= thisYear; ++year) {
        QList<QDate> dates;
        for (int md : monthDays) {
            const QDate d = jalali.dateFromParts(year, md / 100, md % 100);
            if (d.isValid())
                dates << d;
        }
        std::sort(dates.begin(), dates.end());
        // Consecutive days become one range: a window of a week is one BETWEEN per year.
        for (qsizetype i = 0; i < dates.size();) {
            qsizetype j = i;
            while (j + 1 < dates.size() && dates.at(j).daysTo(dates.at(j + 1)) == 1)
                ++j;
            const QString a = QStringLiteral(":%1%2a").arg(prefix).arg(c.bindings.size());
            const QString b = QStringLiteral(":%1%2b").arg(prefix).arg(c.bindings.size());
            ors << QStringLiteral("%1 BETWEEN %2 AND %3").arg(column, a, b);
            c.bindings.append({a, dates.at(i).toString(Qt::ISODate)});
            c.bindings.append({b, dates.at(j).toString(Qt::ISODate)});
            i = j + 1;
        }
    }
    c.sql = ors.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("(") + ors.join(QStringLiteral(" OR ")) + u')';
    return c;
}

Condition where(const SegmentFilter &f, const QDateTime &nowUtc, const QDate &today)
{
    Condition c;
    QStringList parts{QStringLiteral("m.active = 1")};
    const auto bind = [&c](const QString &name, const QVariant &value) { c.bindings.append({name, value}); };
    if (!f.tiers.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < f.tiers.size(); ++i) {
            names << QStringLiteral(":tier%1").arg(i);
            bind(names.constLast(), f.tiers.at(i));
        }
        parts << QStringLiteral("m.tier IN (") + names.join(QStringLiteral(", ")) + u')';
    }
    if (f.groupId != kNoId) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM member_group_members g WHERE g.member_id = m.id AND "
                                "g.group_id = :grp)");
        bind(QStringLiteral(":grp"), f.groupId);
    }
    if (f.cardTypeId != kNoId) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM cards c WHERE c.member_id = m.id AND c.status = 'active' AND "
                                "c.card_type_id = :ctype)");
        bind(QStringLiteral(":ctype"), f.cardTypeId);
    }
    if (f.noPurchaseForDays >= 0) {
        parts << QStringLiteral("NOT EXISTS (SELECT 1 FROM sales s WHERE s.member_id = m.id AND s.created_at >= :nosince)");
        bind(QStringLiteral(":nosince"), LedgerStore::isoUtc(nowUtc.addDays(-f.noPurchaseForDays)));
    }
    if (f.purchasedWithinDays >= 0) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM sales s WHERE s.member_id = m.id AND s.created_at >= :since)");
        bind(QStringLiteral(":since"), LedgerStore::isoUtc(nowUtc.addDays(-f.purchasedWithinDays)));
    }
    if (f.birthdayWithinDays >= 0) {
        const Condition b = jalaliAnniversary(QStringLiteral("m.birth_date"), QStringLiteral("bd"), today,
                                              f.birthdayWithinDays);
        parts << b.sql;
        c.bindings += b.bindings;
    }
    if (f.pointsExpiringWithinDays >= 0) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM points_lots l JOIN ledger_accounts la ON la.id = "
                                "l.ledger_account_id WHERE la.member_account_id = m.account_id AND l.remaining > 0 "
                                "AND l.expires_at IS NOT NULL AND l.expires_at > :xnow AND l.expires_at <= :xuntil)");
        bind(QStringLiteral(":xnow"), LedgerStore::isoUtc(nowUtc));
        bind(QStringLiteral(":xuntil"), LedgerStore::isoUtc(nowUtc.addDays(f.pointsExpiringWithinDays)));
    }
    if (f.minPoints >= 0) {
        parts << QStringLiteral("COALESCE((SELECT la.balance FROM ledger_accounts la WHERE la.member_account_id = "
                                "m.account_id AND la.kind = 'points'), 0) >= :minpts");
        bind(QStringLiteral(":minpts"), f.minPoints);
    }
    if (!f.city.trimmed().isEmpty()) {
        parts << QStringLiteral("LOWER(m.city) = LOWER(:city)");
        bind(QStringLiteral(":city"), f.city.trimmed());
    }
    if (f.smsReachable)
        parts << QStringLiteral("m.sms_opt_out = 0 AND m.mobile IS NOT NULL AND m.mobile <> ''");
    if (f.emailReachable)
        parts << QStringLiteral("m.email_opt_out = 0 AND m.email <> ''");
    c.sql = parts.join(QStringLiteral(" AND "));
    return c;
}

} // namespace Club::Core::SegmentQuery
