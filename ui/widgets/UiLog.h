// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The UI's own category: error details the operator is not shown end up here.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
