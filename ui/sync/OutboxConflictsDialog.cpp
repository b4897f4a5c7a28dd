// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxConflictsDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "models/Labels.h"
#include "sync/ConnectedDesk.h"
#include "widgets/ErrorDisplay.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString operationName(Core::OutboxEntry::Operation op)
{
    using Op = Core::OutboxEntry::Operation;
    switch (op) {
    case Op::Sale:
        return OutboxConflictsDialog::tr("Sale");
    case Op::Return:
        return OutboxConflictsDialog::tr("Return");
    case Op::Gift:
        //: A gift given for points
        return OutboxConflictsDialog::tr("Gift");
    case Op::GiftCardCharge:
        return OutboxConflictsDialog::tr("Gift card charge");
    case Op::PointsBuy:
        return OutboxConflictsDialog::tr("Points bought");
    case Op::MemberCreate:
        //: A member registered at this desk, sent to the central server
        return OutboxConflictsDialog::tr("New member");
    case Op::CardIssue:
        //: A card issued at this desk, sent to the central server
        return OutboxConflictsDialog::tr("New card");
    case Op::CardBlock:
        return OutboxConflictsDialog::tr("Card blocked");
    case Op::CardUnblock:
        return OutboxConflictsDialog::tr("Card unblocked");
    }
    return {};
}
} // namespace

OutboxConflictsDialog::OutboxConflictsDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_showSettled(new QCheckBox(tr("Show &settled ones too"), this))
    , m_settle(new QPushButton(tr("Se&ttle…"), this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("outboxConflictsDialog"));
    setWindowTitle(tr("What the server refused"));
    auto *intro = new QLabel(tr("These sales, returns, gifts, gift card charges and point purchases were made while "
                                "the central server could not be reached, and the server refused them when they "
                                "were sent. Settle each with the customer, then write down what was done."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setHorizontalHeaderLabels({tr("Recorded"), tr("By"), tr("What"), tr("Card"),
                                        tr("Why the server refused"), tr("Settled")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColWhy, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColState, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_showSettled->setObjectName(QStringLiteral("showSettled"));
    m_settle->setObjectName(QStringLiteral("settleConflict"));
    connect(m_showSettled, &QCheckBox::toggled, this, &OutboxConflictsDialog::reload);
    connect(m_settle, &QPushButton::clicked, this, [this] { settleSelected(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_settle, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_showSettled);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void OutboxConflictsDialog::reload()
{
    m_entries.clear();
    m_table->setRowCount(0);
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return;
    const Core::Result<QList<Core::OutboxEntry>> found =
        desk->outbox().conflicts(m_context.actor(), m_showSettled->isChecked());
    if (!found) {
        m_empty->setText(found.error().message);
        return;
    }
    m_entries = *found;
    m_table->setRowCount(int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const Core::OutboxEntry &e = m_entries.at(i);
        const bool settled = e.state == Core::OutboxEntry::State::Resolved;
        m_table->setItem(i, ColWhen, cell(Format::dateTime(e.recordedAt)));
        m_table->setItem(i, ColBy, cell(e.recordedBy));
        m_table->setItem(i, ColWhat, cell(operationName(e.operation)));
        m_table->setItem(i, ColCard, cell(e.cardNumber.isEmpty() ? tr("No card") : Labels::cardNumber(e.cardNumber)));
        m_table->setItem(i, ColWhy, cell(settled ? QString() : e.message));
        m_table->setItem(i, ColState, cell(settled ? e.message : tr("Not yet")));
        // The server's reason and the manager's note can be long: all of it on hover.
        m_table->item(i, ColWhy)->setToolTip(m_table->item(i, ColWhy)->text());
        m_table->item(i, ColState)->setToolTip(m_table->item(i, ColState)->text());
    }
    for (int c : {ColWhen, ColBy, ColWhat, ColCard})
        m_table->resizeColumnToContents(c);
    m_empty->setText(m_entries.isEmpty() ? tr("Nothing refused.") : QString());
    m_empty->setVisible(m_entries.isEmpty());
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    m_settle->setEnabled(!m_entries.isEmpty());
}

bool OutboxConflictsDialog::settleSelected(const QString &note)
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    const int row = m_table->currentRow();
    if (!desk || row < 0 || row >= m_entries.size())
        return false;
    QString text = note;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Settle a refused sale"),
                                     tr("What was done (for example: the customer paid the difference):"),
                                     QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    if (Core::Status s = desk->outbox().resolve(m_context.actor(), m_entries.at(row).id, text); !s) {
        showError(this, s.error());
        return false;
    }
    reload();
    return true;
}

} // namespace Club::Ui
