// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CreditService.h"
#include "members/Member.h"

namespace Club::Core {

// Shared by CreditService.cpp, CreditPlans.cpp and GiftCards.cpp.
struct CreditService::Impl
{
    static Error invalid(const QString &message, const QString &field);
    static Status checkKey(const QString &key);
    // The store's local date of `at` (SalesSettings zone): due dates are local dates.
    static QDate localDate(const CreditService &self, const QDateTime &at);
    // Posts a repayment of `amount` (capped by nothing: the caller checked it) and shares it
    // out over the installments (of `planId` only, when set) oldest due first.
    // Appends one effective-dated limit row with its audit record, in one transaction.
    // `subject`/`subjectId` name what the limit is for ("member" or "card_type").
    static Status recordLimit(CreditService &self, const Actor &actor, CreditLimitChange change,
                              const QDateTime &effectiveFrom, const QString &reason, const QString &subject,
                              Id subjectId);
    static Result<Repayment> pay(CreditService &self, const Actor &actor, const Member &member, Money amount,
                                 Id planId, const QString &idempotencyKey);
};

} // namespace Club::Core
