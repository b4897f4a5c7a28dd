// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockActivationDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "cards/CardStockService.h"
#include "models/Labels.h"
#include "models/MemberSearchModel.h"
#include "models/TableViews.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Club::Ui {

StockActivationDialog::StockActivationDialog(UiContext &context,
                                             const Core::StockCard &card,
                                             const QString &chipUid,
                                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_card(card)
    , m_chipUid(chipUid)
    , m_existing(new QRadioButton(tr("An &existing member"), this))
    , m_new(new QRadioButton(tr("A &new member"), this))
    , m_existingBox(new QWidget(this))
    , m_newBox(new QWidget(this))
    , m_search(new QLineEdit(m_existingBox))
    , m_members(new MemberSearchModel(context, this))
    , m_results(new QTableView(m_existingBox))
    , m_firstName(new QLineEdit(m_newBox))
    , m_lastName(new QLineEdit(m_newBox))
    , m_mobile(new QLineEdit(m_newBox))
    , m_errors(new FieldErrors(this))
{
    //: Dialog title: a pre-printed card is used for the first time and registered to a member
    setWindowTitle(tr("Activate Card"));
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("activationIntro"));
    intro->setWordWrap(true);
    //: %1 is the card number, %2 the card type
    QString text = tr("Card %1 (%2) is used for the first time. Choose who it belongs to; it is activated "
                      "for that member.")
                       .arg(Labels::cardNumber(card.number), card.cardTypeName);
    if (card.preloadedValue > 0)
        //: %1 is an amount of money
        text += QLatin1Char('\n') + tr("It carries a gift value of %1, which the member can spend once it is "
                                       "activated.")
                                        .arg(Format::money(card.preloadedValue));
    intro->setText(text);

    m_existing->setObjectName(QStringLiteral("existingMember"));
    m_new->setObjectName(QStringLiteral("newMember"));
    m_new->setChecked(true);

    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Name, mobile or card number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("memberResults"));
    TableViews::setUp(m_results, m_members);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setColumnHidden(MemberSearchModel::CardColumn, true);
    m_results->setColumnHidden(MemberSearchModel::TierColumn, true);
    m_results->setColumnHidden(MemberSearchModel::ActiveColumn, true);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &StockActivationDialog::searchMembers);
    connect(m_search, &QLineEdit::returnPressed, this, &StockActivationDialog::searchMembers);
    auto *existingLayout = new QVBoxLayout(m_existingBox);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_search);
    existingLayout->addWidget(m_results, 1);
    m_errors->add(QStringLiteral("memberId"), m_results);

    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_mobile->setObjectName(QStringLiteral("mobile"));
    m_mobile->setLayoutDirection(Qt::LeftToRight);
    auto *form = new QFormLayout(m_newBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_errors->addRow(form, tr("&First name:"), m_firstName, QStringLiteral("firstName"));
    m_errors->addRow(form, tr("&Last name:"), m_lastName, QStringLiteral("lastName"));
    m_errors->addRow(form, tr("&Mobile:"), m_mobile, QStringLiteral("mobile"));
    QLabel *general = m_errors->addGeneral();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: Button: bind the card to the chosen member and activate it
    m_activate = buttons->addButton(tr("&Activate"), QDialogButtonBox::AcceptRole);
    m_activate->setObjectName(QStringLiteral("activate"));
    m_activate->setDefault(true);
    connect(m_activate, &QPushButton::clicked, this, &StockActivationDialog::activateCard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_existing, &QRadioButton::toggled, this, &StockActivationDialog::refreshMode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_new);
    layout->addWidget(m_newBox);
    layout->addWidget(m_existing);
    layout->addWidget(m_existingBox, 1);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(520, 480);
    refreshMode();
    m_firstName->setFocus();
}

std::optional<qint64>
StockActivationDialog::offer(UiContext &context, const Core::CardPresentation &presentation, QWidget *parent)
{
    if (!context.can(Core::Permission::CardRead))
        return std::nullopt;
    const Core::Result<Core::StockCard> card = context.cardStock().checkActivation(context.actor(), presentation);
    if (!card) {
        const QString code = card.error().detail;
        if (code == Core::CardStockService::kNotStock || code == Core::CardStockService::kAlreadyBound)
            return std::nullopt;
        MessageBox::warning(parent, tr("Card refused"), card.error().message);
        return Core::kNoId;
    }
    StockActivationDialog dialog(context, *card, presentation.chipUid, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.activation())
        return Core::kNoId;
    return dialog.activation()->memberId;
}

void StockActivationDialog::refreshMode()
{
    const bool existing = m_existing->isChecked();
    m_existingBox->setEnabled(existing);
    m_newBox->setEnabled(!existing);
    if (existing && m_members->rowCount() == 0)
        searchMembers();
}

void StockActivationDialog::searchMembers()
{
    const Core::Status s = m_members->search(m_search->text().trimmed());
    if (!s)
        m_errors->report(s.error());
    else if (m_members->rowCount() > 0)
        // Not selectRow(): it selects nothing while the table is not laid out yet.
        m_results->selectionModel()->setCurrentIndex(m_members->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool StockActivationDialog::activateCard()
{
    m_errors->clear();
    Core::StockActivation a;
    a.stockCardId = m_card.id;
    a.chipUid = m_chipUid;
    if (m_existing->isChecked()) {
        const QModelIndexList rows = m_results->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Choose the member in the list."), {},
                                             QStringLiteral("memberId")));
            return false;
        }
        a.memberId = m_members->memberId(rows.first().row());
    } else {
        a.firstName = m_firstName->text();
        a.lastName = m_lastName->text();
        a.mobile = m_mobile->text();
    }
    Core::Result<Core::StockActivationResult> done = m_context.cardStock().activate(m_context.actor(), a);
    if (!done) {
        m_errors->report(done.error());
        return false;
    }
    m_result = *done;
    accept();
    return true;
}

} // namespace Club::Ui
