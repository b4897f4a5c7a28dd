// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Role.h"
#include "domain/Types.h"
#include "util/Result.h"

#include <QString>

namespace Club::Core {

// Who is calling a service: the logged-in operator, their role and branch, and the
// terminal. Every service call takes one and checks its permission.
struct Actor
{
    Id operatorId = kNoId;
    QString username;
    QString fullName;
    Role role = Role::Staff;
    Id branchId = kNoId;
    QString terminal;
};

// Forbidden, with a message in the operator's language, when the role does not allow it.
Status require(const Actor &actor, Permission permission);

} // namespace Club::Core
