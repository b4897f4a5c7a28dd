// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardStock.h"

#include <QDialog>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class CardEncodingFlow;
class UiContext;

// Encodes the cards of a stock batch that are still in stock and not yet written, one
// after the other on this desk's reader or encoder (the same CardEncodingFlow as issued
// cards; the chip UID is recorded on the stock card). A failed card can be retried or
// skipped; a skipped card stays in stock, unwritten.
class StockEncodeDialog : public QDialog
{
    Q_OBJECT

public:
    StockEncodeDialog(UiContext &context, const Core::StockBatch &batch, QWidget *parent = nullptr);

    int cardCount() const { return int(m_cards.size()); }
    int doneCount() const { return m_done; }
    QString prompt() const;
    // The flow writing the current card (null before Start and after the last card).
    const CardEncodingFlow *flow() const { return m_flow; }
    QString rowText(int row) const;

public Q_SLOTS:
    void start();
    void retry();
    void skip();

private:
    void next();
    void flowChanged();
    void setRowText(int row, const QString &text);
    void waitForRemoval();
    void refreshButtons();

    UiContext &m_context;
    QList<Core::StockCard> m_cards;
    QTableWidget *m_table;
    QLabel *m_prompt;
    QProgressBar *m_progress;
    QPushButton *m_start;
    QPushButton *m_retry;
    QPushButton *m_skip;
    QPushButton *m_erase;
    CardEncodingFlow *m_flow = nullptr;
    int m_current = -1;
    int m_done = 0;
};

} // namespace Club::Ui
