// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Page.h"
#include "UiContext.h"
#include "Format.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "models/Labels.h"
#ifdef CLUB_WITH_PCSC
#include "pcsc/PcscStation.h"
#endif
#include "pages/cards/CardsPage.h"
#include "pages/cards/StockActivationDialog.h"
#include "pages/catalog/CatalogPage.h"
#include "pages/credit/CreditPage.h"
#include "pages/cardtypes/CardTypesPage.h"
#include "pages/devices/DevicesPage.h"
#include "pages/inventory/InventoryPage.h"
#include "pages/members/MembersPage.h"
#include "pages/messaging/MessagingPage.h"
#include "pages/engagement/EngagementPage.h"
#include "pages/organisations/OrganisationsPage.h"
#include "pages/operators/OperatorsPage.h"
#include "pages/network/NetworkPage.h"
#include "pages/reports/ReportsPage.h"
#include "pages/rules/RulesPage.h"
#include "pages/sales/SalesDeskPage.h"
#include "pages/settings/SettingsPage.h"
#include "pages/tiers/TiersPage.h"
#include "pages/warranty/WarrantyPage.h"
#include "pages/transactions/TransactionsPage.h"
#include "sync/SyncStatusButton.h"
#include "widgets/MessageBox.h"
#include "widgets/RoleName.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace Club::Ui {

MainWindow *MainWindow::create(UiContext &context)
{
    auto *window = new MainWindow(context);
    // The side bar's order; one line per page.
    window->addPage(new MembersPage(context), QStringLiteral("members"));
    window->addPage(new SalesDeskPage(context), QStringLiteral("sales"));
    window->addPage(new CardsPage(context), QStringLiteral("cards"));
    window->addPage(new WarrantyPage(context), QStringLiteral("warranty"));
    window->addPage(new CreditPage(context), QStringLiteral("credit"));
    window->addPage(new CatalogPage(context), QStringLiteral("catalog"));
    window->addPage(new InventoryPage(context), QStringLiteral("inventory"));
    window->addPage(new CardTypesPage(context), QStringLiteral("cardtypes"));
    window->addPage(new RulesPage(context), QStringLiteral("rules"));
    window->addPage(new TiersPage(context), QStringLiteral("tiers"));
    window->addPage(new ReportsPage(context), QStringLiteral("reports"));
    window->addPage(new TransactionsPage(context), QStringLiteral("transactions"));
    window->addPage(new MessagingPage(context), QStringLiteral("messaging"));
    window->addPage(new EngagementPage(context), QStringLiteral("engagement"));
    window->addPage(new DevicesPage(context), QStringLiteral("devices"));
    window->addPage(new OperatorsPage(context), QStringLiteral("operators"));
    window->addPage(new NetworkPage(context), QStringLiteral("network"));
    window->addPage(new OrganisationsPage(context), QStringLiteral("organisations"));
    window->addPage(new SettingsPage(context), QStringLiteral("settings"));
    window->showPage(0);
    return window;
}

MainWindow::MainWindow(UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sideBar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setIconSize(QSize(24, 24));
    m_sideBar->setSpacing(2);
    m_sideBar->setFrameShape(QFrame::NoFrame);
    m_sideBar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sideBar->setFocusPolicy(Qt::StrongFocus);
    m_sideBar->setAccessibleName(tr("Pages"));
    m_sideBar->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_sideBar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QPalette palette = m_sideBar->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window).darker(106));
    m_sideBar->setPalette(palette);
    connect(m_sideBar, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    updateStatus();
    connect(&m_context, &UiContext::actorChanged, this, &MainWindow::updateStatus);
    connect(&m_context.auth(), &Core::AuthService::settingsChanged, this, [this](const QString &key) {
        if (key == QLatin1String("store.name"))
            updateStatus();
    });
    connect(&m_context, &UiContext::openMemberRequested, this, &MainWindow::openMember);
    if (DeviceHub *devices = m_context.devices()) {
        connect(devices, &DeviceHub::cardPresented, this, &MainWindow::cardPresented);
        connect(devices, &DeviceHub::presentationFailed, this, [this](const QString &message) {
            if (!QApplication::activeModalWidget())
                MessageBox::warning(this, tr("Card not read"), message);
        });
    }
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *logout = file->addAction(QIcon(QStringLiteral(":/icons/logout.svg")), tr("&Log out"));
    logout->setObjectName(QStringLiteral("logoutAction"));
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon(QStringLiteral(":/icons/quit.svg")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *find = m_goMenu->addAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Find a member"));
    find->setObjectName(QStringLiteral("findMemberAction"));
    find->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence::Find});
    connect(find, &QAction::triggered, this, &MainWindow::focusMemberSearch);
    m_goMenu->addSeparator();
}

