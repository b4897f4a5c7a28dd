// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace Club::Ui {

class UiContext;

// The status bar's word on the central server: "Online", "Offline", "N pending sync", and
// conflicts waiting for a manager. Clicking it opens the conflicts for those who may settle
// them. Hidden while no server is set up.
class SyncStatusButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncStatusButton(UiContext &context, QWidget *parent = nullptr);

    // The text for a state; the window and the tests use the same words.
    static QString textFor(bool online, int pending, int conflicts);

public Q_SLOTS:
    void refresh();
    void openConflicts();

private:
    UiContext &m_context;
};

} // namespace Club::Ui
