// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Rules page driven like an operator: each kind of rule made through the dialog with
// the keyboard, bad rules refused under their field, a new version, ending with a
// confirmation, the "Try it" preview, and screenshots in Persian and Arabic.
#include "Format.h"
#include "MemberFlowSupport.h"
#include "catalog/CatalogService.h"
#include "pages/rules/RuleDialog.h"
#include "pages/rules/RuleModel.h"
#include "pages/rules/RuleText.h"
#include "pages/rules/RuleTryPanel.h"
#include "pages/rules/RulesPage.h"
#include "rules/RuleEngine.h"
#include "rules/RuleService.h"
#include "models/TableViews.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>

using namespace MemberFlow;
using Club::Ui::MessageBox;
using Club::Ui::RuleDialog;

namespace {

struct Catalog
{
    Id group = kNoId;
    Id product = kNoId;
    Id gift = kNoId;
    Id cardType = kNoId;
};

Catalog makeCatalog(Store &s)
{
    Catalog c;
    Result<ProductGroup> g = s.hub->catalog().createGroup(s.admin, QStringLiteral("لبنیات"));
    if (!g)
        return c;
    c.group = g->id;
    Product p;
    p.code = QStringLiteral("1001");
    p.nameFa = QStringLiteral("شیر");
    p.groupId = c.group;
    Result<Product> made = s.hub->catalog().createProduct(s.admin, p);
    c.product = made ? made->id : kNoId;
    Product gift;
    gift.code = QStringLiteral("9001");
    gift.nameFa = QStringLiteral("لیوان هدیه");
    gift.isGift = true;
    gift.giftPoints = 100;
    made = s.hub->catalog().createProduct(s.admin, gift);
    c.gift = made ? made->id : kNoId;
    c.cardType = s.loyaltyType(false).id;
    return c;
}

QString persian(qint64 n, int width)
{
    return QLocale(QLocale::Persian).toString(n).rightJustified(width, QChar(0x06F0));
}

// Whether the kind chosen shows the field (the first tab is the one in front).
bool shown(QWidget *dialog, QWidget *w)
{
    return w && w->isVisibleTo(dialog);
}

// F2 opens the cell's editor, as an operator does; Enter commits.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    if (!editor)
        return;
    editor->selectAll();
    type(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

QString engineMessage(const Rule &r)
{
    const Status s = RuleEngine::validate(r);
    return s ? QString() : s.error().message;
}

Rule perAmountRule(const QString &name, Points points)
{
    Rule r;
    r.name = name;
    r.points = points;
    r.perAmount = 1000;
    return r;
}

} // namespace

class TestRulesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_rulespage")); }

