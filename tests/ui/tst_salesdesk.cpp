// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sales desk end to end on real widgets: a member's card typed at the desk, two
// products scanned, the quote and its why, points redeemed with the card's PIN (a wrong
// PIN first), the sale and its receipt as PDF, then a partial return and a gift.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "pages/members/MemberSuggestionsPanel.h"
#include "pages/sales/GiftDialog.h"
#include "pages/sales/ReturnDialog.h"
#include "pages/members/MemberView.h"
#include "pages/members/MemberTierPanel.h"
#include "models/Labels.h"
#include "pages/sales/SaleReceipts.h"
#include "pages/sales/SalesDeskPage.h"
#include "recommend/Recommender.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;
using Ui::MessageBox;

namespace {
constexpr Money kPriceA = 200'000;
constexpr Money kPriceB = 50'000;
constexpr Money kPointValue = 100;
constexpr Points kStartPoints = 500;
constexpr Points kGiftPoints = 100;
const QString kPin = QStringLiteral("2580");
const QString kBarcodeA = QStringLiteral("6260000000011");
const QString kBarcodeB = QStringLiteral("6260000000028");

QString pdfText(const QString &path, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    *ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    // pdftotext gives Persian and Arabic as shaped presentation forms; NFKC gives the letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// What the desk sells: two priced products (A with a 10% discount rule), a gift, one point
// per 1,000 paid, and a member with 500 points and a card that needs its PIN.
struct Shop
{
    Store store;
    Member member;
    Card card;
    Id productA = kNoId;
    Id productB = kNoId;
    Id gift = kNoId;
    bool ok = false;
    QString error;

    Shop()
    {
        ServiceHub &hub = *store.hub;
        const Actor &admin = store.admin;
        SalesSettings settings;
        settings.pointValue = kPointValue;
        hub.sales().setSettings(settings);
        const Result<Warehouse> w = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        if (!w)
            return;
        productA = product(QStringLiteral("A1"), kBarcodeA, QStringLiteral("چای سبز"), QStringLiteral("شاي أخضر"),
                           kPriceA, w->id, 0);
        productB = product(QStringLiteral("B1"), kBarcodeB, QStringLiteral("قهوه"), QStringLiteral("قهوة"), kPriceB,
                           w->id, 0);
        gift = product(QStringLiteral("G1"), QString(), QStringLiteral("ماگ"), QStringLiteral("كوب"), 0, w->id,
                       kGiftPoints);
        Rule earn;
        earn.name = QStringLiteral("Base earn");
        earn.points = 1;
        earn.perAmount = 1000;
        Rule discount;
        discount.name = QStringLiteral("Tea ten off");
        discount.family = RuleFamily::Discount;
        discount.discountTarget = DiscountTarget::Product;
        discount.discountMode = DiscountMode::Percent;
        discount.productId = productA;
        discount.basisPoints = 1000;
        const CardType type = store.loyaltyType(true);
        member = store.member(1, QStringLiteral("سارا"), QStringLiteral("رضایی"));
        const Result<Card> issued = hub.cards().issue(admin, member.id, type.id, kPin);
        const Result<PostResult> points =
            hub.ledger().earnPoints(admin, member.accountId, kStartPoints, EarnOptions{}, QStringLiteral("start"));
        if (issued)
            card = *issued;
        const Result<Rule> earnRule = hub.rules().create(admin, earn);
        const Result<Rule> discountRule = hub.rules().create(admin, discount);
        for (const Error *e : {earnRule ? nullptr : &earnRule.error(), discountRule ? nullptr : &discountRule.error(),
                               issued ? nullptr : &issued.error(), points ? nullptr : &points.error()}) {
            if (e)
                error += e->message + QStringLiteral(" / ") + e->detail + QLatin1Char('\n');
        }
        ok = productA != kNoId && productB != kNoId && gift != kNoId && error.isEmpty();
    }

    Id product(const QString &code, const QString &barcode, const QString &fa, const QString &ar, Money price,
               Id warehouse, Points giftPoints)
    {
        ServiceHub &hub = *store.hub;
        Product d;
        d.code = code;
        d.barcode = barcode;
        d.nameFa = fa;
        d.nameAr = ar;
        d.nameEn = code;
        d.isGift = giftPoints > 0;
        d.giftPoints = giftPoints;
        const Result<Product> made = hub.catalog().createProduct(store.admin, d);
        if (!made) {
            error += made.error().message + QLatin1Char('\n');
            return kNoId;
        }
        if (price > 0) {
            const Status priced =
                hub.catalog().setPrice(store.admin, made->id, kNoId, price, QDateTime::currentDateTimeUtc());
            if (!priced) {
                error += priced.error().message + QLatin1Char('\n');
                return kNoId;
            }
        }
        StockMovement m;
        m.productId = made->id;
        m.warehouseId = warehouse;
        m.kind = MovementKind::Receipt;
        m.qty = 20;
        const Result<Id> stocked = hub.inventory().record(store.admin, m);
        if (!stocked)
            error += stocked.error().message + QLatin1Char('\n');
        return stocked ? made->id : kNoId;
    }

    AccountBalance balance() { return *store.hub->ledger().balance(store.admin, member.accountId); }
};

void enter(QLineEdit *edit, const QString &text)
{
    retype(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}
} // namespace

class TestSalesDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_salesdesk"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the receipt back");
    }

    void sellReturnGift_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void sellReturnGift()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.error));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Ui::SalesDeskPage page(*shop.store.context);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();

        // The member's card typed at the desk.
        enter(child(&page, "customerInput"), shop.card.number);
        QVERIFY2(child<QLabel>(&page, "customerName")->text().contains(shop.member.lastName),
                 qPrintable(child<QLabel>(&page, "customerName")->text()));

        // What the desk can offer the member: the gift their 500 points reach, in the same
        // words as the member page.
        const Result<QList<Suggestion>> offers = shop.store.hub->recommender().suggestions(shop.store.admin,
                                                                                         shop.member.id);
        QVERIFY(offers);
        QVERIFY(std::any_of(offers->cbegin(), offers->cend(), [&](const Suggestion &o) {
            return o.kind == SuggestionKind::Gift && o.productId == shop.gift;
        }));
        const QString offered = child<QLabel>(&page, "deskSuggestions")->text();
        for (const Suggestion &o : *offers)
            QVERIFY2(offered.contains(Ui::MemberSuggestionsPanel::describe(*shop.store.context, o)), qPrintable(offered));

        // A, B, then A again: two lines, A twice.
        auto *product = child(&page, "productInput");
        enter(product, kBarcodeA);
        enter(product, kBarcodeB);
        enter(product, kBarcodeA);
        auto *basket = child<QTableWidget>(&page, "basketTable");
        QCOMPARE(basket->rowCount(), 2);
        QCOMPARE(basket->item(0, 1)->text(), Ui::Format::number(2));
        QCOMPARE(basket->item(0, 0)->text(), language == QLatin1String("ar") ? QStringLiteral("شاي أخضر")
                                                                             : QStringLiteral("چای سبز"));
        QVERIFY(page.currentQuote());
        const SaleQuote quote = *page.currentQuote();
        QCOMPARE(quote.quote.gross, 2 * kPriceA + kPriceB);
        QCOMPARE(quote.quote.discount, 2 * kPriceA / 10);
        QCOMPARE(quote.toPay, 2 * kPriceA * 9 / 10 + kPriceB);
        QCOMPARE(child<QLabel>(&page, "totalToPay")->text(), Ui::Format::money(quote.toPay));
        QCOMPARE(basket->item(0, 3)->text(), Ui::Format::money(2 * kPriceA / 10));
        // The why of the selected line (A) names both rules.
        basket->setCurrentCell(0, 0);
        const QString why = child<QLabel>(&page, "whyText")->text();
        QVERIFY2(why.contains(QStringLiteral("Tea ten off")) && why.contains(QStringLiteral("Base earn")),
                 qPrintable(why));
        QCOMPARE(why.count(QLatin1Char('\n')), 1);

        // Points: capped at what the member has, worth 100 each.
        auto *redeem = child<QSpinBox>(&page, "redeemInput");
        QCOMPARE(redeem->maximum(), int(kStartPoints));
        redeem->setValue(50);
        QVERIFY(page.currentQuote());
        QCOMPARE(page.currentQuote()->pointsValue, 50 * kPointValue);
        QCOMPARE(page.currentQuote()->toPay, quote.toPay - 50 * kPointValue);
        QCOMPARE(child<QLabel>(&page, "redeemValue")->text().contains(Ui::Format::money(50 * kPointValue)), true);
        QVERIFY(screenshot(&page, QStringLiteral("salesdesk")));

        // A wrong PIN: refused in words, the basket and its key stay.
        const QString key = page.basketKey();
        QVERIFY(!key.isEmpty());
        auto *pay = child<QPushButton>(&page, "payButton");
        auto typePin = [](const QString &pin) {
            return [pin](QDialog *d) {
                auto *edit = d->findChild<QLineEdit *>(QStringLiteral("salePin"));
                if (!edit)
                    return QStringLiteral("no PIN field");
                type(edit, pin);
                d->accept();
                return QString();
            };
        };
        QString problem;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        {
            auto guard = whenModal<QDialog>(&problem, typePin(QStringLiteral("9999")));
            QTest::mouseClick(pay, Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!page.lastSale());
        QVERIFY(!MessageBox::takeLastText().isEmpty());
        QVERIFY(!child<QLabel>(&page, "deskMessage")->text().isEmpty());
        QCOMPARE(basket->rowCount(), 2);
        QCOMPARE(page.basketKey(), key);
        QCOMPARE(redeem->value(), 50);

        // The right PIN: the sale, its receipt, the member's points.
        const QString receiptPdf = dir.filePath(QStringLiteral("sale.pdf"));
        Ui::SaleReceipts::setNextPdfPath(receiptPdf);
        {
            auto guard = whenModal<QDialog>(&problem, typePin(kPin));
            QTest::mouseClick(pay, Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(page.lastSale(), qPrintable(MessageBox::takeLastText()));
        const Sale sale = *page.lastSale();
        QCOMPARE(sale.idempotencyKey, key);
        QCOMPARE(sale.pointsRedeemed, 50);
        QCOMPARE(sale.paid, quote.toPay - 50 * kPointValue);
        QVERIFY(sale.pointsEarned > 0);
        QCOMPARE(basket->rowCount(), 0);
        QVERIFY(page.basketKey().isEmpty());
        QVERIFY(child<QLabel>(&page, "saleResult")->text().contains(Ui::Format::number(sale.receiptNo)));
        QVERIFY(child<QLabel>(&page, "deskSuggestions")->text().isEmpty()); // the next customer starts clean
        bool read = false;
        const QString receipt = pdfText(receiptPdf, &read);
        QVERIFY2(read, "pdftotext could not read the sale receipt");
        QVERIFY2(receipt.contains(shop.member.firstName), qPrintable(receipt));
        QVERIFY2(receipt.contains(shop.card.number.right(4)), qPrintable(receipt));
        QVERIFY2(receipt.contains(QStringLiteral("قهو")), qPrintable(receipt));
        QVERIFY2(receipt.contains(Ui::Format::number(sale.receiptNo)), qPrintable(receipt));
        QVERIFY2(receipt.contains(Ui::Format::money(sale.paid)), qPrintable(receipt));
        AccountBalance b = shop.balance();
        QCOMPARE(b.pointsAvailable, kStartPoints - 50);
        QCOMPARE(b.pointsPending, sale.pointsEarned);

        // The card swiped while the desk is in front loads the member again.
        CardPresentation swipe;
        swipe.cardNumber = shop.card.number;
        swipe.source = QStringLiteral("magstripe");
        QVERIFY(page.takeCardPresentation(swipe));
        QVERIFY(child<QLabel>(&page, "customerName")->text().contains(Ui::Format::number(kStartPoints - 50)));

        // Return one of the two A, found by its receipt number; twice confirmed, once recorded.
        const SaleLine lineA = sale.lines.at(0);
        {
            auto guard = whenModal<Ui::ReturnDialog>(&problem, [&](Ui::ReturnDialog *d) -> QString {
                enter(d->findChild<QLineEdit *>(QStringLiteral("receiptInput")), QString::number(sale.receiptNo));
                if (!d->sale() || d->sale()->id != sale.id)
                    return QStringLiteral("the sale was not found by its receipt number");
                QSpinBox *qty = d->qtyBox(0);
                qty->setValue(5);
                if (qty->value() != 2)
                    return QStringLiteral("returning more than sold was possible: %1").arg(qty->value());
                qty->setValue(1);
                screenshot(d, QStringLiteral("salesdesk-return"));
                Ui::SaleReceipts::setNextPdfPath(dir.filePath(QStringLiteral("return.pdf")));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                if (!d->confirm() || !d->result())
                    return QStringLiteral("the return was not recorded: ") + MessageBox::takeLastText();
                const SaleReturn r = *d->result();
                if (r.pointsReversed != lineA.points / 2)
                    return QStringLiteral("points reversed %1, expected %2").arg(r.pointsReversed).arg(lineA.points / 2);
                // Half the line back, in money and the redeemed points' share (whole points,
                // so at most one point's value short).
                const Money back = r.refundCash + r.pointsRefunded * kPointValue;
                if (back > lineA.net / 2 || back <= lineA.net / 2 - kPointValue || r.pointsRefunded <= 0)
                    return QStringLiteral("refund %1 + %2 points, line half %3")
                        .arg(r.refundCash)
                        .arg(r.pointsRefunded)
                        .arg(lineA.net / 2);
                const QString outcome = d->findChild<QLabel *>(QStringLiteral("returnOutcome"))->text();
                if (!outcome.contains(Ui::Format::money(r.refundCash)))
                    return QStringLiteral("the outcome does not name the refund: ") + outcome;
                if (!d->confirm() || !d->result()->replayed)
                    return QStringLiteral("a second confirm was not answered as the same return");
                screenshot(d, QStringLiteral("salesdesk-returned"));
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&page, "returnButton"), Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Result<Sale> after = shop.store.hub->sales().sale(shop.store.admin, sale.id);
        QVERIFY(after.ok());
        QCOMPARE(after->lines.at(0).returnedQty, 1);
        QCOMPARE(shop.balance().pointsPending, sale.pointsEarned - lineA.points / 2);
        const QString returnReceipt = pdfText(dir.filePath(QStringLiteral("return.pdf")), &read);
        QVERIFY2(read && returnReceipt.contains(shop.member.firstName), qPrintable(returnReceipt));

        // A gift for points.
        b = shop.balance();
        {
            auto guard = whenModal<Ui::GiftDialog>(&problem, [&](Ui::GiftDialog *d) -> QString {
                auto *table = d->findChild<QTableWidget *>(QStringLiteral("giftTable"));
                if (!table || table->rowCount() != 1)
                    return QStringLiteral("the gift catalog should list the one gift");
                screenshot(d, QStringLiteral("salesdesk-gift"));
                Ui::SaleReceipts::setNextPdfPath(dir.filePath(QStringLiteral("gift.pdf")));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                if (!d->confirm() || !d->result())
                    return QStringLiteral("the gift was not recorded: ") + MessageBox::takeLastText();
                if (d->result()->pointsSpent != kGiftPoints)
                    return QStringLiteral("gift spent %1 points").arg(d->result()->pointsSpent);
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&page, "giftButton"), Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(shop.balance().pointsAvailable, b.pointsAvailable - kGiftPoints);
    }

    // Part of a sale from the member's stored value: the card's PIN is asked, the rest is cash.
    void storedValueTender()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.error));
        QVERIFY(shop.store.hub->ledger()
                    .chargeStoredValue(shop.store.admin, shop.member.accountId, 100'000, QStringLiteral("gift card"),
                                       QStringLiteral("charge"))
                    .ok());
        QTemporaryDir dir;
        Ui::SalesDeskPage page(*shop.store.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        enter(child(&page, "customerInput"), shop.card.number);
        enter(child(&page, "productInput"), kBarcodeB);
        auto *stored = child(&page, "storedValueInput");
        enter(stored, QStringLiteral("30000"));
        QVERIFY(page.currentQuote());
        QCOMPARE(page.currentQuote()->toPay, kPriceB - 30'000);
        QVERIFY(child<QLabel>(&page, "storedValueAvailable")->text().contains(Ui::Format::money(100'000)));

        Ui::SaleReceipts::setNextPdfPath(dir.filePath(QStringLiteral("sale.pdf")));
        QString problem;
        {
            auto guard = whenModal<QDialog>(&problem, [](QDialog *d) {
                auto *edit = d->findChild<QLineEdit *>(QStringLiteral("salePin"));
                if (!edit)
                    return QStringLiteral("no PIN field");
                type(edit, kPin);
                d->accept();
                return QString();
            });
            QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(page.lastSale(), qPrintable(MessageBox::takeLastText()));
        QCOMPARE(page.lastSale()->storedValue, 30'000);
        QCOMPARE(page.lastSale()->paid, kPriceB - 30'000);
        QCOMPARE(shop.balance().storedValue, 70'000);
        bool read = false;
        const QString receipt = pdfText(dir.filePath(QStringLiteral("sale.pdf")), &read);
        QVERIFY2(read && receipt.contains(Ui::Format::money(30'000)), qPrintable(receipt));
    }
    // From the member page: the tier the sale earned is in the tier history, and the Return
    // button offers the member's own sales; the returned line comes back in full.
    void returnFromMemberPage()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Shop shop;
        QVERIFY2(shop.ok, qPrintable(shop.error));
        ServiceHub &hub = *shop.store.hub;
        TierProgram program;
        program.cardTypeId = shop.card.cardTypeId;
        program.basis = TierBasis::PointsEarned;
        TierLevel white;
        white.key = QStringLiteral("white");
        white.nameEn = QStringLiteral("White");
        TierLevel silver;
        silver.key = QStringLiteral("silver");
        silver.nameEn = QStringLiteral("Silver");
        silver.rank = 1;
        silver.threshold = 100;
        program.tiers = {white, silver};
        const Status saved = hub.tiers().saveProgram(shop.store.admin, program);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QuoteRequest request;
        request.memberId = shop.member.id;
        request.cardId = shop.card.id;
        request.lines = {SaleRequestLine{shop.productA, 1, 0}};
        const Result<Sale> sold = hub.sales().commit(shop.store.admin, request, QStringLiteral("member-page-sale-1"));
        QVERIFY2(sold, qPrintable(sold ? QString() : sold.error().message));
        QVERIFY(sold->pointsEarned >= 100);

        Ui::MemberView view(*shop.store.context);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showMember(shop.member.id));
        auto *tiers = child<QTableWidget>(&view, "tierHistory");
        QCOMPARE(tiers->rowCount(), 1);
        QCOMPARE(tiers->item(0, 2)->text(), Ui::Labels::tier(QStringLiteral("silver")));
        QVERIFY2(tiers->item(0, 4)->text().contains(Ui::Format::number(sold->pointsEarned)),
                 qPrintable(tiers->item(0, 4)->text()));
        auto *tabs = child<QTabWidget>(&view, "memberTabs");
        tabs->setCurrentWidget(view.tierPanel());
        QVERIFY(screenshot(&view, QStringLiteral("member-tier-history")));

        QString problem;
        {
            auto guard = whenModal<Ui::ReturnDialog>(&problem, [&](Ui::ReturnDialog *d) -> QString {
                auto *recent = d->findChild<QListWidget *>(QStringLiteral("recentSales"));
                if (!recent || recent->count() != 1)
                    return QStringLiteral("the member's one sale should be offered");
                if (!recent->item(0)->text().contains(Ui::Format::number(sold->receiptNo)))
                    return QStringLiteral("the offered sale does not show its receipt number");
                Q_EMIT recent->itemActivated(recent->item(0));
                if (!d->sale() || d->sale()->id != sold->id)
                    return QStringLiteral("choosing the sale did not load it");
                d->returnAll();
                Ui::SaleReceipts::setNextPdfPath(QDir::temp().filePath(QStringLiteral("member-page-return.pdf")));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                if (!d->confirm() || !d->result())
                    return QStringLiteral("the return was not recorded: ") + MessageBox::takeLastText();
                return QString();
            });
            QTest::mouseClick(child<QPushButton>(&view, "returnSale"), Qt::LeftButton);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Result<Sale> after = hub.sales().sale(shop.store.admin, sold->id);
        QVERIFY(after.ok());
        QCOMPARE(after->lines.at(0).returnedQty, 1);
        QCOMPARE(shop.balance().pointsPending, 0);
    }
};

QTEST_MAIN(TestSalesDesk)
#include "tst_salesdesk.moc"
