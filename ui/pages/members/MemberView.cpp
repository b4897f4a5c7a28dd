// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberView.h"

#include "Format.h"
#include "organisations/OrganisationService.h"
#include "MemberCardsPanel.h"
#include "MemberChartsPanel.h"
#include "MemberDialog.h"
#include "MemberFamilyPanel.h"
#include "MemberSuggestionsPanel.h"
#include "MemberTierPanel.h"
#include "DonationDialog.h"
#include "pages/sales/ReturnDialog.h"
#include "pages/engagement/EngagementDialogs.h"
#include "pages/sales/SaleReceipts.h"
#include "pages/warranty/WarrantyPanel.h"
#include "warranty/WarrantyService.h"
#include "UiContext.h"
#include "models/TableViews.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "devices/DeviceMessages.h"
#include "devices/ReceiptOutput.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "tiers/TierService.h"
#include "models/Labels.h"
#include "models/LedgerHistoryModel.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kHistoryRows = 50;

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    label->setWordWrap(true);
    return label;
}
void setValue(QLabel *label, const QString &text)
{
    label->setText(Labels::directed(text));
}
} // namespace

MemberView::MemberView(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_history(new LedgerHistoryModel(this))
{
    // Header: who, and what can be done to them.
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("memberName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("memberState"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("memberError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_back = new QPushButton(tr("&Back to Search"), this);
    m_back->setObjectName(QStringLiteral("backToSearch"));
    m_back->setAutoDefault(false);
    m_back->setToolTip(tr("Back to the search (Esc)"));
    connect(m_back, &QPushButton::clicked, this, &MemberView::backRequested);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editMember"));
    m_edit->setAutoDefault(false);
    connect(m_edit, &QPushButton::clicked, this, &MemberView::editMember);
    m_active = new QPushButton(this);
    m_active->setObjectName(QStringLiteral("toggleActive"));
    m_active->setAutoDefault(false);
    connect(m_active, &QPushButton::clicked, this, &MemberView::toggleActive);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back)}) {
        auto *shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &MemberView::backRequested);
    }
    m_printSlip = new QPushButton(tr("Print balance"), this);
    m_printSlip->setObjectName(QStringLiteral("printBalanceSlip"));
    m_printSlip->setAutoDefault(false);
    m_printSlip->setToolTip(tr("Print the member's points balance on the receipt printer"));
    connect(m_printSlip, &QPushButton::clicked, this, &MemberView::printBalanceSlip);
    m_return = new QPushButton(tr("&Return…"), this);
    m_return->setObjectName(QStringLiteral("returnSale"));
    m_return->setAutoDefault(false);
    m_return->setToolTip(tr("Take back goods from one of this member's sales"));
    connect(m_return, &QPushButton::clicked, this, &MemberView::openReturn);
    m_survey = new QPushButton(tr("Answer &survey…"), this);
    m_survey->setObjectName(QStringLiteral("answerSurvey"));
    m_survey->setAutoDefault(false);
    m_survey->setToolTip(tr("Record this member's answers to an open survey"));
    connect(m_survey, &QPushButton::clicked, this, &MemberView::answerSurvey);
    m_donate = new QPushButton(tr("D&onate Points…"), this);
    m_donate->setObjectName(QStringLiteral("donatePoints"));
    m_donate->setAutoDefault(false);
    m_donate->setToolTip(tr("Give some of the member's points to a charity"));
    connect(m_donate, &QPushButton::clicked, this, &MemberView::donatePoints);
    auto *header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_printSlip);
    header->addWidget(m_return);
    header->addWidget(m_survey);
    header->addWidget(m_donate);
    header->addWidget(m_edit);
    header->addWidget(m_active);
    header->addWidget(m_back);

    // Who they are.
    auto *detailsBox = new QGroupBox(tr("Member"), this);
    m_mobile = valueLabel(detailsBox, QStringLiteral("memberMobile"));
    m_nationalCode = valueLabel(detailsBox, QStringLiteral("memberNationalCode"));
    m_tier = valueLabel(detailsBox, QStringLiteral("memberTier"));
    m_groups = valueLabel(detailsBox, QStringLiteral("memberGroups"));
    m_organisations = valueLabel(detailsBox, QStringLiteral("memberOrganisations"));
    m_birthDate = valueLabel(detailsBox, QStringLiteral("memberBirthDate"));
    m_city = valueLabel(detailsBox, QStringLiteral("memberCity"));
    m_since = valueLabel(detailsBox, QStringLiteral("memberSince"));
    auto *details = new QFormLayout(detailsBox);
    details->addRow(tr("Mobile:"), m_mobile);
    details->addRow(tr("National code:"), m_nationalCode);
    details->addRow(tr("Tier:"), m_tier);
    details->addRow(tr("Groups:"), m_groups);
    details->addRow(tr("Organisations:"), m_organisations);
    details->addRow(tr("Birth date:"), m_birthDate);
    details->addRow(tr("City:"), m_city);
    details->addRow(tr("Member since:"), m_since);

    // What the account holds.
    m_balanceBox = new QGroupBox(tr("Account"), this);
    m_points = valueLabel(m_balanceBox, QStringLiteral("balancePoints"));
    QFont bold = m_points->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_points->setFont(bold);
    m_available = valueLabel(m_balanceBox, QStringLiteral("balanceAvailable"));
    m_pending = valueLabel(m_balanceBox, QStringLiteral("balancePending"));
    m_storedValue = valueLabel(m_balanceBox, QStringLiteral("balanceStoredValue"));
    m_nextExpiry = valueLabel(m_balanceBox, QStringLiteral("balanceNextExpiry"));
    auto *balance = new QFormLayout(m_balanceBox);
    balance->addRow(tr("Points:"), m_points);
    //: Points that may be spent now
    balance->addRow(tr("Available now:"), m_available);
    //: Points earned but not yet spendable (return window)
    balance->addRow(tr("Pending:"), m_pending);
    //: Gift card money on the account
    balance->addRow(tr("Stored value:"), m_storedValue);
    balance->addRow(tr("Next expiry:"), m_nextExpiry);

    auto *top = new QHBoxLayout;
    top->addWidget(detailsBox, 1);
    top->addWidget(m_balanceBox, 1);
    m_suggestions = new MemberSuggestionsPanel(context, this);
    m_suggestions->setObjectName(QStringLiteral("memberSuggestionsPanel"));

    // Cards, family, transactions.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_cards = new MemberCardsPanel(context, m_tabs);
    m_family = new MemberFamilyPanel(context, m_tabs);
    m_tierPanel = new MemberTierPanel(context, m_tabs);
    m_historyTab = new QWidget(m_tabs);
    m_historyTable = new QTableView(m_historyTab);
    m_historyTable->setObjectName(QStringLiteral("memberTransactions"));
    TableViews::setUp(m_historyTable, m_history);
    auto *historyLayout = new QVBoxLayout(m_historyTab);
    historyLayout->addWidget(m_historyTable);
    m_tabs->addTab(m_cards, tr("&Cards"));
    m_tabs->addTab(m_family, tr("&Family"));
    //: Tab of the member view: the last ledger transactions
    m_tabs->addTab(m_historyTab, tr("Tr&ansactions"));
    //: Tab of the member view: the member's tier changes
    m_tabs->addTab(m_tierPanel, tr("T&ier History"));
    m_charts = new MemberChartsPanel(context, m_tabs);
    m_charts->setObjectName(QStringLiteral("memberCharts"));
    //: Tab of the member view: charts of the member's last twelve months
    m_tabs->addTab(m_charts, tr("Acti&vity"));
    m_warranties = new WarrantyPanel(context, m_tabs);
    m_warranties->setObjectName(QStringLiteral("memberWarranties"));
    //: Tab of the member view: warranties of items the member bought, with their service history
    m_tabs->addTab(m_warranties, tr("&Warranties"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addLayout(top);
    layout->addWidget(m_suggestions);
    layout->addWidget(m_tabs, 1);

    // Follow the services: reload only what the signal says changed.
    connect(&context.members(), &Core::MemberService::memberUpdated, this, [this](qint64 id) {
        if (m_member.id != Core::kNoId && (id == m_member.id || m_family->contains(id)))
            reloadMember();
    });
    auto cardsOf = [this](qint64, qint64 memberId) {
        if (memberId == m_member.id && m_member.id != Core::kNoId)
            m_cards->reload();
    };
    connect(&context.cards(), &Core::CardService::cardIssued, this, cardsOf);
    connect(&context.cards(), &Core::CardService::cardChanged, this, cardsOf);
    connect(&context.tiers(), &Core::TierService::tierChanged, this, [this](qint64 memberId) {
        if (memberId == m_member.id && m_member.id != Core::kNoId)
            reloadMember();
    });
    connect(&context.ledger(), &Core::LedgerService::posted, this, [this](qint64, const QList<qint64> &accounts) {
        if (m_member.accountId != Core::kNoId && accounts.contains(m_member.accountId))
            reloadBalance();
    });
}

bool MemberView::showMember(qint64 memberId)
{
    Core::Result<Core::Member> member = m_context.members().member(m_context.actor(), memberId);
    if (!member) {
        m_error->setText(member.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_member = *member;
    m_tabs->setCurrentWidget(m_cards);
    showDetails();
    m_cards->setMember(m_member);
    m_family->setMember(m_member);
    showWarranties();
    reloadBalance();
    return true;
}

void MemberView::reloadMember()
{
    Core::Result<Core::Member> member = m_context.members().member(m_context.actor(), m_member.id);
    if (!member) {
        m_error->setText(member.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_member = *member;
    showDetails();
    m_cards->setMember(m_member);
    m_family->setMember(m_member);
    reloadBalance();
}

void MemberView::showDetails()
{
    const Core::Member &m = m_member;
    m_name->setText(m.fullName());
    //: Member state shown next to the name
    m_state->setText(m.active ? QString() : tr("(inactive)"));
    setValue(m_mobile, Labels::mobile(m.mobile));
    setValue(m_nationalCode, m.nationalCode.isEmpty() ? QString() : Format::ltr(m.nationalCode));
    setValue(m_tier, Labels::tier(m.tier));
    QStringList groupNames;
    if (!m.groupIds.isEmpty()) {
        Core::Result<QList<Core::MemberGroup>> groups = m_context.members().groups(m_context.actor());
        if (groups) {
            for (const Core::MemberGroup &g : *groups) {
                if (m.groupIds.contains(g.id))
                    groupNames << g.name;
            }
        }
    }
    setValue(m_groups, groupNames.isEmpty() ? tr("None", "groups")
                                            //: Separator between group names in a list
                                            : groupNames.join(tr(", ")));
    QStringList organisations;
    if (m_context.can(Core::Permission::OrganisationRead)) {
        const auto links = m_context.organisations().organisationsOf(m_context.actor(), m.id);
        if (links) {
            for (const Core::OrganisationMembership &link : *links) {
                if (!link.current())
                    continue;
                //: An organisation the member belongs to, with their staff or student number there
                organisations << (link.staffNumber.isEmpty()
                                      ? link.organisationName
                                      : tr("%1 (no. %2)").arg(link.organisationName, Format::ltr(link.staffNumber)));
            }
        }
    }
    setValue(m_organisations, organisations.isEmpty() ? tr("None", "organisations") : organisations.join(tr(", ")));
    setValue(m_birthDate, Format::date(m.birthDate));
    setValue(m_city, m.city);
    setValue(m_since, Format::date(m.createdAt.toLocalTime().date()));

    m_edit->setVisible(m_context.can(Core::Permission::MemberWrite));
    // Deactivating is for managers; bringing a member back only needs the right to edit.
    m_active->setVisible(m_context.can(m.active ? Core::Permission::MemberDeactivate : Core::Permission::MemberWrite));
    m_active->setText(m.active ? tr("&Deactivate…") : tr("&Reactivate…"));
    m_return->setVisible(m_context.can(Core::Permission::LedgerPost) && m_context.can(Core::Permission::InventoryMove));
    m_survey->setVisible(m.active && m_context.can(Core::Permission::SurveyAnswer));
    const bool tiersVisible = m_context.can(Core::Permission::LedgerRead);
    m_tabs->setTabVisible(m_tabs->indexOf(m_tierPanel), tiersVisible);
    if (tiersVisible)
        m_tierPanel->showMember(m.id);
}

void MemberView::openReturn()
{
    if (m_member.id == Core::kNoId)
        return;
    ReturnDialog dialog(m_context, m_member.id, this);
    dialog.exec();
}

void MemberView::showWarranties()
{
    const bool allowed = m_context.can(Core::Permission::WarrantyRead);
    m_tabs->setTabVisible(m_tabs->indexOf(m_warranties), allowed);
    m_donate->setVisible(m_context.can(Core::Permission::LedgerPost));
    if (!allowed) {
        m_warranties->clear();
        return;
    }
    const Core::Id id = m_member.id;
    m_warranties->setQuery([this, id] { return m_context.warranties().ofMember(m_context.actor(), id); });
}

void MemberView::donatePoints()
{
    DonationDialog dialog(m_context, m_member, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.donation())
        return;
    // The donation receipt: on the receipt printer, or a preview to print or save.
    const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
    SaleReceipts::output(m_context,
                         DonationDialog::receipt(store ? *store : QString(), *dialog.donation(), dialog.cardNumber()),
                         this);
}

void MemberView::printBalanceSlip()
{
    const DeviceSettings settings = m_context.devices() ? m_context.devices()->settings() : DeviceSettings::load();
    if (settings.receiptPort.isEmpty()) {
        MessageBox::information(this, tr("Print balance"),
                                tr("No receipt printer is set up on this computer. Choose one on the Devices page."));
        return;
    }
    const Core::Result<Core::AccountBalance> balance = m_context.ledger().balance(m_context.actor(), m_member.accountId);
    if (!balance) {
        showError(this, balance.error());
        return;
    }
    QString cardNumber;
    if (const auto cards = m_context.cards().cardsOfMember(m_context.actor(), m_member.id)) {
        for (const Core::Card &card : *cards) {
            if (card.status == Core::CardStatus::Active) {
                cardNumber = card.number;
                break;
            }
        }
    }
    const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
    const QString name = QStringLiteral("%1 %2").arg(m_member.firstName, m_member.lastName).trimmed();
    m_printSlip->setEnabled(false);
    ReceiptOutput::print(ReceiptOutput::balanceSlip(store ? *store : QString(), name, cardNumber, *balance), settings,
                         this, [this](Devices::ReceiptPrinter::Error error) {
                             m_printSlip->setEnabled(true);
                             if (error != Devices::ReceiptPrinter::Error::None)
                                 MessageBox::warning(this, tr("Print balance"), DeviceMessages::receipt(error));
                         });
}

void MemberView::reloadBalance()
{
    const bool canRead = m_context.can(Core::Permission::LedgerRead);
    m_balanceBox->setVisible(canRead);
    m_tabs->setTabVisible(m_tabs->indexOf(m_historyTab), canRead);
    m_tabs->setTabVisible(m_tabs->indexOf(m_charts), canRead);
    if (canRead)
        m_charts->setMember(m_member); // spend and points follow every posting, as the balance does
    // The suggestions follow the balance: spendable points, lots and sales change together.
    m_suggestions->showMember(m_member.accountId == Core::kNoId ? -1 : m_member.id);
    if (!canRead || m_member.accountId == Core::kNoId)
        return;
    Core::LedgerService &ledger = m_context.ledger();
    Core::Result<Core::AccountBalance> balance = ledger.balance(m_context.actor(), m_member.accountId);
    if (balance) {
        const Core::AccountBalance &b = *balance;
        setValue(m_points, Format::number(b.points));
        setValue(m_available, Format::number(b.pointsAvailable));
        setValue(m_pending, Format::number(b.pointsPending));
        setValue(m_storedValue, Format::money(b.storedValue));
        if (b.nextExpiry.isValid())
            //: %Ln points expire on the date %1
            setValue(m_nextExpiry, tr("%Ln point(s) on %1", nullptr, int(b.nextExpiryPoints))
                                       .arg(Format::date(b.nextExpiry.toLocalTime().date())));
        else
            //: No points will expire
            setValue(m_nextExpiry, tr("Nothing expires"));
    } else {
        for (QLabel *l : {m_points, m_available, m_pending, m_storedValue})
            l->clear();
        setValue(m_nextExpiry, balance.error().message);
    }
    Core::Result<QList<Core::JournalTransaction>> history =
        ledger.history(m_context.actor(), m_member.accountId, kHistoryRows);
    m_history->setTransactions(history ? *history : QList<Core::JournalTransaction>());
}

void MemberView::editMember()
{
    if (m_member.id == Core::kNoId)
        return;
    if (MemberDialog::editMember(m_context, m_member.id, this))
        reloadMember();
}

void MemberView::toggleActive()
{
    if (m_member.id == Core::kNoId)
        return;
    const bool activate = !m_member.active;
    const QString text =
        activate
            //: %1 is the member's name
            ? tr("Reactivate %1?").arg(m_member.fullName())
            //: %1 is the member's name
            : tr("Deactivate %1?\nThe member stays on record and can be reactivated later.").arg(m_member.fullName());
    const QString title = activate ? tr("Reactivate Member") : tr("Deactivate Member");
    if (MessageBox::question(this, title, text) != QMessageBox::Yes)
        return;
    const Core::Status done = m_context.members().setActive(m_context.actor(), m_member.id, activate);
    if (!done) {
        showError(this, done.error());
        return;
    }
    reloadMember();
}

void MemberView::answerSurvey()
{
    if (m_member.id == Core::kNoId)
        return;
    // Points for answering arrive through the ledger's posted signal, which refreshes the balance.
    SurveyAnswerDialog::answer(m_context, m_member.id, this);
}

} // namespace Club::Ui
