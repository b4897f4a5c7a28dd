// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardEncodingFlow.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

// Issues one card of a chosen type to each of several members, encoding them one after
// the other on this desk's reader: a row per member with its status, one progress bar,
// Start, Retry Failed and Cancel. Cancel stops after the current card; every pending card
// not yet encoded is voided then, so no number is left dangling.
class BatchIssueDialog : public QDialog
{
    Q_OBJECT

public:
    struct Recipient
    {
        qint64 memberId = 0;
        QString name;
    };

    BatchIssueDialog(UiContext &context, const QList<Recipient> &recipients, QWidget *parent = nullptr);
    ~BatchIssueDialog() override;

    // The active members of a group, by name. Loads each member for its groups: MemberService
    // has no group filter on search yet.
    static QList<Recipient> membersOfGroup(UiContext &context, qint64 groupId);

    bool selectCardType(qint64 cardTypeId);
    QString prompt() const;
    QString rowStatus(int row) const;
    bool isRunning() const { return m_current >= 0; }
    int doneCount() const;
    int failedCount() const;

    // For tests: the next print goes to this PDF file instead of asking for a printer.
    void setNextPdfPath(const QString &path) { m_nextPdfPath = path; }

public Q_SLOTS:
    void start();
    void retryFailed();
    // Prints every issued card of the batch in one job, front and back of each.
    bool printAll();
    void reject() override;

private:
    enum class RowState { Waiting, Encoding, Done, Failed };
    struct Row
    {
        Recipient recipient;
        RowState state = RowState::Waiting;
        CardEncodingFlow *flow = nullptr;
        QString detail;
    };

    void next();
    void flowChanged(int row);
    void setRow(int row, RowState state, const QString &detail = {});
    void voidUnfinished();
    void waitForRemoval(int row);
    void refreshButtons();

    UiContext &m_context;
    QList<Row> m_rows;
    QComboBox *m_type;
    QLabel *m_prompt;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_start;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_print;
    QString m_nextPdfPath;
    int m_current = -1;
    bool m_stopping = false;
};

} // namespace Club::Ui
