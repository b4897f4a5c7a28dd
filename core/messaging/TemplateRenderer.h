// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "members/Member.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Club::Core {

// What a message may say about its member.
struct MessageContext
{
    Member member;
    Points points = 0;          // spendable now plus pending
    Points expiringPoints = 0;  // in the soonest-expiring lots
    QDate expiryDate;           // store-local date those expire; invalid when none
    QString tierName;           // in the message's language
    QString storeName;
    QDate today;                // store-local
};

// Fills {placeholders} of a template text. Numbers and dates are written for the
// language: Persian digits and Jalali dates in fa, Arabic-Indic digits in ar.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    // {name} {first_name} {last_name} {points} {expiring_points} {expiry_date} {tier} {store} {date}
    static QStringList placeholders();
    // Invalid, naming the placeholder, when the text uses one that is not known.
    static Status check(const QString &text);
    static Result<QString> render(const QString &text, const MessageContext &context, const QString &language);

    static QString number(qint64 value, const QString &language);
    static QString date(const QDate &date, const QString &language);
};

} // namespace Club::Core
