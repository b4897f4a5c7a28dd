// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardEncodingFlow.h"

#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Club::Ui {

// "Encode the card": runs a CardEncodingFlow for one Pending card with its progress, Retry,
// Erase (only for a card of ours), Abandon and Cancel. Closing without success voids the
// pending card, so no number is left dangling; a replaced card then stays active.
class EncodeCardDialog : public QDialog
{
    Q_OBJECT

public:
    EncodeCardDialog(UiContext &context, const Core::Card &pending, QWidget *parent = nullptr);

    // The active card, or nothing when encoding was abandoned or cancelled.
    static std::optional<Core::Card> encode(UiContext &context, const Core::Card &pending, QWidget *parent);

    CardEncodingFlow &flow() const { return *m_flow; }
    QString text() const;

public Q_SLOTS:
    void retry();
    void eraseCard();
    void abandon();
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    CardEncodingFlow *m_flow;
    QLabel *m_member;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QPushButton *m_erase;
    QPushButton *m_abandon;
    QPushButton *m_cancel;
    QPushButton *m_close;
    bool m_started = false;
};

} // namespace Club::Ui
