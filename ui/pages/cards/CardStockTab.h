// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardStock.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// The Card Stock tab of the Cards page: batches of pre-printed cards (make, distribute,
// block a batch or a range, print, encode) and how many cards each branch holds in each
// state.
class CardStockTab : public QWidget
{
    Q_OBJECT

public:
    explicit CardStockTab(UiContext &context, QWidget *parent = nullptr);

    std::optional<Core::StockBatch> selectedBatch() const;
    bool selectBatch(qint64 batchId);
    // For tests: the next print goes to this PDF file instead of asking for a printer.
    void setNextPdfPath(const QString &path) { m_nextPdfPath = path; }

public Q_SLOTS:
    void reload();
    void newBatch();
    void distribute();
    void blockRange();
    // Prints the batch's cards not yet bound to members, front and back, without names.
    bool printBatch();
    // Encodes the batch's cards still in stock on this desk's reader or encoder.
    void encodeBatch();

private:
    void refreshButtons();

    UiContext &m_context;
    QList<Core::StockBatch> m_batches;
    QTableWidget *m_batchTable;
    QTableWidget *m_countTable;
    QPushButton *m_new;
    QPushButton *m_distribute;
    QPushButton *m_block;
    QPushButton *m_print;
    QPushButton *m_encode;
    QString m_nextPdfPath;
};

} // namespace Club::Ui
