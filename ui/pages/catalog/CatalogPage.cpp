// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogPage.h"

#include "CharitiesPanel.h"
#include "Format.h"
#include "PricePanel.h"
#include "ProductDialog.h"
#include "catalog/CatalogService.h"
#include "models/Labels.h"
#include "models/TableViews.h"
#include "warranty/WarrantyService.h"
#include "widgets/ErrorDisplay.h"

#include <QCheckBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchLimit = 500;

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString shortcutHint(const QString &text, const QKeySequence &keys)
{
    //: A button's tool tip: "New product (Ctrl+N)"
    return QCoreApplication::translate("Club::Ui::CatalogPage", "%1 (%2)")
        .arg(text, keys.toString(QKeySequence::NativeText));
}
} // namespace

CatalogPage::CatalogPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_tree(new QTreeWidget(this))
    , m_search(new QLineEdit(this))
    , m_giftsOnly(new QCheckBox(tr("&Gifts only"), this))
    , m_inactive(new QCheckBox(tr("Show &inactive"), this))
    , m_products(new QTableWidget(0, ColumnCount, this))
    , m_prices(new PricePanel(context, this))
    , m_newGroup(new QPushButton(tr("New G&roup…"), this))
    , m_renameGroup(new QPushButton(tr("Rena&me…"), this))
    , m_moveGroup(new QPushButton(tr("Mo&ve…"), this))
    , m_newProduct(new QPushButton(tr("&New Product…"), this))
    , m_editProduct(new QPushButton(tr("&Edit…"), this))
    , m_status(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("groups"));
    m_tree->setHeaderLabel(tr("Product groups"));
    m_tree->setMinimumWidth(180);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Code, barcode or name (Ctrl+F)"));
    m_giftsOnly->setObjectName(QStringLiteral("giftsOnly"));
    m_inactive->setObjectName(QStringLiteral("showInactive"));
    m_products->setObjectName(QStringLiteral("products"));
    m_products->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Barcode"), tr("Group"), tr("Unit"),
                                           tr("Points"), tr("Gift for points"), tr("Active")});
    TableViews::setUp(m_products, m_products->model());
    m_prices->setObjectName(QStringLiteral("prices"));
    m_newGroup->setObjectName(QStringLiteral("newGroup"));
    m_renameGroup->setObjectName(QStringLiteral("renameGroup"));
    m_moveGroup->setObjectName(QStringLiteral("moveGroup"));
    m_newProduct->setObjectName(QStringLiteral("newProduct"));
    m_newProduct->setToolTip(shortcutHint(tr("New product"), QKeySequence::New));
    m_editProduct->setObjectName(QStringLiteral("editProduct"));
    m_status->setWordWrap(true);

    connect(m_newGroup, &QPushButton::clicked, this, &CatalogPage::newGroup);
    connect(m_renameGroup, &QPushButton::clicked, this, &CatalogPage::renameGroup);
    connect(m_moveGroup, &QPushButton::clicked, this, &CatalogPage::moveGroup);
    connect(m_newProduct, &QPushButton::clicked, this, &CatalogPage::newProduct);
    connect(m_editProduct, &QPushButton::clicked, this, &CatalogPage::editProduct);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &CatalogPage::newProduct);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Enter and double-click on a product edit it.
    connect(m_products, &QTableWidget::activated, this, &CatalogPage::editProduct);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CatalogPage::reloadProducts);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogPage::reloadProducts);
    connect(m_giftsOnly, &QCheckBox::toggled, this, &CatalogPage::reloadProducts);
    connect(m_inactive, &QCheckBox::toggled, this, &CatalogPage::reloadProducts);
    connect(m_products->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_prices->setProduct(selectedProduct());
        updateActions();
    });

    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_newGroup);
    groupButtons->addWidget(m_renameGroup);
    groupButtons->addWidget(m_moveGroup);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(groupButtons);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_giftsOnly);
    filters->addWidget(m_inactive);
    auto *productButtons = new QHBoxLayout;
    productButtons->addWidget(m_newProduct);
    productButtons->addWidget(m_editProduct);
    m_warrantyPeriod = new QPushButton(tr("&Warranty Period…"), this);
    m_warrantyPeriod->setObjectName(QStringLiteral("warrantyPeriod"));
    m_warrantyPeriod->setAutoDefault(false);
    connect(m_warrantyPeriod, &QPushButton::clicked, this, &CatalogPage::editWarrantyPeriod);
    productButtons->addWidget(m_warrantyPeriod);
    productButtons->addStretch(1);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addLayout(productButtons);
    listLayout->addWidget(m_products, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(list);
    right->addWidget(m_prices);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    // Products and charities (what members may give points to) side by side in tabs.
    auto *products = new QWidget(this);
    auto *productsLayout = new QVBoxLayout(products);
    productsLayout->setContentsMargins(0, 0, 0, 0);
    productsLayout->addWidget(split, 1);
    productsLayout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("catalogTabs"));
    m_tabs->addTab(products, tr("&Products"));
    m_charities = new CharitiesPanel(context, m_tabs);
    m_charities->setObjectName(QStringLiteral("charitiesPanel"));
    //: Tab of the Catalog page: charities members may donate points to
    m_tabs->addTab(m_charities, tr("C&harities"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_search, m_products);
    setTabOrder(m_products, m_tree);

    connect(&context.catalog(), &Core::CatalogService::groupsChanged, this, &CatalogPage::reloadGroups);
    connect(&context.catalog(), &Core::CatalogService::productChanged, this, &CatalogPage::reloadProducts);
    connect(&context, &UiContext::actorChanged, this, &CatalogPage::updateActions);
    reloadGroups();
}

