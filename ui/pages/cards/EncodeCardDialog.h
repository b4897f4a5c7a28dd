// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardEncodingFlow.h"
#include "pages/designer/CardPrinting.h"
#include "util/Result.h"

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

    // What prints for `card`: its type's saved design (or the default one) with the
    // member's values. Nothing when the member or the design cannot be read (`error` says why).
    static std::optional<CardToPrint> printable(UiContext &context, const Core::Card &card, Core::Error *error);

    // For tests: the next print goes to this PDF file instead of asking for a printer.
    void setNextPdfPath(const QString &path) { m_nextPdfPath = path; }

public Q_SLOTS:
    void retry();
    void eraseCard();
    void abandon();
    // Prints this card (front and back) on a chosen printer or to a PDF.
    bool printCard();
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    UiContext &m_context;
    CardEncodingFlow *m_flow;
    QLabel *m_member;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QPushButton *m_erase;
    QPushButton *m_abandon;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_print;
    QString m_nextPdfPath;
    bool m_started = false;
};

} // namespace Club::Ui
