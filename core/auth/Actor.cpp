// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Actor.h"

#include "util/Log.h"

#include <QCoreApplication>

namespace Club::Core {

Status require(const Actor &actor, Permission permission)
{
    if (actor.operatorId != kNoId && roleAllows(actor.role, permission))
        return {};
    qCInfo(lcAuth) << "refused: operator" << actor.operatorId << "role" << roleKey(actor.role) << "permission"
                   << int(permission);
    return Error::make(Error::Code::Forbidden,
                       QCoreApplication::translate("Club::Core::Actor",
                                                   "Your role does not allow this. Ask a manager or an "
                                                   "administrator."),
                       QStringLiteral("permission %1 for role %2").arg(int(permission)).arg(roleKey(actor.role)));
}

} // namespace Club::Core
