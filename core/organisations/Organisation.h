// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Club::Core {

enum class OrganisationKind { Company, Union, University, Bank, Other };
QString organisationKindKey(OrganisationKind kind); // "company", "union", "university", "bank", "other"
OrganisationKind organisationKindFromKey(const QString &key); // Other for an unknown key

// A partner organisation whose people the club enrols and may extend credit to.
struct Organisation
{
    Id id = kNoId;
    QString name;
    OrganisationKind kind = OrganisationKind::Company;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString notes;
    bool active = true;
    qint64 memberCount = 0; // current members (read only)
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A member's belonging to an organisation. `fundedCredit`: the member's credit purchases
// are paid by the organisation (the per-person limit is the member's credit limit).
struct OrganisationMembership
{
    Id id = kNoId;
    Id organisationId = kNoId;
    QString organisationName;
    Id memberId = kNoId;
    QString memberName;
    QString mobile;
    QString staffNumber; // the person's staff or student number at the organisation
    QDate joinedOn;
    QDate leftOn;        // invalid while the membership lasts
    bool fundedCredit = false;
    bool current() const { return !leftOn.isValid(); }
};

// One person's line of an organisation's statement: credit purchases and returns in the
// period, which the organisation owes the store.
struct OrganisationStatementRow
{
    Id memberId = kNoId;
    QString memberName;
    QString staffNumber;
    Money purchases = 0; // positive
    Money returns = 0;   // positive
    Money total = 0;     // purchases - returns
};

struct OrganisationStatement
{
    Id organisationId = kNoId;
    QString organisationName;
    QDateTime from; // [from, to) in UTC
    QDateTime to;
    QList<OrganisationStatementRow> rows; // by member name
    Money purchases = 0;
    Money returns = 0;
    Money total = 0;
};

} // namespace Club::Core