    void createEachKind_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("kind"); // earn kind or discount target
        QTest::addColumn<int>("mode");
        // What the stored rule must hold: the fields the kind shows were filled, the
        // others must have stayed empty.
        QTest::addColumn<bool>("product");
        QTest::addColumn<bool>("group");
        QTest::addColumn<bool>("cardType");
        QTest::addColumn<bool>("tier");
        QTest::addColumn<bool>("gift");
        QTest::addColumn<bool>("points");
        QTest::addColumn<bool>("perAmount");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<bool>("fixed");
        const int earn = int(RuleFamily::Earn), discount = int(RuleFamily::Discount);
        const int percent = int(DiscountMode::Percent);
        QTest::newRow("per_amount") << earn << int(EarnKind::PerAmount) << percent << false << false << false << false << false
                          << true << true << false << false;
        QTest::newRow("per_group") << earn << int(EarnKind::PerGroup) << percent << false << true << false << false << false
                         << true << true << false << false;
        QTest::newRow("per_product") << earn << int(EarnKind::PerProduct) << percent << true << false << false << false
                           << false << true << false << false << false;
        QTest::newRow("birthday") << earn << int(EarnKind::Birthday) << percent << false << false << false << false << false
                        << true << false << false << false;
        QTest::newRow("anniversary") << earn << int(EarnKind::Anniversary) << percent << false << false << false << false
                           << false << true << false << false << false;
        QTest::newRow("signup") << earn << int(EarnKind::Signup) << percent << false << false << false << false << false << true
                      << false << false << false;
        QTest::newRow("referral") << earn << int(EarnKind::Referral) << percent << false << false << false << false << false
                        << true << false << false << false;
        QTest::newRow("threshold") << earn << int(EarnKind::Threshold) << percent << false << false << false << false << true
                         << false << false << false << false;
        QTest::newRow("discount product percent") << discount << int(DiscountTarget::Product) << percent << true << false
                                        << false << false << false << false << false << true << false;
        QTest::newRow("discount group percent") << discount << int(DiscountTarget::Group) << percent << false << true << false
                                      << false << false << false << false << true << false;
        QTest::newRow("discount card type percent") << discount << int(DiscountTarget::CardType) << percent << false << false
                                          << true << false << false << false << false << true << false;
        QTest::newRow("discount tier percent") << discount << int(DiscountTarget::Tier) << percent << false << false << false
                                     << true << false << false << false << true << false;
        QTest::newRow("discount product fixed") << discount << int(DiscountTarget::Product) << int(DiscountMode::Fixed) << true
                                      << false << false << false << false << false << false << false << true;
        QTest::newRow("discount group hybrid") << discount << int(DiscountTarget::Group) << int(DiscountMode::Hybrid) << false
                                     << true << false << false << false << true << true << true << false;
    }

    void createEachKind()
    {
        QFETCH(int, family);
        QFETCH(int, kind);
        QFETCH(int, mode);
        QFETCH(bool, product);
        QFETCH(bool, group);
        QFETCH(bool, cardType);
        QFETCH(bool, tier);
        QFETCH(bool, gift);
        QFETCH(bool, points);
        QFETCH(bool, perAmount);
        QFETCH(bool, percent);
        QFETCH(bool, fixed);
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const Catalog c = makeCatalog(s);
        QVERIFY(c.product != kNoId && c.gift != kNoId && c.cardType != kNoId);

        Ui::RulesPage page(*s.context);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();

        QString problem;
        auto driver = whenModal<RuleDialog>(&problem, [&](RuleDialog *d) -> QString {
            QApplication::setActiveWindow(d);
            retype(child(d, "name"), QStringLiteral("قانون آزمایشی"));
            if (!choose(child<QComboBox>(d, "family"), family))
                return QStringLiteral("family not offered");
            const bool earn = family == int(RuleFamily::Earn);
            if (!choose(child<QComboBox>(d, earn ? "earnKind" : "target"), kind))
                return QStringLiteral("kind not offered");
            if (!earn && !choose(child<QComboBox>(d, "mode"), mode))
                return QStringLiteral("mode not offered");
            // Fill what the kind shows, in the operator's digits.
            if (shown(d, child<QComboBox>(d, "product")) && !choose(child<QComboBox>(d, "product"), c.product))
                return QStringLiteral("no product to choose");
            if (shown(d, child<QComboBox>(d, "group")) && !choose(child<QComboBox>(d, "group"), c.group))
                return QStringLiteral("no group to choose");
            if (shown(d, child<QComboBox>(d, "cardType")) && !choose(child<QComboBox>(d, "cardType"), c.cardType))
                return QStringLiteral("no card type to choose");
            if (shown(d, child<QComboBox>(d, "tier")) && !choose(child<QComboBox>(d, "tier"), QStringLiteral("gold")))
                return QStringLiteral("no tier to choose");
            if (shown(d, child<QComboBox>(d, "giftProduct")) && !choose(child<QComboBox>(d, "giftProduct"), c.gift))
                return QStringLiteral("no gift to choose");
            if (shown(d, child<QSpinBox>(d, "points")))
                retypeSpin(child<QSpinBox>(d, "points"), QStringLiteral("۱۲"));
            if (shown(d, child(d, "perAmount")))
                retype(child(d, "perAmount"), QStringLiteral("۱۰۰۰۰"));
            if (shown(d, child(d, "percent")))
                retype(child(d, "percent"), QStringLiteral("۱۲٫۵")); // 12.5 % with the Persian decimal point
            if (shown(d, child(d, "fixedAmount")))
                retype(child(d, "fixedAmount"), QStringLiteral("۵۰۰۰"));
            if (shown(d, child(d, "thresholdEvery")))
                retype(child(d, "thresholdEvery"), QStringLiteral("۲۰۰"));
            QTest::keyClick(child(d, "name"), Qt::Key_Return);
            if (d->isVisible())
                return QStringLiteral("the dialog stayed open: ") + MessageBox::takeLastText();
            return {};
        });
        QVERIFY(MemberFlow::activate(&page));
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const Result<QList<Rule>> all = s.hub->rules().latestVersions(s.admin, true);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const Rule r = all->first();
        QCOMPARE(int(r.family), family);
        QCOMPARE(family == int(RuleFamily::Earn) ? int(r.earnKind) : int(r.discountTarget), kind);
        if (family == int(RuleFamily::Discount))
            QCOMPARE(int(r.discountMode), mode);
        QCOMPARE(r.productId, product ? c.product : kNoId);
        QCOMPARE(r.groupId, group ? c.group : kNoId);
        QCOMPARE(r.cardTypeId, cardType ? c.cardType : kNoId);
        QCOMPARE(r.tierKey, tier ? QStringLiteral("gold") : QString());
        QCOMPARE(r.giftProductId, gift ? c.gift : kNoId);
        QCOMPARE(r.thresholdEvery, gift ? 200 : 0);
        QCOMPARE(r.points, points ? 12 : 0);
        QCOMPARE(r.perAmount, perAmount ? 10000 : 0);
        QCOMPARE(r.basisPoints, percent ? 1250 : 0);
        QCOMPARE(r.fixedAmount, fixed ? 5000 : 0);
        QCOMPARE(r.weekdays, kAllWeekdays);
        QVERIFY(!r.validTo.isValid());
        // The list shows it in words.
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->data(page.model()->index(0, Ui::RuleModel::KindColumn), Qt::DisplayRole).toString(),
                 Ui::RuleText::kind(r));
    }

    void whenAndLimits()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        Ui::RulesPage page(*s.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QString problem;
        auto driver = whenModal<RuleDialog>(&problem, [&](RuleDialog *d) -> QString {
            QApplication::setActiveWindow(d);
            retype(child(d, "name"), QStringLiteral("آخر هفته"));
            retypeSpin(child<QSpinBox>(d, "points"), QStringLiteral("۳"));
            retype(child(d, "perAmount"), QStringLiteral("۱۰۰۰"));
            // Saturday first: box 6 is Friday; Space unticks it.
            auto *friday = child<QCheckBox>(d, "weekday6");
            friday->setFocus();
            QTest::keyClick(friday, Qt::Key_Space);
            auto *hours = child<QCheckBox>(d, "hoursOn");
            hours->setFocus();
            QTest::keyClick(hours, Qt::Key_Space);
            auto *start = d->findChild<QTimeEdit *>(QStringLiteral("startTime"));
            auto *end = d->findChild<QTimeEdit *>(QStringLiteral("endTime"));
            start->setFocus();
            QTest::keyClicks(start, QStringLiteral("17"));
            QTest::keyClick(start, Qt::Key_Tab);
            QTest::keyClicks(start, QStringLiteral("30"));
            end->setFocus();
            QTest::keyClicks(end, QStringLiteral("22"));
            QTest::keyClick(end, Qt::Key_Tab);
            QTest::keyClicks(end, QStringLiteral("00"));
            retype(child(d, "campaign"), QStringLiteral("nowruz"));
            auto *multipliers = d->findChild<QTableWidget *>(QStringLiteral("multipliers"));
            typeIntoCell(multipliers, 3, 1, QStringLiteral("۱٫۵")); // gold
            retype(child(d, "capPerDay"), QStringLiteral("۵۰"));
            retype(child(d, "capPerMember"), QStringLiteral("۵۰۰"));
            retypeSpin(child<QSpinBox>(d, "priority"), QStringLiteral("۷"));
            auto *exclusive = child<QCheckBox>(d, "exclusive");
            exclusive->setFocus();
            QTest::keyClick(exclusive, Qt::Key_Space);
            QTest::keyClick(child(d, "campaign"), Qt::Key_Return);
            return d->isVisible() ? QStringLiteral("the dialog stayed open: ") + d->fieldErrors().message({}) : QString();
        });
        page.newRule();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Result<QList<Rule>> all = s.hub->rules().latestVersions(s.admin, true);
        QVERIFY(all.ok() && all->size() == 1);
        const Rule r = all->first();
        QCOMPARE(r.weekdays, quint8(0x3F));
        QCOMPARE(r.startMinute, 17 * 60 + 30);
        QCOMPARE(r.endMinute, 22 * 60);
        QCOMPARE(r.campaign, QStringLiteral("nowruz"));
        QCOMPARE(r.tierMultipliers, (QHash<QString, int>{{QStringLiteral("gold"), 1500}}));
        QCOMPARE(r.capPerDay, 50);
        QCOMPARE(r.capPerMember, 500);
        QCOMPARE(r.priority, 7);
        QVERIFY(r.exclusive);
    }

    void badRulesRefused()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        Ui::RulesPage page(*s.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QString nothingMessage, orderMessage, percentMessage;
        QString problem;
        auto driver = whenModal<RuleDialog>(&problem, [&](RuleDialog *d) -> QString {
            QApplication::setActiveWindow(d);
            retype(child(d, "name"), QStringLiteral("بد"));
            // Points for an amount of nothing.
            retypeSpin(child<QSpinBox>(d, "points"), QStringLiteral("۵"));
            QTest::keyClick(child(d, "name"), Qt::Key_Return);
            if (!d->isVisible())
                return QStringLiteral("points for nothing was saved");
            nothingMessage = d->fieldErrors().message(QStringLiteral("perAmount"));
            if (QApplication::focusWidget() != child(d, "perAmount"))
                return QStringLiteral("the amount field was not focused");

            // Ends the day before it starts: the last day typed as yesterday, in Jalali.
            retype(child(d, "perAmount"), QStringLiteral("۱۰۰۰"));
            auto *to = child<Ui::DateEdit>(d, "to");
            to->setFocus();
            const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
            const QCalendar jalali(QCalendar::System::Jalali);
            const QCalendar::YearMonthDay ymd = jalali.partsFromDate(yesterday);
            type(to, persian(ymd.year, 4));
            type(to, persian(ymd.month, 2));
            type(to, persian(ymd.day, 2));
            if (to->date() != yesterday)
                return QStringLiteral("last day typed as %1").arg(to->date().toString(Qt::ISODate));
            QTest::keyClick(child(d, "name"), Qt::Key_Return);
            if (!d->isVisible())
                return QStringLiteral("a rule ending before it starts was saved");
            orderMessage = d->fieldErrors().message(QStringLiteral("validTo"));
            if (child<QTabWidget>(d, "tabs")->currentIndex() != 1)
                return QStringLiteral("the When tab was not shown for the date error");
            to->clear();
            child<QTabWidget>(d, "tabs")->setCurrentIndex(0);

            // A percentage with three decimals cannot be basis points.
            choose(child<QComboBox>(d, "family"), int(RuleFamily::Discount));
            choose(child<QComboBox>(d, "product"), child<QComboBox>(d, "product")->itemData(1));
            retype(child(d, "percent"), QStringLiteral("۱۲٫۳۴۵"));
            QTest::keyClick(child(d, "name"), Qt::Key_Return);
            percentMessage = d->fieldErrors().message(QStringLiteral("basisPoints"));
            return d->isVisible() ? QString() : QStringLiteral("a percentage of 12.345 was saved");
        });
        makeCatalog(s);
        page.newRule();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Rule nothing = perAmountRule(QStringLiteral("x"), 5);
        nothing.perAmount = 0;
        QCOMPARE(nothingMessage, engineMessage(nothing));
        Rule backwards = perAmountRule(QStringLiteral("x"), 5);
        backwards.validFrom = QDateTime::currentDateTimeUtc();
        backwards.validTo = backwards.validFrom.addDays(-1);
        QCOMPARE(orderMessage, engineMessage(backwards));
        QVERIFY(!nothingMessage.isEmpty() && !orderMessage.isEmpty());
        QVERIFY2(!percentMessage.isEmpty(), "no message for a percentage with three decimals");
        const Result<QList<Rule>> all = s.hub->rules().latestVersions(s.admin, true);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 0);
    }

    void reviseAndEnd()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const Result<Rule> first = s.hub->rules().create(s.admin, perAmountRule(QStringLiteral("هر هزار تومان"), 1));
        QVERIFY(first.ok());
        Ui::RulesPage page(*s.context);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.versionModel()->rowCount(), 1);

        // A new version from tomorrow with two points.
        const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
        QString problem;
        auto driver = whenModal<RuleDialog>(&problem, [&](RuleDialog *d) -> QString {
            QApplication::setActiveWindow(d);
            if (!d->isRevision())
                return QStringLiteral("not a revision");
            if (child<QLineEdit>(d, "name")->text() != first->name)
                return QStringLiteral("the rule was not loaded");
            retypeSpin(child<QSpinBox>(d, "points"), QStringLiteral("۲"));
            auto *from = child<Ui::DateEdit>(d, "from");
            from->setFocus();
            const QCalendar::YearMonthDay ymd = QCalendar(QCalendar::System::Jalali).partsFromDate(tomorrow);
            from->setSelectedSection(QDateTimeEdit::YearSection);
            type(from, persian(ymd.year, 4));
            type(from, persian(ymd.month, 2));
            type(from, persian(ymd.day, 2));
            if (from->date() != tomorrow)
                return QStringLiteral("from typed as %1").arg(from->date().toString(Qt::ISODate));
            QTest::keyClick(child(d, "name"), Qt::Key_Return);
            return d->isVisible() ? QStringLiteral("the dialog stayed open") : QString();
        });
        QTest::mouseClick(child<QPushButton>(&page, "reviseRule"), Qt::LeftButton);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(page.versionModel()->rowCount(), 2);
        QCOMPARE(page.versionModel()->rule(0).points, 1);
        QCOMPARE(page.versionModel()->rule(1).points, 2);
        QCOMPARE(page.versionModel()->rule(1).validFrom.toTimeZone(QTimeZone::utc()).date(), tomorrow);
        QCOMPARE(page.model()->rule(0).points, 2); // the list shows the latest version
        QVERIFY(page.model()->rule(0).validFrom > QDateTime::currentDateTimeUtc());

        // Ending it asks first; No leaves it alone. (The latest version starts tomorrow:
        // the one in force now is ended through a fresh rule below.)
        const Result<Rule> second = s.hub->rules().create(s.admin, perAmountRule(QStringLiteral("دوم"), 3));
        QVERIFY(second.ok());
        page.reload();
        Ui::TableViews::selectRow(page.findChild<QTableView *>(QStringLiteral("rules")),
                                  page.model()->rowOfSeries(second->seriesId));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&page, "endRule"), Qt::LeftButton);
        QVERIFY(MessageBox::takeLastText().contains(second->name));
        QVERIFY(!s.hub->rules().rule(s.admin, second->id)->validTo.isValid());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&page, "endRule"), Qt::LeftButton);
        const QDateTime ended = s.hub->rules().rule(s.admin, second->id)->validTo;
        QVERIFY(ended.isValid());
        // Ended now, or just after its start when it started this very second.
        QVERIFY(ended <= QDateTime::currentDateTimeUtc().addSecs(2));
    }

    void tryIt()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const Catalog c = makeCatalog(s);
        QVERIFY(c.product != kNoId);
        QVERIFY(s.hub->rules().create(s.admin, perAmountRule(QStringLiteral("امتیاز خرید"), 1)).ok());
        Rule off;
        off.name = QStringLiteral("تخفیف شیر");
        off.family = RuleFamily::Discount;
        off.discountTarget = DiscountTarget::Product;
        off.productId = c.product;
        off.basisPoints = 1000;
        QVERIFY(s.hub->rules().create(s.admin, off).ok());
        const qint64 rulesBefore = s.hub->rules().latestVersions(s.admin, true)->size();

        Ui::RulesPage page(*s.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        auto *amount = child(&page, "tryAmount");
        retype(amount, QStringLiteral("۱۰۰۰۰"));
        QTest::keyClick(amount, Qt::Key_Return);
        const QString result = page.tryPanel()->resultText();
        // 10 % off 10 000 is 1 000; one point per 1 000 on the 9 000 left is 9.
        QVERIFY2(result.contains(Ui::Format::money(1000)), qPrintable(result));
        QVERIFY2(result.contains(Ui::Format::money(9000)), qPrintable(result));
        QVERIFY2(result.contains(Ui::RuleTryPanel::tr("Points: %1").arg(Ui::Format::number(9))), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("تخفیف شیر")) && result.contains(QStringLiteral("امتیاز خرید")),
                 qPrintable(result));
        QCOMPARE(s.hub->rules().latestVersions(s.admin, true)->size(), rulesBefore);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        const Catalog c = makeCatalog(s);
        QVERIFY(s.hub->rules().create(s.admin, perAmountRule(QStringLiteral("امتیاز خرید"), 1)).ok());
        Rule off;
        off.name = QStringLiteral("تخفیف شیر");
        off.family = RuleFamily::Discount;
        off.discountTarget = DiscountTarget::Product;
        off.productId = c.product;
        off.basisPoints = 1250;
        off.validTo = QDateTime::currentDateTimeUtc().addDays(30);
        QVERIFY(s.hub->rules().create(s.admin, off).ok());

        Ui::RulesPage page(*s.context);
        page.resize(1200, 650);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        retype(child(&page, "tryAmount"), QStringLiteral("۱۰۰۰۰"));
        QTest::keyClick(child(&page, "tryAmount"), Qt::Key_Return);
        QVERIFY(screenshot(&page, QStringLiteral("rules-page")));

        for (int row = 0; row < 2; ++row) {
            RuleDialog d(*s.context, page.model()->rule(row));
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            const bool earn = d.savedRule() == std::nullopt && page.model()->rule(row).family == RuleFamily::Earn;
            QVERIFY(screenshot(&d, earn ? QStringLiteral("rule-dialog-earn") : QStringLiteral("rule-dialog-discount")));
            if (earn) {
                child<QTabWidget>(&d, "tabs")->setCurrentIndex(1);
                QVERIFY(screenshot(&d, QStringLiteral("rule-dialog-when")));
                child<QTabWidget>(&d, "tabs")->setCurrentIndex(2);
                QVERIFY(screenshot(&d, QStringLiteral("rule-dialog-limits")));
            }
        }
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
