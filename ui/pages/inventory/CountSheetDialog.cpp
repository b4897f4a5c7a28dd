// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountSheetDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "inventory/InventoryService.h"
#include "models/TableViews.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace Club::Ui {

namespace {
constexpr int kProductIdRole = Qt::UserRole + 1;
constexpr int kMaxCountDigits = 9;

QTableWidgetItem *cell(const QString &text, bool editable = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
    return item;
}

// The counted cell is typed in any digit script; Enter saves it and the table moves to
// the next line, so a whole sheet is typed without touching the mouse.
class CountDelegate : public QStyledItemDelegate
{
public:
    CountDelegate(QTableWidget *table, std::function<void(int)> entered)
        : QStyledItemDelegate(table)
        , m_table(table)
        , m_entered(std::move(entered))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new DigitLineEdit(parent);
        edit->setMaxDigits(kMaxCountDigits);
        edit->setObjectName(QStringLiteral("countedEdit"));
        return edit;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<DigitLineEdit *>(editor)->setText(index.data(Qt::UserRole).isNull()
                                                          ? QString()
                                                          : index.data(Qt::UserRole).toString());
        static_cast<DigitLineEdit *>(editor)->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        const QString digits = static_cast<DigitLineEdit *>(editor)->latinText();
        if (digits.isEmpty())
            return;
        model->setData(index, digits.toLongLong(), Qt::UserRole);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                auto *editor = static_cast<QWidget *>(object);
                const int row = m_table->currentRow();
                Q_EMIT const_cast<CountDelegate *>(this)->commitData(editor);
                Q_EMIT const_cast<CountDelegate *>(this)->closeEditor(editor, QAbstractItemDelegate::NoHint);
                m_entered(row);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    QTableWidget *m_table;
    std::function<void(int)> m_entered;
};
} // namespace

CountSheetDialog::CountSheetDialog(UiContext &context, const Core::Warehouse &warehouse,
                                   const QList<Core::Product> &products, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_warehouse(warehouse)
    , m_title(new QLabel(this))
    , m_lines(new QTableWidget(0, LineColumnCount, this))
    , m_variances(new QTableWidget(0, LineColumnCount, this))
    //: Posts the differences of a stock count as adjustments
    , m_post(new QPushButton(tr("&Post Adjustments…"), this))
    , m_status(new QLabel(this))
{
    //: Dialog title; %1 is the warehouse
    setWindowTitle(tr("Stock Count of %1").arg(warehouse.name));
    for (const Core::Product &p : products)
        m_products.insert(p.id, p);
    const QStringList headers{tr("Product"), tr("System"), tr("Counted"), tr("Difference")};
    m_lines->setObjectName(QStringLiteral("countLines"));
    m_lines->setHorizontalHeaderLabels(headers);
    TableViews::setUp(m_lines, m_lines->model());
    // Counting is typing: the counted column opens on Enter, a digit or F2.
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                             QAbstractItemView::DoubleClicked);
    m_lines->setItemDelegateForColumn(CountedColumn, new CountDelegate(m_lines, [this](int row) {
        // After the editor closed: save, then open the next line's count.
        QTimer::singleShot(0, this, [this, row] { countEntered(row); });
    }));
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != CountedColumn || item->data(Qt::UserRole).isNull())
            return;
        const Core::Id productId = m_lines->item(item->row(), ProductColumn)->data(kProductIdRole).toLongLong();
        if (Core::Status s = m_context.inventory().enterCount(m_context.actor(), m_sheet.id, productId,
                                                              item->data(Qt::UserRole).toLongLong());
            !s) {
            showError(this, s.error());
        }
        // Reload later: the item is still in use by the caller of this signal.
        QTimer::singleShot(0, this, [this] { reload(); });
    });
    m_variances->setObjectName(QStringLiteral("variances"));
    m_variances->setHorizontalHeaderLabels(headers);
    TableViews::setUp(m_variances, m_variances->model());
    m_post->setObjectName(QStringLiteral("postCount"));
    connect(m_post, &QPushButton::clicked, this, &CountSheetDialog::post);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_post, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &CountSheetDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_lines, 3);
    layout->addWidget(new QLabel(tr("Differences between the system and the count:"), this));
    layout->addWidget(m_variances, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 560);
}

