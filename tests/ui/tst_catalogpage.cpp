// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Catalog page through its real widgets, in Persian and Arabic: a group and a product
// typed at the keyboard, two prices on different days drawn as a step line and listed in
// the history, an overlapping price refused in words, search in any digit script, the
// gifts filter, and a staff member who only looks.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "catalog/CatalogService.h"
#include "pages/catalog/CatalogPage.h"
#include "pages/catalog/PriceChart.h"
#include "pages/catalog/PriceDialog.h"
#include "pages/catalog/PricePanel.h"
#include "pages/catalog/ProductDialog.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "TestMain.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;
using Club::Ui::CatalogPage;

namespace {
// "1200" in the language's digits, as an operator at that desk types it.
QString localDigits(const QString &latin)
{
    QString out;
    for (QChar c : latin)
        out += c.isDigit() ? QLocale().toString(c.digitValue()) : QString(c);
    return out;
}

bool hasLatinDigit(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("[0-9]")));
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

// Opens the price dialog with the keyboard, types a price and a day, and presses Enter.
// Returns what went wrong, or the message shown under the date when `expectRefusal`.
QString enterPrice(QWidget *page, const QString &price, const QDate &day, bool expectRefusal, QString *refusal)
{
    QString problem;
    auto guard = whenModal<Ui::PriceDialog>(&problem, [&](Ui::PriceDialog *d) -> QString {
        if (!QTest::qWaitForWindowActive(d))
            return QStringLiteral("the price dialog is not active");
        auto *edit = child<QLineEdit>(d, "price");
        if (!edit || d->focusWidget() != edit)
            return QStringLiteral("the price field does not have the focus");
        type(edit, localDigits(price));
        child<Ui::DateEdit>(d, "from")->setDate(day);
        QTest::keyClick(edit, Qt::Key_Return);
        if (expectRefusal) {
            if (!d->isVisible())
                return QStringLiteral("an overlapping price was accepted");
            *refusal = d->fieldErrors().message(QStringLiteral("from"));
            return {};
        }
        return d->isVisible() ? QStringLiteral("the price was refused: %1").arg(d->fieldErrors().message(
                                                                                 QStringLiteral("from")))
                              : QString();
    });
    if (QString p = pressButton(page, "newPrice"); !p.isEmpty())
        return p;
    return problem;
}
} // namespace

class TestCatalogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_catalogpage")); }

    void groupProductPricesChart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void groupProductPricesChart()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store s;
        CatalogPage page(*s.context);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(activate(&page));

        // A group, typed in the input dialog, confirmed with Enter.
        QString problem;
        {
            auto guard = whenModal<QInputDialog>(&problem, [](QInputDialog *d) -> QString {
                auto *edit = d->findChild<QLineEdit *>();
                if (!edit)
                    return QStringLiteral("no name field");
                type(edit, QStringLiteral("نوشیدنی"));
                QTest::keyClick(edit, Qt::Key_Return);
                return {};
            });
            QCOMPARE(pressButton(&page, "newGroup"), QString());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        Result<QList<ProductGroup>> groups = s.hub->catalog().groups(s.admin);
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 1);
        const ProductGroup drinks = groups->first();
        QCOMPARE(drinks.name, QStringLiteral("نوشیدنی"));
        QCOMPARE(page.groupTree()->currentItem()->text(0), drinks.name);

        // A product with Ctrl+N, field after field with Tab, saved with Enter.
        QVERIFY(activate(&page));
        {
            auto guard = whenModal<Ui::ProductDialog>(&problem, [](Ui::ProductDialog *d) -> QString {
                if (!QTest::qWaitForWindowActive(d))
                    return QStringLiteral("the product dialog is not active");
                const QList<QPair<const char *, QString>> fields{
                    {"code", QStringLiteral("1001")},
                    {"barcode", localDigits(QStringLiteral("6260001"))},
                    {"nameFa", QStringLiteral("چای سبز")},
                    {"nameAr", QStringLiteral("شاي أخضر")},
                    {"nameEn", QStringLiteral("Green tea")},
                };
                for (const auto &[name, text] : fields) {
                    QWidget *focus = d->focusWidget();
                    if (!focus || focus->objectName() != QLatin1String(name))
                        return QStringLiteral("expected the focus in %1, found %2")
                            .arg(QLatin1String(name), focus ? focus->objectName() : QStringLiteral("nothing"));
                    type(focus, text);
                    QTest::keyClick(focus, Qt::Key_Tab);
                }
                type(child(d, "unit"), QStringLiteral("جعبه"));
                type(child(d, "points"), localDigits(QStringLiteral("5")));
                QTest::keyClick(child(d, "points"), Qt::Key_Return);
                return d->isVisible() ? QStringLiteral("the product was not saved") : QString();
            });
            QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        Result<QList<Product>> products = s.hub->catalog().products(s.admin);
        QVERIFY(products.ok());
        QCOMPARE(products->size(), 1);
        const Product tea = products->first();
        QCOMPARE(tea.code, QStringLiteral("1001"));
        QCOMPARE(tea.barcode, QStringLiteral("6260001"));
        QCOMPARE(tea.groupId, drinks.id);
        QCOMPARE(tea.defaultPoints, 5);
        QCOMPARE(page.productTable()->rowCount(), 1);
        QCOMPARE(page.selectedProduct()->id, tea.id);

        // Two prices on different days: today (from the next minute) and ten days on.
        const QDate today = QDate::currentDate();
        const QDate later = today.addDays(10);
        QString refusal;
        QCOMPARE(enterPrice(&page, QStringLiteral("120000"), today, false, &refusal), QString());
        QCOMPARE(enterPrice(&page, QStringLiteral("150000"), later, false, &refusal), QString());
        // A start before the scheduled one overlaps it: refused, in words, under the date.
        QCOMPARE(enterPrice(&page, QStringLiteral("130000"), today.addDays(5), true, &refusal), QString());
        QVERIFY2(refusal.contains(QCoreApplication::translate(
                     "Club::Core::CatalogService",
                     "This price would overlap a period that starts later. Choose a later start.")),
                 qPrintable(refusal));
        Result<QList<PricePeriod>> history = s.hub->catalog().priceHistory(s.admin, tea.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);

        // The chart: one step line, each period from its start to its end at its price.
        Ui::PricePanel *prices = page.pricePanel();
        const QList<QLineSeries *> lines = prices->chart()->lines();
        QCOMPARE(lines.size(), 1);
        const QList<QPointF> points = lines.first()->points();
        QCOMPARE(points.size(), 4);
        const double laterStart = double(later.startOfDay().toUTC().toMSecsSinceEpoch());
        QCOMPARE(points.at(0).x(), double(history->at(0).from.toMSecsSinceEpoch()));
        QCOMPARE(points.at(0).y(), 120000.0);
        QCOMPARE(points.at(1).x(), laterStart);
        QCOMPARE(points.at(1).y(), 120000.0);
        QCOMPARE(points.at(2).x(), laterStart);
        QCOMPARE(points.at(2).y(), 150000.0);
        QVERIFY(points.at(3).x() > laterStart);
        QCOMPARE(points.at(3).y(), 150000.0);
        // Axis labels in the user's calendar and digits.
        const QStringList timeLabels = prices->chart()->timeLabels();
        const QStringList amountLabels = prices->chart()->amountLabels();
        QVERIFY(timeLabels.size() >= 2);
        QVERIFY(amountLabels.size() >= 2);
        QVERIFY(timeLabels.contains(Ui::Format::date(today)));
        for (const QString &label : timeLabels + amountLabels)
            QVERIFY2(!hasLatinDigit(label), qPrintable(label));
        QVERIFY(amountLabels.contains(Ui::Format::money(0)));

        // The history table lists the same periods.
        QTableWidget *table = prices->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, Ui::PricePanel::PriceColumn)->data(Qt::UserRole).toLongLong(), 120000);
        QCOMPARE(table->item(1, Ui::PricePanel::PriceColumn)->data(Qt::UserRole).toLongLong(), 150000);
        QCOMPARE(table->item(0, Ui::PricePanel::PriceColumn)->text(), Ui::Format::money(120000));
        QCOMPARE(table->item(0, Ui::PricePanel::UntilColumn)->text(), Ui::Format::dateTime(history->at(1).from));
        QCOMPARE(table->item(1, Ui::PricePanel::FromColumn)->text(), Ui::Format::dateTime(history->at(1).from));
        QVERIFY(!hasLatinDigit(table->item(1, Ui::PricePanel::FromColumn)->text()));

        // A gift, and the filters: search ignores the digit script, "Gifts only" keeps gifts.
        Product cup;
        cup.code = QStringLiteral("2002");
        cup.nameFa = QStringLiteral("ماگ باشگاه");
        cup.groupId = drinks.id;
        cup.isGift = true;
        cup.giftPoints = 300;
        QVERIFY(s.hub->catalog().createProduct(s.admin, cup).ok());
        page.groupTree()->setCurrentItem(page.groupTree()->topLevelItem(0));
        QCOMPARE(page.productTable()->rowCount(), 2);
        QVERIFY(activate(&page));
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        auto *search = child(&page, "search");
        QCOMPARE(page.focusWidget(), search);
        type(search, QStringLiteral("۱۰۰۱"));
        QCOMPARE(page.productTable()->rowCount(), 1);
        QCOMPARE(page.selectedProduct()->id, tea.id);
        search->clear();
        child<QCheckBox>(&page, "giftsOnly")->setChecked(true);
        QCOMPARE(page.productTable()->rowCount(), 1);
        QCOMPARE(page.productTable()->item(0, CatalogPage::GiftColumn)->text(), Ui::Format::number(300));
        child<QCheckBox>(&page, "giftsOnly")->setChecked(false);
        page.selectProduct(tea.id);
        QVERIFY(screenshot(&page, QStringLiteral("catalog")));

        // Staff look but do not edit.
        s.context->setActor(s.db.actorWithRole(Role::Staff));
        QVERIFY(!child<QPushButton>(&page, "newProduct")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "newGroup")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "newPrice")->isVisible());
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier); // nothing opens
        QCOMPARE(s.hub->catalog().products(s.admin)->size(), 2);
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
