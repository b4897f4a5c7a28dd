// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Club::Core {

enum class Gender { Unspecified, Female, Male };

struct Member
{
    Id id = kNoId;
    Id accountId = kNoId;      // the member account that owns balances (shared by a family)
    Id familyHeadId = kNoId;   // head of the member's family; the member itself when alone or head
    QString firstName;
    QString lastName;
    QString mobile;            // stored normalized, E.164: "+989121234567"
    QString nationalCode;      // 10 digits, or empty
    QString email;
    QString address;
    QString city;
    Gender gender = Gender::Unspecified;
    QDate birthDate;           // invalid when unknown
    QDate marriageDate;
    Id referrerId = kNoId;
    QString tier = QStringLiteral("white");
    QString notes;
    bool smsOptOut = false;
    bool emailOptOut = false;
    QString language; // messages to the member: "fa", "ar", "en"; empty: the store's language
    bool active = true;
    Id branchId = kNoId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Id> groupIds;

    QString fullName() const { return QString(firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

// One line of a search result list.
struct MemberSummary
{
    Id id = kNoId;
    Id accountId = kNoId;
    QString fullName;
    QString mobile;
    QString nationalCode;
    QString cardNumber; // the member's newest active card, if any
    QString tier;
    bool active = true;
};

struct MemberGroup
{
    Id id = kNoId;
    QString name;
    QString description;
    qint64 memberCount = 0;
};

} // namespace Club::Core