QString CatalogPage::title() const
{
    //: Side bar page title
    return tr("Catalog");
}

QIcon CatalogPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/catalog.svg"));
}

void CatalogPage::activate()
{
    reloadGroups();
    m_search->setFocus();
}

void CatalogPage::updateActions()
{
    const bool manage = context().can(Core::Permission::CatalogManage);
    const bool group = currentGroupId() != Core::kNoId;
    for (QPushButton *b : {m_newGroup, m_renameGroup, m_moveGroup, m_newProduct})
        b->setVisible(manage);
    m_newGroup->setEnabled(manage);
    m_renameGroup->setEnabled(manage && group);
    m_moveGroup->setEnabled(manage && group);
    m_newProduct->setEnabled(manage);
    m_editProduct->setVisible(manage);
    m_editProduct->setEnabled(manage && selectedProduct().has_value());
    m_warrantyPeriod->setVisible(manage);
    m_warrantyPeriod->setEnabled(manage && selectedProduct().has_value());
}

void CatalogPage::editWarrantyPeriod()
{
    const std::optional<Core::Product> product = selectedProduct();
    if (!product)
        return;
    const Core::Result<int> months = context().warranties().defaultMonths(context().actor(), product->id);
    if (!months) {
        showError(this, months.error());
        return;
    }
    bool ok = false;
    //: %1 is the product's name; 0 months means the product has no default warranty
    const int chosen = QInputDialog::getInt(this, tr("Warranty Period"),
                                            tr("Default warranty of %1 in months (0: none):").arg(product->displayName()),
                                            *months, 0, 240, 1, &ok);
    if (!ok)
        return;
    if (const Core::Status s = context().warranties().setDefaultMonths(context().actor(), product->id, chosen); !s)
        showError(this, s.error());
    else
        m_status->setText(chosen > 0 ? tr("%1: warranty of %Ln month(s).", nullptr, chosen).arg(product->displayName())
                                     : tr("%1: no default warranty.").arg(product->displayName()));
}

Core::Id CatalogPage::currentGroupId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : Core::kNoId;
}

QList<Core::Id> CatalogPage::groupAndDescendants(Core::Id groupId) const
{
    QList<Core::Id> out{groupId};
    for (int i = 0; i < out.size(); ++i) {
        for (const Core::ProductGroup &g : m_groups) {
            if (g.parentId == out.at(i) && !out.contains(g.id))
                out.append(g.id);
        }
    }
    return out;
}