void MainWindow::createStatusBar()
{
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorStatus"));
    m_branchLabel = new QLabel(this);
    m_branchLabel->setObjectName(QStringLiteral("branchStatus"));
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addWidget(m_operatorLabel);
    statusBar()->addWidget(m_branchLabel);
    if (DeviceHub *devices = m_context.devices()) {
        m_readerLabel = new QLabel(this);
        m_readerLabel->setObjectName(QStringLiteral("readerStatus"));
        m_keysLabel = new QLabel(this);
        m_keysLabel->setObjectName(QStringLiteral("cardKeysStatus"));
        statusBar()->addPermanentWidget(m_readerLabel);
        statusBar()->addPermanentWidget(m_keysLabel);
        connect(devices, &DeviceHub::keysChanged, this, &MainWindow::updateDeviceStatus);
#ifdef CLUB_WITH_PCSC
        connect(devices->station(), &Devices::PcscStation::readersChanged, this, &MainWindow::updateDeviceStatus);
        connect(devices->station(), &Devices::PcscStation::serviceStateChanged, this,
                &MainWindow::updateDeviceStatus);
#endif
        updateDeviceStatus();
    }
    if (m_context.connectedDesk())
        statusBar()->addPermanentWidget(new SyncStatusButton(m_context, this));
    statusBar()->addPermanentWidget(m_storeLabel);
}

void MainWindow::updateDeviceStatus()
{
    DeviceHub *devices = m_context.devices();
    if (!devices || !m_readerLabel)
        return;
#ifdef CLUB_WITH_PCSC
    const Devices::PcscStation *station = devices->station();
    if (station->serviceState() != Devices::PcscError::None)
        m_readerLabel->setText(tr("Card service off"));
    else if (station->selectedReader().isEmpty())
        m_readerLabel->setText(tr("No card reader"));
    else
        m_readerLabel->setText(tr("Card reader ready"));
    m_readerLabel->setToolTip(station->selectedReader());
#endif
    m_keysLabel->setText(devices->hasKeys() ? tr("Card keys unlocked") : tr("Card keys locked"));
}

void MainWindow::updateStatus()
{
    const Core::Actor &actor = m_context.actor();
    //: Status bar: the operator's full name and their role
    m_operatorLabel->setText(tr("Operator: %1 (%2)").arg(actor.fullName, roleName(actor.role)));

    QString branch;
    if (const auto branches = m_context.auth().branches(actor)) {
        for (const Core::Branch &b : *branches) {
            if (b.id == actor.branchId)
                branch = b.name;
        }
    }
    m_branchLabel->setText(branch.isEmpty() ? QString() : tr("Branch: %1").arg(branch));
    m_branchLabel->setVisible(!branch.isEmpty());

    const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
    const QString storeName = store ? *store : QString();
    m_storeLabel->setText(storeName);
    const QString app = QGuiApplication::applicationDisplayName();
    //: Main window title: the store's name, then the program's name
    setWindowTitle(storeName.isEmpty() ? app : tr("%1 — %2").arg(storeName, app));
}

bool MainWindow::addPage(Page *page, const QString &iconName)
{
    if (!m_context.can(page->permission())) {
        delete page;
        return false;
    }
    const int index = m_pages.size();
    m_pages.append(page);
    m_stack->addWidget(page);
    QIcon icon = page->icon();
    if (icon.isNull() && !iconName.isEmpty())
        icon = QIcon(QStringLiteral(":/icons/") + iconName + QStringLiteral(".svg"));
    auto *item = new QListWidgetItem(icon, page->title(), m_sideBar);
    item->setSizeHint(QSize(0, 40));

    QAction *go = m_goMenu->addAction(icon, page->title());
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });

    m_sideBar->setFixedWidth(std::max(m_sideBar->sizeHintForColumn(0) + 24, 170));
    return true;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_sideBar->currentRow() == index)
        pageChanged(index);
    else
        m_sideBar->setCurrentRow(index);
}

bool MainWindow::showPage(Page *page)
{
    const int index = m_pages.indexOf(page);
    if (index < 0)
        return false;
    showPage(index);
    return true;
}

void MainWindow::pageChanged(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    Page *page = m_pages.at(index);
    if (m_stack->currentWidget() != page)
        m_stack->setCurrentWidget(page);
    page->activate();
}

void MainWindow::focusMemberSearch()
{
    auto *members = page<MembersPage>();
    if (!members)
        return;
    showPage(members);
    members->focusSearch();
}

void MainWindow::cardPresented(const Core::CardPresentation &presentation)
{
    // A dialog in front (issuing a card, say) owns the moment; the tap is not for us.
    if (QApplication::activeModalWidget())
        return;
    // A pre-printed stock card's first use is its registration, on any page.
    if (const std::optional<qint64> member = StockActivationDialog::offer(m_context, presentation, this)) {
        if (*member != Core::kNoId)
            openMember(*member);
        return;
    }
    if (Page *page = currentPage(); page && page->takeCardPresentation(presentation))
        return;
    const Core::Result<Core::Card> card = m_context.cards().identify(m_context.actor(), presentation);
    if (!card) {
        MessageBox::warning(this, tr("Card refused"), card.error().message);
        return;
    }
    // A warranty card is for its warranties' status and service history.
    if (card->kind == Core::CardKind::Warranty) {
        if (auto *warranty = page<WarrantyPage>(); warranty && showPage(warranty)) {
            warranty->showCard(*card);
            return;
        }
    }
    openMember(card->memberId);
    statusBar()->showMessage(tr("Card %1 read.").arg(Labels::cardNumber(card->number)), 5000);
}

void MainWindow::openMember(qint64 memberId)
{
    auto *members = page<MembersPage>();
    if (!members)
        return;
    showPage(members);
    members->openMember(memberId);
}

} // namespace Club::Ui
