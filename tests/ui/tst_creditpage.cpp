// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Credit page on real widgets over a real store: the member chosen by mobile, a limit
// set through its dialog, a credit sale made at the desk (core), a three-installment plan
// opened through the dialog (preview: exact split, Jalali due dates), a payment taken
// twice from one dialog (posted once), the clock moved past a due date (Late), the
// statement's running balance, the aging buckets, a gift card charged and returned, and
// points bought.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "credit/CreditService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "pages/credit/CreditDialogs.h"
#include "pages/credit/CreditPage.h"
#include "pages/members/MemberPickerDialog.h"
#include "sales/SalesService.h"
#include "util/Clock.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;
using Ui::MessageBox;

namespace {
constexpr Money kPrice = 100'000;
constexpr Money kSale = 10 * kPrice; // put on credit
constexpr Money kLimit = 2'000'000;
constexpr Money kPointsPrice = 500;
const QCalendar kJalali(QCalendar::System::Jalali);
// 1405/05/10 in Tehran; the first installment falls due on 1405/06/31.
const QDateTime kStart(QDate(2026, 8, 1), QTime(10, 0), Qt::UTC);
const QDate kFirstDue(1405, 6, 31, kJalali);

// Digits as the operator types them in the language under test.
QString localDigits(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

QString trPage(const char *text)
{
    return QCoreApplication::translate("Club::Ui::CreditPage", text);
}

struct Shop
{
    TestDatabase db{Database::Engine::SQLite};
    ManualClock clock{kStart};
    std::unique_ptr<ServiceHub> hub;
    std::unique_ptr<Ui::UiContext> context;
    Actor admin;
    Member member;
    Id product = kNoId;
    Card creditCard;
    Card giftCard;
    bool ok = false;
    QString problem;

    Shop()
    {
        admin = db.admin();
        hub = std::make_unique<ServiceHub>(db.db(), clock);
        context = std::make_unique<Ui::UiContext>(Ui::UiContext::servicesOf(*hub));
        context->setActor(admin);
        SalesSettings settings = hub->sales().settings();
        settings.pointsPrice = kPointsPrice;
        hub->sales().setSettings(settings);
        const Result<Warehouse> w = hub->inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        Product d;
        d.code = QStringLiteral("P1");
        d.nameEn = QStringLiteral("P1");
        d.nameFa = QStringLiteral("فرش");
        d.nameAr = QStringLiteral("سجادة");
        const Result<Product> made = hub->catalog().createProduct(admin, d);
        if (!w || !made) {
            problem = QStringLiteral("catalog");
            return;
        }
        if (Status priced = hub->catalog().setPrice(admin, made->id, kNoId, kPrice, kStart); !priced) {
            problem = priced.error().message;
            return;
        }
        product = made->id;
        Member draft = Club::Test::memberDraft(1);
        draft.firstName = QStringLiteral("مریم");
        draft.lastName = QStringLiteral("کاظمی");
        const Result<Member> m = hub->members().create(admin, draft);
        if (!m) {
            problem = m.error().message;
            return;
        }
        member = *m;
        const Result<Card> c = hub->cards().issue(admin, member.id, type(QStringLiteral("Credit"), CardKind::Credit,
                                                                         QStringLiteral("6281")));
        const Result<Card> g = hub->cards().issue(admin, member.id, type(QStringLiteral("Gift"), CardKind::Gift,
                                                                         QStringLiteral("6282")));
        if (!c || !g) {
            problem = QStringLiteral("cards");
            return;
        }
        creditCard = *c;
        giftCard = *g;
        ok = true;
    }

    Id type(const QString &name, CardKind kind, const QString &prefix)
    {
        CardType t;
        t.name = name;
        t.kind = kind;
        t.prefix = prefix;
        t.maxPerMember = 0;
        const Result<CardType> made = hub->cards().createCardType(admin, t);
        return made ? made->id : kNoId;
    }

    Result<Sale> creditSale()
    {
        QuoteRequest r;
        r.memberId = member.id;
        r.lines = {{product, 10, 0}};
        r.credit = kSale;
        r.tenderCardId = creditCard.id;
        return hub->sales().commit(admin, r, QStringLiteral("sale-1"));
    }

    AccountBalance balance() { return *hub->ledger().balance(admin, member.accountId); }
};

QTreeWidgetItem *installment(QTreeWidget *tree, int seq)
{
    QTreeWidgetItem *plan = tree->topLevelItem(0);
    return plan && plan->childCount() >= seq ? plan->child(seq - 1) : nullptr;
}

QString dueText(int monthsAfterFirst)
{
    return Ui::Format::date(kFirstDue.addMonths(monthsAfterFirst, kJalali));
}
} // namespace

class TestCreditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_creditpage")); }

