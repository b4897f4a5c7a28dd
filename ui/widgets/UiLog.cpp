// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "club.ui")
