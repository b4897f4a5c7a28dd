// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inventory page through its real widgets, in Persian and Arabic: a receipt (zero
// refused first), a transfer, an adjustment with its reason, levels that are the sum of
// the movements, low stock marked and filtered, and a stock count typed line by line,
// posted by a manager and not by staff; a warehouse made and a minimum set through their
// dialogs (an empty name refused in words), the product then marked low.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "pages/inventory/CountSheetDialog.h"
#include "pages/inventory/InventoryPage.h"
#include "pages/inventory/StockMoveDialog.h"
#include "pages/inventory/StockSettingDialog.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;
using Club::Ui::InventoryPage;
using Club::Ui::StockMoveDialog;
using Club::Ui::StockSettingDialog;

namespace {
QString localDigits(const QString &latin)
{
    QString out;
    for (QChar c : latin)
        out += c.isDigit() ? QLocale().toString(c.digitValue()) : QString(c);
    return out;
}

QString pressButton(QWidget *root, const char *name)
{
    auto *button = child<QPushButton>(root, name);
    if (!button || !button->isVisible() || !button->isEnabled())
        return QStringLiteral("no enabled button %1").arg(QLatin1String(name));
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    return {};
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, InventoryPage::ProductColumn)->text() == name)
            return row;
    }
    return -1;
}

// Runs a stock dialog: zero first when `tryZero` (it must be refused in words), then the
// quantity, the extra fields, and Enter.
QString moveStock(QWidget *page, const char *button, const QString &qty, bool tryZero,
                  std::function<void(StockMoveDialog *)> fill = {})
{
    QString problem;
    auto guard = whenModal<StockMoveDialog>(&problem, [&](StockMoveDialog *d) -> QString {
        if (!QTest::qWaitForWindowActive(d))
            return QStringLiteral("the stock dialog is not active");
        auto *quantity = child<QLineEdit>(d, "quantity");
        if (d->focusWidget() != quantity)
            return QStringLiteral("the quantity does not have the focus");
        if (fill)
            fill(d);
        if (tryZero) {
            retype(quantity, localDigits(QStringLiteral("0")));
            QTest::keyClick(quantity, Qt::Key_Return);
            if (!d->isVisible())
                return QStringLiteral("a zero quantity was accepted");
            if (d->fieldErrors().message(QStringLiteral("qty")).isEmpty())
                return QStringLiteral("no message under the quantity");
        }
        retype(quantity, localDigits(qty));
        QTest::keyClick(quantity, Qt::Key_Return);
        return d->isVisible() ? QStringLiteral("refused: %1 %2")
                                    .arg(d->fieldErrors().message(QStringLiteral("qty")),
                                         d->fieldErrors().message(QStringLiteral("note")))
                              : QString();
    });
    if (QString p = pressButton(page, button); !p.isEmpty())
        return p;
    return problem;
}
} // namespace

class TestInventoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_inventorypage")); }

    void stockFlow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void stockFlow()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store s;
        Product d;
        d.code = QStringLiteral("1001");
        d.nameFa = QStringLiteral("چای سبز");
        const Result<Product> tea = s.hub->catalog().createProduct(s.admin, d);
        d.code = QStringLiteral("1002");
        d.nameFa = QStringLiteral("قهوه");
        const Result<Product> coffee = s.hub->catalog().createProduct(s.admin, d);
        QVERIFY(tea.ok() && coffee.ok());
        const Result<Warehouse> shop = s.hub->inventory().createWarehouse(s.admin, s.admin.branchId,
                                                                          QStringLiteral("فروشگاه"));
        const Result<Warehouse> store = s.hub->inventory().createWarehouse(s.admin, s.admin.branchId,
                                                                           QStringLiteral("انبار"));
        QVERIFY(shop.ok() && store.ok());

        InventoryPage page(*s.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectWarehouse(shop->id));

        // Receipt: zero refused, then 20 in.
        auto chooseTea = [&](StockMoveDialog *dlg) { dlg->selectProduct(tea->id); };
        QCOMPARE(moveStock(&page, "receive", QStringLiteral("20"), true, chooseTea), QString());
        QCOMPARE(moveStock(&page, "receive", QStringLiteral("4"), false,
                           [&](StockMoveDialog *dlg) { dlg->selectProduct(coffee->id); }),
                 QString());
        // Transfer 5 to the other warehouse.
        QCOMPARE(moveStock(&page, "transfer", QStringLiteral("5"), true,
                           [&](StockMoveDialog *dlg) {
                               dlg->selectProduct(tea->id);
                               auto *target = child<QComboBox>(dlg, "target");
                               target->setCurrentIndex(target->findData(QVariant::fromValue<qint64>(store->id)));
                           }),
                 QString());
        // Adjustment: a reason is needed; 3 broken.
        QCOMPARE(moveStock(&page, "adjust", QStringLiteral("3"), false,
                           [&](StockMoveDialog *dlg) {
                               dlg->selectProduct(tea->id);
                               auto *direction = child<QComboBox>(dlg, "direction");
                               direction->setCurrentIndex(1); // remove
                               type(child(dlg, "reference"), QStringLiteral("شکسته"));
                           }),
                 QString());

        QCOMPARE(s.hub->inventory().level(s.admin, tea->id, shop->id).value(), 12);
        QCOMPARE(s.hub->inventory().level(s.admin, tea->id, store->id).value(), 5);
        QVERIFY(s.hub->inventory().verify(s.admin)->isEmpty());
        QTableWidget *levels = page.levelTable();
        const int teaRow = rowOf(levels, tea->nameFa);
        QVERIFY(teaRow >= 0);
        QCOMPARE(levels->item(teaRow, InventoryPage::QuantityColumn)->text(), Ui::Format::number(12));
        // The level is the sum of the movements listed for the product.
        QVERIFY(page.selectProduct(tea->id));
        QTableWidget *moves = page.movementTable();
        QCOMPARE(moves->rowCount(), 3);
        qint64 sum = 0;
        QStringList kinds;
        for (int row = 0; row < moves->rowCount(); ++row) {
            sum += moves->item(row, InventoryPage::QtyColumn)->data(Qt::UserRole).toLongLong();
            kinds << moves->item(row, InventoryPage::KindColumn)->text();
        }
        QCOMPARE(sum, 12);
        QCOMPARE(kinds, QStringList({InventoryPage::movementKindName(MovementKind::Adjustment),
                                     InventoryPage::movementKindName(MovementKind::TransferOut),
                                     InventoryPage::movementKindName(MovementKind::Receipt)}));
        QVERIFY(moves->item(0, InventoryPage::ReferenceColumn)->text().contains(QStringLiteral("شکسته")));
        QCOMPARE(moves->item(0, InventoryPage::QtyColumn)->text(), Ui::Format::number(-3));

        // Low stock: coffee at 4 with a minimum of 5 is marked, and the filter keeps it alone.
        QVERIFY(s.hub->inventory().setThreshold(s.admin, coffee->id, shop->id, 5).ok());
        page.activate();
        const int coffeeRow = rowOf(levels, coffee->nameFa);
        QVERIFY(coffeeRow >= 0);
        QVERIFY(levels->item(coffeeRow, InventoryPage::QuantityColumn)->data(InventoryPage::LowStockRole).toBool());
        QVERIFY(!levels->item(rowOf(levels, tea->nameFa), InventoryPage::QuantityColumn)
                     ->data(InventoryPage::LowStockRole)
                     .toBool());
        child<QCheckBox>(&page, "lowOnly")->setChecked(true);
        QCOMPARE(levels->rowCount(), 1);
        QCOMPARE(levels->item(0, InventoryPage::ProductColumn)->text(), coffee->nameFa);
        QVERIFY(screenshot(&page, QStringLiteral("inventory-low")));
        child<QCheckBox>(&page, "lowOnly")->setChecked(false);
        QVERIFY(screenshot(&page, QStringLiteral("inventory")));

        // Staff count but cannot post, nor adjust by hand.
        s.context->setActor(s.db.actorWithRole(Role::Staff));
        QVERIFY(!child<QPushButton>(&page, "adjust")->isEnabled());
        QString problem;
        {
            auto guard = whenModal<Ui::CountSheetDialog>(&problem, [](Ui::CountSheetDialog *dlg) -> QString {
                if (dlg->postButton()->isEnabled())
                    return QStringLiteral("staff may post the count");
                if (dlg->postButton()->toolTip().isEmpty())
                    return QStringLiteral("no word on who posts");
                return {};
            });
            QCOMPARE(pressButton(&page, "count"), QString());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // A manager carries on with the same sheet: types 10 and 4 with Enter between,
        // sees one difference, posts it.
        s.context->setActor(s.db.actorWithRole(Role::Manager));
        {
            auto guard = whenModal<Ui::CountSheetDialog>(&problem, [&](Ui::CountSheetDialog *dlg) -> QString {
                if (!QTest::qWaitForWindowActive(dlg))
                    return QStringLiteral("the count sheet is not active");
                QTableWidget *lines = dlg->lines();
                if (lines->rowCount() != 2)
                    return QStringLiteral("%1 lines on the sheet").arg(lines->rowCount());
                if (lines->currentRow() != 0 || lines->currentColumn() != Ui::CountSheetDialog::CountedColumn)
                    return QStringLiteral("the sheet does not start on the first count");
                const QStringList counts{QStringLiteral("10"), QStringLiteral("4")};
                for (int i = 0; i < lines->rowCount(); ++i) {
                    const QString productName = lines->item(lines->currentRow(), 0)->text();
                    const QString count = productName == tea->nameFa ? counts.at(0) : counts.at(1);
                    const QString digits = localDigits(count);
                    QWidget *target = dlg->focusWidget();
                    for (QChar c : digits) {
                        QTest::sendKeyEvent(QTest::Click, dlg->focusWidget(), Qt::Key_unknown, QString(c),
                                            Qt::NoModifier);
                    }
                    Q_UNUSED(target);
                    QTest::keyClick(dlg->focusWidget(), Qt::Key_Return);
                    QCoreApplication::processEvents();
                    QCoreApplication::processEvents();
                    if (lines->currentRow() != std::min(i + 1, lines->rowCount() - 1))
                        return QStringLiteral("Enter did not move down from line %1").arg(i);
                }
                if (QWidget *editor = dlg->focusWidget(); editor && editor->objectName() == QLatin1String("countedEdit"))
                    QTest::keyClick(editor, Qt::Key_Escape);
                if (dlg->variances()->rowCount() != 1)
                    return QStringLiteral("%1 differences").arg(dlg->variances()->rowCount());
                if (dlg->variances()->item(0, Ui::CountSheetDialog::DifferenceColumn)->text() != Ui::Format::number(-2))
                    return QStringLiteral("difference %1").arg(
                        dlg->variances()->item(0, Ui::CountSheetDialog::DifferenceColumn)->text());
                screenshot(dlg, QStringLiteral("countsheet"));
                if (!dlg->postButton()->isEnabled())
                    return QStringLiteral("a manager cannot post");
                Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(dlg->postButton(), Qt::LeftButton);
                if (Ui::MessageBox::takeLastText().isEmpty())
                    return QStringLiteral("posting was not confirmed");
                return dlg->isVisible() ? QStringLiteral("the sheet was not posted") : QString();
            });
            QCOMPARE(pressButton(&page, "count"), QString());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(s.hub->inventory().level(s.admin, tea->id, shop->id).value(), 10);
        QCOMPARE(s.hub->inventory().level(s.admin, coffee->id, shop->id).value(), 4);
        QVERIFY(s.hub->inventory().verify(s.admin)->isEmpty());
        QCOMPARE(levels->item(rowOf(levels, tea->nameFa), InventoryPage::QuantityColumn)->text(),
                 Ui::Format::number(10));
        QVERIFY(!s.hub->inventory().currentCountSheet(s.admin, shop->id)->has_value());
    }

    void warehouseAndMinimum_data() { stockFlow_data(); }

    void warehouseAndMinimum()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store s;
        Product d;
        d.code = QStringLiteral("2001");
        d.nameFa = QStringLiteral("برنج");
        const Result<Product> rice = s.hub->catalog().createProduct(s.admin, d);
        QVERIFY(rice.ok());

        InventoryPage page(*s.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.warehouseChooser()->count(), 0);
        QVERIFY(!child<QPushButton>(&page, "receive")->isEnabled());

        // New warehouse: an empty name is refused in words, then the typed name is saved
        // in the operator's branch and becomes the one shown.
        QString problem;
        {
            auto guard = whenModal<StockSettingDialog>(&problem, [&](StockSettingDialog *dlg) -> QString {
                if (!QTest::qWaitForWindowActive(dlg))
                    return QStringLiteral("the warehouse dialog is not active");
                auto *name = child<QLineEdit>(dlg, "name");
                if (dlg->focusWidget() != name)
                    return QStringLiteral("the name does not have the focus");
                QTest::keyClick(name, Qt::Key_Return);
                if (!dlg->isVisible())
                    return QStringLiteral("an empty name was accepted");
                if (dlg->fieldErrors().message(QStringLiteral("name")).isEmpty())
                    return QStringLiteral("no message under the name");
                type(name, QStringLiteral("انبار اصلی"));
                screenshot(dlg, QStringLiteral("inventory-newwarehouse"));
                QTest::keyClick(name, Qt::Key_Return);
                return dlg->isVisible() ? dlg->fieldErrors().message(QStringLiteral("name")) : QString();
            });
            QCOMPARE(pressButton(&page, "newWarehouse"), QString());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const Result<QList<Warehouse>> made = s.hub->inventory().warehouses(s.admin, s.admin.branchId);
        QVERIFY(made.ok());
        QCOMPARE(made->size(), 1);
        QCOMPARE(made->first().name, QStringLiteral("انبار اصلی"));
        QCOMPARE(page.warehouseChooser()->currentText(), QStringLiteral("انبار اصلی"));
        QVERIFY(child<QPushButton>(&page, "receive")->isEnabled());

        QCOMPARE(moveStock(&page, "receive", QStringLiteral("3"), false,
                           [&](StockMoveDialog *dlg) { dlg->selectProduct(rice->id); }),
                 QString());
        QTableWidget *levels = page.levelTable();
        QVERIFY(page.selectProduct(rice->id));
        QVERIFY(!levels->item(rowOf(levels, rice->nameFa), InventoryPage::QuantityColumn)
                     ->data(InventoryPage::LowStockRole)
                     .toBool());

        // Set minimum: 5 typed in local digits is saved and the row (3 on hand) is marked low.
        {
            auto guard = whenModal<StockSettingDialog>(&problem, [&](StockSettingDialog *dlg) -> QString {
                if (!QTest::qWaitForWindowActive(dlg))
                    return QStringLiteral("the minimum dialog is not active");
                auto *minimum = child<QLineEdit>(dlg, "minimum");
                if (dlg->focusWidget() != minimum)
                    return QStringLiteral("the minimum does not have the focus");
                retype(minimum, localDigits(QStringLiteral("5")));
                screenshot(dlg, QStringLiteral("inventory-minimum"));
                QTest::keyClick(minimum, Qt::Key_Return);
                return dlg->isVisible() ? dlg->fieldErrors().message(QStringLiteral("minimum")) : QString();
            });
            QCOMPARE(pressButton(&page, "setMinimum"), QString());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const Result<QList<StockLevel>> low = s.hub->inventory().lowStock(s.admin, made->first().id);
        QVERIFY(low.ok());
        QCOMPARE(low->size(), 1);
        QCOMPARE(low->first().minimum, 5);
        const int row = rowOf(levels, rice->nameFa);
        QVERIFY(row >= 0);
        QVERIFY(levels->item(row, InventoryPage::QuantityColumn)->data(InventoryPage::LowStockRole).toBool());
        QCOMPARE(levels->item(row, InventoryPage::MinimumColumn)->text(), Ui::Format::number(5));
        QVERIFY(screenshot(&page, QStringLiteral("inventory-minimum-low")));

        // Staff see no New Warehouse and cannot set a minimum.
        s.context->setActor(s.db.actorWithRole(Role::Staff));
        QVERIFY(!child<QPushButton>(&page, "newWarehouse")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "setMinimum")->isEnabled());
    }
};

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
