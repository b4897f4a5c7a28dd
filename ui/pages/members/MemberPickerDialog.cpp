// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberPickerDialog.h"

#include "UiContext.h"
#include "models/TableViews.h"
#include "models/MemberSearchModel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kDebounceMs = 250;
}

MemberPickerDialog::MemberPickerDialog(UiContext &context, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new MemberSearchModel(context, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(title);
    m_model->setIncludeInactive(false);
    m_model->setLimit(30);

    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Name, mobile, national code or card number"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_table->setObjectName(QStringLiteral("pickerResults"));
    TableViews::setUp(m_table, m_model);

    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: Button: take the selected member
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hoose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberPickerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 420);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MemberPickerDialog::searchNow);
    connect(m_table, &QTableView::doubleClicked, this, &MemberPickerDialog::accept);
    m_search->setFocus();
}

std::optional<Core::MemberSummary>
MemberPickerDialog::pick(UiContext &context, const QString &title, QWidget *parent, qint64 excludeId)
{
    MemberPickerDialog dialog(context, title, parent);
    dialog.setExcludedId(excludeId);
    dialog.searchNow();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

void MemberPickerDialog::setQuery(const QString &query)
{
    m_search->setText(query);
}

void MemberPickerDialog::searchNow()
{
    m_debounce->stop();
    const Core::Status found = m_model->search(m_search->text().trimmed());
    if (!found) {
        m_status->setText(found.error().message);
        return;
    }
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool excluded = m_excludeId != 0 && m_model->memberId(row) == m_excludeId;
        m_table->setRowHidden(row, excluded);
        if (!excluded)
            ++shown;
    }
    m_status->setText(shown == 0 ? tr("No member found.") : QString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_table->isRowHidden(row)) {
            TableViews::selectRow(m_table, row);
            break;
        }
    }
}

std::optional<Core::MemberSummary> MemberPickerDialog::chosen() const
{
    const int selectedRow = TableViews::selectedRow(m_table);
    if (selectedRow < 0 || m_table->isRowHidden(selectedRow))
        return std::nullopt;
    return m_model->member(selectedRow);
}

void MemberPickerDialog::accept()
{
    if (m_debounce->isActive())
        searchNow();
    if (!chosen()) {
        m_status->setText(tr("Choose a member from the list."));
        m_search->setFocus();
        return;
    }
    QDialog::accept();
}

bool MemberPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_search && (key == Qt::Key_Down || key == Qt::Key_Up)) {
            // Arrows in the search field move through the results, so the hands stay on
            // the keyboard.
            QApplication::sendEvent(m_table, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Club::Ui