void CatalogPage::reloadGroups()
{
    const Core::Id keep = currentGroupId();
    Core::Result<QList<Core::ProductGroup>> groups = context().catalog().groups(context().actor());
    if (!groups) {
        m_status->setText(groups.error().message);
        return;
    }
    m_groups = *groups;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto *all = new QTreeWidgetItem(m_tree, {tr("All products")});
    all->setData(0, kIdRole, QVariant::fromValue<qint64>(Core::kNoId));
    QHash<Core::Id, QTreeWidgetItem *> items;
    items.insert(Core::kNoId, all);
    // Parents may come after their children: place groups whose parent is placed, again
    // and again, until nothing more can be placed.
    QList<Core::ProductGroup> left = m_groups;
    for (bool placed = true; placed && !left.isEmpty();) {
        placed = false;
        for (auto it = left.begin(); it != left.end();) {
            if (QTreeWidgetItem *parent = items.value(it->parentId)) {
                auto *item = new QTreeWidgetItem(parent, {it->name});
                item->setData(0, kIdRole, QVariant::fromValue<qint64>(it->id));
                items.insert(it->id, item);
                it = left.erase(it);
                placed = true;
            } else {
                ++it;
            }
        }
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(items.value(keep, all));
    reloadProducts();
}

bool CatalogPage::selectGroup(Core::Id groupId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toLongLong() == groupId) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void CatalogPage::reloadProducts()
{
    const std::optional<Core::Product> before = selectedProduct();
    const QString text = m_search->text().trimmed();
    Core::Result<QList<Core::Product>> found =
        text.isEmpty() ? context().catalog().products(context().actor(), Core::kNoId, true)
                       : context().catalog().search(context().actor(), text, kSearchLimit);
    if (!found) {
        m_status->setText(found.error().message);
        return;
    }
    const Core::Id groupId = currentGroupId();
    const QList<Core::Id> inGroup = groupAndDescendants(groupId);
    m_shown.clear();
    for (const Core::Product &p : std::as_const(*found)) {
        if (groupId != Core::kNoId && !inGroup.contains(p.groupId))
            continue;
        if (m_giftsOnly->isChecked() && !p.isGift)
            continue;
        if (!m_inactive->isChecked() && !p.active)
            continue;
        m_shown.append(p);
    }

    const QSignalBlocker blocker(m_products->selectionModel());
    m_products->setRowCount(0);
    for (const Core::Product &p : std::as_const(m_shown)) {
        const int row = m_products->rowCount();
        m_products->insertRow(row);
        auto *code = cell(Format::ltr(p.code));
        code->setData(kIdRole, QVariant::fromValue<qint64>(p.id));
        m_products->setItem(row, CodeColumn, code);
        m_products->setItem(row, NameColumn, cell(p.displayName()));
        m_products->setItem(row, BarcodeColumn, cell(p.barcode.isEmpty() ? QString() : Format::ltr(p.barcode)));
        m_products->setItem(row, GroupColumn, cell(groupPath(m_groups, p.groupId)));
        m_products->setItem(row, UnitColumn, cell(p.unit));
        m_products->setItem(row, PointsColumn, cell(Format::number(p.defaultPoints)));
        m_products->setItem(row, GiftColumn, cell(p.isGift ? Format::number(p.giftPoints) : QString()));
        m_products->setItem(row, ActiveColumn, cell(Labels::yesNo(p.active)));
    }
    m_status->setText(m_shown.isEmpty() ? tr("No products match.") : QString());
    if (!before || !selectProduct(before->id)) {
        if (!m_shown.isEmpty())
            TableViews::selectRow(m_products, 0);
    }
    m_prices->setProduct(selectedProduct());
    updateActions();
}

std::optional<Core::Product> CatalogPage::selectedProduct() const
{
    const int row = TableViews::selectedRow(m_products);
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown.at(row);
}

bool CatalogPage::selectProduct(Core::Id productId)
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == productId) {
            TableViews::selectRow(m_products, row);
            m_prices->setProduct(m_shown.at(row));
            return true;
        }
    }
    return false;
}

void CatalogPage::newGroup()
{
    if (!context().can(Core::Permission::CatalogManage))
        return;
    bool ok = false;
    const Core::Id parentId = currentGroupId();
    const QString label = parentId == Core::kNoId
                              ? tr("Name of the new group:")
                              //: %1 is the parent group's name
                              : tr("Name of the new group inside %1:").arg(groupPath(m_groups, parentId));
    const QString name = QInputDialog::getText(this, tr("New Group"), label, QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok)
        return;
    Core::Result<Core::ProductGroup> created = context().catalog().createGroup(context().actor(), name, parentId);
    if (!created) {
        showError(this, created.error());
        return;
    }
    reloadGroups();
    selectGroup(created->id);
}

void CatalogPage::renameGroup()
{
    const Core::Id groupId = currentGroupId();
    if (groupId == Core::kNoId || !context().can(Core::Permission::CatalogManage))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Group"), tr("New name:"), QLineEdit::Normal,
                                               m_tree->currentItem()->text(0), &ok)
                             .trimmed();
    if (!ok)
        return;
    if (Core::Status s = context().catalog().renameGroup(context().actor(), groupId, name); !s) {
        showError(this, s.error());
        return;
    }
    reloadGroups();
}

void CatalogPage::moveGroup()
{
    const Core::Id groupId = currentGroupId();
    if (groupId == Core::kNoId || !context().can(Core::Permission::CatalogManage))
        return;
    QStringList names{tr("(top level)")};
    QList<Core::Id> ids{Core::kNoId};
    for (const Core::ProductGroup &g : std::as_const(m_groups)) {
        if (g.id == groupId)
            continue;
        names.append(groupPath(m_groups, g.id));
        ids.append(g.id);
    }
    bool ok = false;
    //: %1 is the group being moved
    const QString chosen = QInputDialog::getItem(this, tr("Move Group"),
                                                 tr("Move %1 into:").arg(groupPath(m_groups, groupId)), names, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const Core::Id parentId = ids.value(names.indexOf(chosen), Core::kNoId);
    if (Core::Status s = context().catalog().moveGroup(context().actor(), groupId, parentId); !s) {
        showError(this, s.error());
        return;
    }
    reloadGroups();
    selectGroup(groupId);
}

void CatalogPage::newProduct()
{
    if (!context().can(Core::Permission::CatalogManage))
        return;
    if (std::optional<Core::Product> created =
            ProductDialog::createProduct(context(), m_groups, currentGroupId(), this)) {
        m_search->clear();
        reloadProducts();
        selectProduct(created->id);
    }
}

void CatalogPage::editProduct()
{
    const std::optional<Core::Product> product = selectedProduct();
    if (!product || !context().can(Core::Permission::CatalogManage))
        return;
    if (ProductDialog::editProduct(context(), *product, m_groups, this)) {
        reloadProducts();
        selectProduct(product->id);
    }
}

} // namespace Club::Ui
