// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardStock.h"
#include "pages/messaging/Background.h"
#include "util/Result.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Makes a batch of pre-printed cards: type (loyalty, discount or gift), branch, how many,
// and for gift cards a value given on activation. The cards are made on a worker thread
// (its own database connection), so the window stays alive; a large batch shows a progress
// bar with Cancel, and cancelling (or closing the dialog) makes nothing.
class NewStockBatchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewStockBatchDialog(UiContext &context, QWidget *parent = nullptr);

    const std::optional<Core::StockBatch> &batch() const { return m_batch; }
    FieldErrors *errors() const { return m_errors; }
    // Whether the batch is being made now (until its result has been shown).
    bool busy() const { return m_running; }

public Q_SLOTS:
    // Starts making the batch; false when the form was refused before anything started.
    // The dialog accepts itself when the batch is made, or shows why not.
    bool makeBatch();
    void reject() override;

private:
    void typeChanged();
    void finished(const Core::Result<Core::StockBatch> &made);
    void setBusy(bool busy);

    UiContext &m_context;
    QComboBox *m_type;
    QComboBox *m_branch;
    QSpinBox *m_quantity;
    DigitLineEdit *m_value;
    QComboBox *m_funding; // who pays for the gift value: the customer, or the club (a promotion)
    QLineEdit *m_note;
    FieldErrors *m_errors;
    QPushButton *m_confirm = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_closeWhenDone = false;
    bool m_running = false;
    std::optional<Core::StockBatch> m_batch;
    Background m_worker; // last: it waits for the worker before the widgets go
};

// Hands out a range of a batch (to a branch, or to an event or organisation) or blocks it.
class StockRangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Distribute, Block };

    StockRangeDialog(UiContext &context, Mode mode, const Core::StockBatch &batch, QWidget *parent = nullptr);

    // How many cards were handed out or blocked, after accept().
    int count() const { return m_count; }
    FieldErrors *errors() const { return m_errors; }

public Q_SLOTS:
    bool apply();

private:
    UiContext &m_context;
    Mode m_mode;
    Core::StockBatch m_batch;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QComboBox *m_branch = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_text; // the distribution's note, or why the cards are blocked
    FieldErrors *m_errors;
    int m_count = 0;
};

} // namespace Club::Ui
