// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Page.h"

namespace Club::Ui {

Page::Page(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

} // namespace Club::Ui