    void creditFlow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void creditFlow()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.problem));
        const bool fa = language == QLatin1String("fa");

        Ui::CreditPage page(*shop.context);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        QCOMPARE(page.title(), trPage("Credit and installments"));

        // The member found by mobile in the picker.
        QString problem;
        {
            auto guard = whenModal<Ui::MemberPickerDialog>(&problem, [&](Ui::MemberPickerDialog *d) {
                d->setQuery(shop.member.mobile);
                d->searchNow();
                if (!d->chosen())
                    return QStringLiteral("the picker found no member");
                d->accept();
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&page, "chooseMember"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(page.memberId(), shop.member.id);
        QVERIFY(child<QLabel>(&page, "memberName")->text().contains(QStringLiteral("کاظمی")));
        QCOMPARE(child<QLabel>(&page, "limit")->text(), Ui::Format::money(0));

        // A limit of the member's own, typed in the language's digits.
        {
            auto guard = whenModal<Ui::LimitDialog>(&problem, [&](Ui::LimitDialog *d) {
                type(child<Ui::DigitLineEdit>(d, "amount"), localDigits(kLimit));
                type(child(d, "reason"), QStringLiteral("good customer"));
                QTest::keyClick(child(d, "reason"), Qt::Key_Return);
                return d->result() == QDialog::Accepted ? QString() : QStringLiteral("the limit was not saved");
            });
            QTest::mouseClick(child<QPushButton>(&page, "setLimit"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY(page.standing());
        QCOMPARE(page.standing()->limit, kLimit);
        QCOMPARE(page.standing()->limitSource, QStringLiteral("member"));
        QCOMPARE(child<QLabel>(&page, "limit")->text(), Ui::Format::money(kLimit));

        // A credit sale at the desk.
        const Result<Sale> sale = shop.creditSale();
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));
        page.refresh();
        QCOMPARE(child<QLabel>(&page, "owed")->text(), Ui::Format::money(kSale));
        QCOMPARE(child<QLabel>(&page, "available")->text(), Ui::Format::money(kLimit - kSale));

        // Three installments over the sale: the remainder on the first, Jalali months apart
        // (the 31st of Shahrivar, then the 30th of the 30-day months).
        {
            auto guard = whenModal<Ui::PlanDialog>(&problem, [&](Ui::PlanDialog *d) {
                auto *source = child<QComboBox>(d, "source");
                if (source->count() != 2)
                    return QStringLiteral("the sale is not offered");
                source->setCurrentIndex(1);
                child<QSpinBox>(d, "count")->setValue(3);
                child<Ui::DateEdit>(d, "firstDue")->setDate(kFirstDue);
                QTableWidget *preview = d->preview();
                if (preview->rowCount() != 3)
                    return QStringLiteral("preview has %1 rows").arg(preview->rowCount());
                const QStringList amounts = {Ui::Format::money(333'334), Ui::Format::money(333'333),
                                             Ui::Format::money(333'333)};
                const QStringList dues =
                    fa ? QStringList{QStringLiteral("۱۴۰۵/۰۶/۳۱"), QStringLiteral("۱۴۰۵/۰۷/۳۰"),
                                     QStringLiteral("۱۴۰۵/۰۸/۳۰")}
                       : QStringList{dueText(0), dueText(1), dueText(2)};
                for (int r = 0; r < 3; ++r) {
                    if (preview->item(r, 2)->text() != amounts.at(r) || preview->item(r, 1)->text() != dues.at(r))
                        return QStringLiteral("preview row %1: %2 %3").arg(r).arg(preview->item(r, 1)->text(),
                                                                                   preview->item(r, 2)->text());
                }
                screenshot(d, QStringLiteral("credit-plan"));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->plan() ? QString() : QStringLiteral("the plan was not opened");
            });
            QTest::mouseClick(child<QPushButton>(&page, "openPlan"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        auto *tree = child<QTreeWidget>(&page, "installments");
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
        for (int seq = 1; seq <= 3; ++seq)
            QCOMPARE(installment(tree, seq)->text(1), dueText(seq - 1));
        QCOMPARE(child<QLabel>(&page, "scheduled")->text(), Ui::Format::money(kSale));

        // A payment of the first installment: pressed twice, posted once.
        MessageBox::takeLastText();
        {
            auto guard = whenModal<Ui::PaymentDialog>(&problem, [&](Ui::PaymentDialog *d) {
                type(child<Ui::DigitLineEdit>(d, "amount"), localDigits(333'334));
                screenshot(d, QStringLiteral("credit-payment"));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                if (!d->pay())
                    return QStringLiteral("the payment failed");
                MessageBox::setNextAnswer(QMessageBox::Yes);
                if (!d->pay() || !d->repayment()->replayed)
                    return QStringLiteral("the second press was not a replay");
                MessageBox::setNextAnswer(QMessageBox::Ok); // the summary shown after it
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&page, "takePayment"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QString summary = MessageBox::takeLastText();
        QVERIFY2(summary.contains(Ui::Format::money(333'334)) && summary.contains(dueText(0)), qPrintable(summary));
        QCOMPARE(shop.balance().credit, -(kSale - 333'334));
        QCOMPARE(installment(tree, 1)->text(4), Ui::Format::money(0));
        QCOMPARE(installment(tree, 1)->text(5), trPage("Paid"));
        QCOMPARE(installment(tree, 2)->text(5), trPage("Due"));

        // Past the second due date: Late, in words and in colour.
        shop.clock.set(QDateTime(QDate(1405, 7, 30, kJalali).addDays(3), QTime(9, 0), Qt::UTC));
        page.refresh();
        QCOMPARE(installment(tree, 2)->text(5), trPage("Late"));
        QVERIFY(installment(tree, 2)->foreground(5).color() != installment(tree, 3)->foreground(5).color());
        QCOMPARE(installment(tree, 3)->text(5), trPage("Due"));
        page.tabs()->setCurrentIndex(Ui::CreditPage::InstallmentsTab);
        QVERIFY(screenshot(&page, QStringLiteral("credit-installments")));

        // The statement: the sale, then the payment, with the running balance.
        child<Ui::DateEdit>(&page, "statementFrom")->setDate(kStart.date().addDays(-1));
        child<Ui::DateEdit>(&page, "statementTo")->setDate(shop.clock.nowUtc().date());
        auto *statement = child<QTableWidget>(&page, "statement");
        QCOMPARE(statement->rowCount(), 2);
        QCOMPARE(statement->item(0, 3)->text(), Ui::Format::money(kSale));
        QCOMPARE(statement->item(0, 4)->text(), Ui::Format::money(kSale));
        QCOMPARE(statement->item(1, 3)->text(), Ui::Format::money(-333'334));
        QCOMPARE(statement->item(1, 4)->text(), Ui::Format::money(kSale - 333'334));
        QCOMPARE(child<QLabel>(&page, "opening")->text(), Ui::Format::money(0));
        QCOMPARE(child<QLabel>(&page, "closing")->text(), Ui::Format::money(kSale - 333'334));
        page.tabs()->setCurrentIndex(Ui::CreditPage::StatementTab);
        QVERIFY(screenshot(&page, QStringLiteral("credit-statement")));

        // Aging as of that day: the late installment 1–30 days past due, the last not yet due.
        page.agingAsOf()->setDate(shop.clock.nowUtc().date());
        auto *aging = child<QTableWidget>(&page, "aging");
        QCOMPARE(aging->rowCount(), 2); // the member and the totals
        QCOMPARE(aging->item(0, Ui::CreditPage::AgingMember)->data(Qt::UserRole).toLongLong(), shop.member.id);
        QCOMPARE(aging->item(0, Ui::CreditPage::AgingOwed)->text(), Ui::Format::money(kSale - 333'334));
        QCOMPARE(aging->item(0, Ui::CreditPage::Aging1to30)->text(), Ui::Format::money(333'333));
        QCOMPARE(aging->item(0, Ui::CreditPage::AgingCurrent)->text(), Ui::Format::money(333'333));
        QCOMPARE(aging->item(1, Ui::CreditPage::AgingOwed)->text(), Ui::Format::money(kSale - 333'334));
        page.tabs()->setCurrentIndex(Ui::CreditPage::AgingTab);
        QVERIFY(screenshot(&page, QStringLiteral("credit-aging")));
        // A double-click on the member opens them on the Installments tab.
        page.setMember(0);
        const QPoint memberCell = aging->visualItemRect(aging->item(0, 0)).center();
        QTest::mouseClick(aging->viewport(), Qt::LeftButton, {}, memberCell);
        QTest::mouseDClick(aging->viewport(), Qt::LeftButton, {}, memberCell);
        QCOMPARE(page.memberId(), shop.member.id);
        QCOMPARE(page.tabs()->currentIndex(), int(Ui::CreditPage::InstallmentsTab));

        // A gift card charged with 50,000, then given back.
        page.tabs()->setCurrentIndex(Ui::CreditPage::GiftCardsTab);
        {
            auto guard = whenModal<Ui::GiftChargeDialog>(&problem, [&](Ui::GiftChargeDialog *d) {
                if (child<QComboBox>(d, "card")->count() != 1)
                    return QStringLiteral("the gift card is not offered");
                type(child<Ui::DigitLineEdit>(d, "amount"), localDigits(50'000));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::keyClick(child<Ui::DigitLineEdit>(d, "amount"), Qt::Key_Return);
                return d->charge() ? QString() : QStringLiteral("not charged");
            });
            QTest::mouseClick(child<QPushButton>(&page, "chargeGiftCard"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(shop.balance().storedValue, 50'000);
        QCOMPARE(child<QLabel>(&page, "storedValue")->text(), Ui::Format::money(50'000));
        QCOMPARE(page.charges().size(), 1);

        // Points bought at the price of the sales settings.
        const Points before = shop.balance().points;
        {
            auto guard = whenModal<Ui::BuyPointsDialog>(&problem, [&](Ui::BuyPointsDialog *d) {
                type(child<Ui::DigitLineEdit>(d, "points"), localDigits(20));
                if (child<QLabel>(d, "price")->text() != Ui::Format::money(kPointsPrice)
                    || child<QLabel>(d, "total")->text() != Ui::Format::money(20 * kPointsPrice))
                    return QStringLiteral("price %1, total %2")
                        .arg(child<QLabel>(d, "price")->text(), child<QLabel>(d, "total")->text());
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->purchase() ? QString() : QStringLiteral("not bought");
            });
            QTest::mouseClick(child<QPushButton>(&page, "buyPoints"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(shop.balance().points, before + 20);
        QVERIFY(screenshot(&page, QStringLiteral("credit-giftcards")));

        // The charge given back: its money goes and the card is blocked.
        {
            auto guard = whenModal<Ui::GiftReturnDialog>(&problem, [&](Ui::GiftReturnDialog *d) {
                if (d->charges()->rowCount() != 1)
                    return QStringLiteral("the charge is not listed");
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->returned() ? QString() : QStringLiteral("not returned");
            });
            QTest::mouseClick(child<QPushButton>(&page, "returnGiftCharge"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(shop.balance().storedValue, 0);
        QVERIFY(!child<QPushButton>(&page, "chargeGiftCard")->isEnabled()); // the only gift card is blocked
    }

    // A charge whose value was partly spent is refused in words; the dialog stays open.
    void spentChargeRefused()
    {
        Ui::Language::install(QStringLiteral("ar"));
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.problem));
        Ui::CreditPage page(*shop.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMember(shop.member.id);
        QString problem;
        {
            auto guard = whenModal<Ui::GiftChargeDialog>(&problem, [&](Ui::GiftChargeDialog *d) {
                type(child<Ui::DigitLineEdit>(d, "amount"), localDigits(50'000));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->charge() ? QString() : QStringLiteral("not charged");
            });
            QTest::mouseClick(child<QPushButton>(&page, "chargeGiftCard"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QuoteRequest r;
        r.memberId = shop.member.id;
        r.lines = {{shop.product, 1, 0}};
        r.storedValue = 10'000;
        r.tenderCardId = shop.giftCard.id;
        const Result<Sale> spent = shop.hub->sales().commit(shop.admin, r, QStringLiteral("spend"));
        QVERIFY2(spent, qPrintable(spent ? QString() : spent.error().message));
        {
            auto guard = whenModal<Ui::GiftReturnDialog>(&problem, [&](Ui::GiftReturnDialog *d) {
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                if (d->returned() || !d->isVisible())
                    return QStringLiteral("the spent charge was given back");
                const QString said = child<QLabel>(d, "message")->text();
                if (said != QCoreApplication::translate("Club::Ui::GiftReturnDialog",
                                                        "This charge cannot be returned: some of the value it put on "
                                                        "the card has already been spent."))
                    return QString(QStringLiteral("said: ") + said);
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&page, "returnGiftCharge"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(shop.balance().storedValue, 40'000);
    }

    // A charge made before the page was opened (yesterday, at another desk) is listed from
    // the store and can be returned; once returned it is no longer offered.
    void earlierChargeReturned()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.problem));
        const Result<GiftCardCharge> earlier =
            shop.hub->credit().chargeGiftCard(shop.admin, shop.giftCard.id, 30'000, QStringLiteral("other-desk"));
        QVERIFY2(earlier, qPrintable(earlier ? QString() : earlier.error().message));

        Ui::CreditPage page(*shop.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMember(shop.member.id);
        QCOMPARE(page.charges().size(), 1);
        QVERIFY(child<QPushButton>(&page, "returnGiftCharge")->isEnabled());
        QString problem;
        {
            auto guard = whenModal<Ui::GiftReturnDialog>(&problem, [&](Ui::GiftReturnDialog *d) {
                if (d->charges()->rowCount() != 1)
                    return QStringLiteral("the earlier charge is not listed");
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(child<QPushButton>(d, "confirm"), Qt::LeftButton);
                return d->returned() ? QString() : QStringLiteral("not returned");
            });
            QTest::mouseClick(child<QPushButton>(&page, "returnGiftCharge"), Qt::LeftButton);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(shop.balance().storedValue, 0);
        QCOMPARE(page.charges().size(), 1);
        QVERIFY(page.charges().constFirst().returned);
        QVERIFY(!child<QPushButton>(&page, "returnGiftCharge")->isEnabled());
    }

    // With buying turned off the dialog says so and cannot post.
    void buyingOff()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.problem));
        SalesSettings settings = shop.hub->sales().settings();
        settings.pointsPrice = 0;
        shop.hub->sales().setSettings(settings);
        Ui::BuyPointsDialog dialog(*shop.context, shop.member.id);
        QVERIFY(!child<QPushButton>(&dialog, "confirm")->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, "price")->text(),
                 QCoreApplication::translate("Club::Ui::BuyPointsDialog",
                                             "Buying points is turned off in the sales settings."));
    }
};

QTEST_MAIN(TestCreditPage)
#include "tst_creditpage.moc"
