// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Role.h"

#include <QList>
#include <QString>

namespace Club::Ui {

// A role as the operator reads it, in their language.
QString roleName(Core::Role role);
// Every role, in the order a role picker lists them.
QList<Core::Role> allRoles();

} // namespace Club::Ui