bool CountSheetDialog::count(UiContext &context, const Core::Warehouse &warehouse,
                             const QList<Core::Product> &products, QWidget *parent)
{
    CountSheetDialog dialog(context, warehouse, products, parent);
    if (!dialog.openSheet())
        return false;
    dialog.exec();
    return true;
}

bool CountSheetDialog::openSheet()
{
    Core::Result<std::optional<Core::CountSheet>> current =
        m_context.inventory().currentCountSheet(m_context.actor(), m_warehouse.id);
    if (!current) {
        showError(parentWidget(), current.error());
        return false;
    }
    if (current->has_value()) {
        m_sheet = **current;
    } else {
        Core::Result<Core::CountSheet> opened = m_context.inventory().openCountSheet(m_context.actor(), m_warehouse.id);
        if (!opened) {
            showError(parentWidget(), opened.error());
            return false;
        }
        m_sheet = *opened;
    }
    //: %1 is when the count sheet was opened
    m_title->setText(tr("Count sheet opened %1. Type what is on the shelves; Enter saves a line and moves down.")
                         .arg(Format::dateTime(m_sheet.openedAt)));
    reload();
    m_lines->setFocus();
    if (m_lines->rowCount() > 0)
        m_lines->setCurrentCell(0, CountedColumn);
    return true;
}

QString CountSheetDialog::productName(Core::Id productId) const
{
    const auto it = m_products.constFind(productId);
    //: A product the catalog no longer lists; %1 is its number
    return it == m_products.cend() ? tr("Product %1").arg(productId) : it->displayName();
}

void CountSheetDialog::reload()
{
    m_loading = true;
    const int row = m_lines->currentRow();
    const int column = m_lines->currentColumn();
    m_lines->setRowCount(0);
    m_variances->setRowCount(0);
    Core::Result<QList<Core::CountLine>> lines = m_context.inventory().countLines(m_context.actor(), m_sheet.id);
    Core::Result<QList<Core::CountLine>> diff = m_context.inventory().variances(m_context.actor(), m_sheet.id);
    if (!lines || !diff) {
        m_status->setText((!lines ? lines.error() : diff.error()).message);
        m_loading = false;
        return;
    }
    auto fill = [this](QTableWidget *table, const Core::CountLine &line, bool editable) {
        const int r = table->rowCount();
        table->insertRow(r);
        auto *name = cell(productName(line.productId));
        name->setData(kProductIdRole, QVariant::fromValue<qint64>(line.productId));
        table->setItem(r, ProductColumn, name);
        table->setItem(r, ExpectedColumn, cell(Format::number(line.expected)));
        auto *counted = cell(line.counted ? Format::number(*line.counted) : QString(), editable);
        if (line.counted)
            counted->setData(Qt::UserRole, QVariant::fromValue<qint64>(*line.counted));
        table->setItem(r, CountedColumn, counted);
        table->setItem(r, DifferenceColumn, cell(line.counted ? Format::number(line.variance()) : QString()));
    };
    for (const Core::CountLine &line : std::as_const(*lines))
        fill(m_lines, line, true);
    for (const Core::CountLine &line : std::as_const(*diff))
        fill(m_variances, line, false);
    if (row >= 0 && row < m_lines->rowCount())
        m_lines->setCurrentCell(row, std::max(column, 0));
    m_loading = false;

    const bool approve = m_context.can(Core::Permission::InventoryApprove);
    m_post->setEnabled(approve && m_sheet.status == Core::CountSheetStatus::Open);
    m_post->setToolTip(approve ? QString()
                               : tr("A manager must post the count: ask a manager to log in and post this sheet."));
    m_status->setText(approve ? QString() : m_post->toolTip());
}

void CountSheetDialog::countEntered(int row)
{
    if (row + 1 < m_lines->rowCount()) {
        m_lines->setCurrentCell(row + 1, CountedColumn);
        m_lines->edit(m_lines->currentIndex());
    }
}

bool CountSheetDialog::post()
{
    if (!m_context.can(Core::Permission::InventoryApprove))
        return false;
    const int changes = m_variances->rowCount();
    //: Confirmation before posting a stock count
    const QString question = changes == 0 ? tr("No line differs from the system. Close the count sheet?")
                                          : tr("Post %Ln adjustment(s) to the stock of %1? This cannot be undone.",
                                               nullptr, changes)
                                                .arg(m_warehouse.name);
    if (MessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    if (Core::Status s = m_context.inventory().postCountSheet(m_context.actor(), m_sheet.id); !s) {
        showError(this, s.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Club::Ui
