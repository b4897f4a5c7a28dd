// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateRenderer.h"

#include <QCalendar>
#include <QLocale>
#include <QRegularExpression>

namespace Club::Core {

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    return re;
}

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("fa"))
        return QLocale(QLocale::Persian, QLocale::Iran);
    if (language == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::Iraq);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

QStringList TemplateRenderer::placeholders()
{
    return {QStringLiteral("name"),   QStringLiteral("first_name"),      QStringLiteral("last_name"),
            QStringLiteral("points"), QStringLiteral("expiring_points"), QStringLiteral("expiry_date"),
            QStringLiteral("tier"),   QStringLiteral("store"),           QStringLiteral("date")};
}

Status TemplateRenderer::check(const QString &text)
{
    const QStringList known = placeholders();
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name))
            //: {%1} is a placeholder name as the user typed it, e.g. {birthday}
            return Error::make(Error::Code::Invalid,
                               tr("The message uses {%1}, which is not a known placeholder. Known ones: %2.")
                                   .arg(name, QStringLiteral("{") + known.join(QStringLiteral("}, {")) + u'}'),
                               QStringLiteral("unknown placeholder ") + name, QStringLiteral("body"));
    }
    return {};
}

QString TemplateRenderer::number(qint64 value, const QString &language)
{
    return localeFor(language).toString(value);
}

QString TemplateRenderer::date(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const QLocale locale = localeFor(language);
    if (language == QLatin1String("fa"))
        return locale.toString(date, QStringLiteral("yyyy/MM/dd"), QCalendar(QCalendar::System::Jalali));
    if (language == QLatin1String("ar"))
        return locale.toString(date, QStringLiteral("yyyy/MM/dd"));
    return date.toString(Qt::ISODate);
}

Result<QString> TemplateRenderer::render(const QString &text, const MessageContext &c, const QString &language)
{
    if (Status s = check(text); !s)
        return s.error();
    const auto value = [&](const QString &name) -> QString {
        if (name == QLatin1String("name"))
            return c.member.fullName();
        if (name == QLatin1String("first_name"))
            return c.member.firstName;
        if (name == QLatin1String("last_name"))
            return c.member.lastName;
        if (name == QLatin1String("points"))
            return number(c.points, language);
        if (name == QLatin1String("expiring_points"))
            return number(c.expiringPoints, language);
        if (name == QLatin1String("expiry_date"))
            return date(c.expiryDate, language);
        if (name == QLatin1String("tier"))
            return c.tierName;
        if (name == QLatin1String("store"))
            return c.storeName;
        return date(c.today, language); // {date}
    };
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += value(m.captured(1));
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace Club::Core
